// Authorization registry entries of funding programmes and calls (see
// lib/auth/registry.ts). The args pass authorization and then fail
// validation (an empty form, an unknown id), so the matrix test changes nothing.
import { INITIAL_FORM_STATE } from "@/lib/forms/state";
import type { ActionEntry, HandlerEntry } from "@/lib/auth/registry";

const file = "lib/funding/actions.ts";
const unknownRecord = () => {
  const form = new FormData();
  form.set("id", "no-such-record");
  form.set("publication", "PUBLISHED");
  return form;
};
const emptyForm = () => [INITIAL_FORM_STATE, new FormData()];
const onUnknown = () => [INITIAL_FORM_STATE, unknownRecord()];

export const ACTIONS: ActionEntry[] = [
  { file, export: "saveProgramme", permission: "content:write", args: emptyForm },
  { file, export: "changeProgrammePublication", permission: "content:write", args: onUnknown },
  { file, export: "duplicateProgrammeAction", permission: "content:write", args: onUnknown },
  { file, export: "deleteProgrammeAction", permission: "content:write", args: onUnknown },
  { file, export: "saveCall", permission: "content:write", args: emptyForm },
  { file, export: "changeCallPublication", permission: "content:write", args: onUnknown },
  { file, export: "duplicateCallAction", permission: "content:write", args: onUnknown },
  { file, export: "deleteCallAction", permission: "content:write", args: onUnknown },
];

export const HANDLERS: HandlerEntry[] = [
  { file: "app/api/admin/programmes/export/route.ts", method: "GET", permission: "content:read" },
  { file: "app/api/admin/calls/export/route.ts", method: "GET", permission: "content:read" },
];
