// Authorization registry entries of toolkit resources (see lib/auth/registry.ts).
// The args pass authorization and then fail validation, so the matrix test changes nothing.
import { INITIAL_FORM_STATE } from "@/lib/forms/state";
import type { ActionEntry, HandlerEntry } from "@/lib/auth/registry";

const file = "lib/resources/actions.ts";
const unknownRecord = () => {
  const form = new FormData();
  form.set("id", "no-such-resource");
  form.set("publication", "PUBLISHED");
  return form;
};
const onUnknown = () => [INITIAL_FORM_STATE, unknownRecord()];

export const ACTIONS: ActionEntry[] = [
  { file, export: "saveResource", permission: "content:write", args: () => [INITIAL_FORM_STATE, new FormData()] },
  { file, export: "changeResourcePublication", permission: "content:write", args: onUnknown },
  { file, export: "duplicateResourceAction", permission: "content:write", args: onUnknown },
  { file, export: "deleteResourceAction", permission: "content:write", args: onUnknown },
];

export const HANDLERS: HandlerEntry[] = [
  { file: "app/api/admin/resources/export/route.ts", method: "GET", permission: "content:read" },
];
