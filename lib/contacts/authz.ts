// Authorization registry entries of contact people (see lib/auth/registry.ts).
import { INITIAL_FORM_STATE } from "@/lib/forms/state";
import type { ActionEntry, HandlerEntry } from "@/lib/auth/registry";

const file = "lib/contacts/actions.ts";
const unknownRecord = () => {
  const form = new FormData();
  form.set("id", "no-such-contact");
  return form;
};

export const ACTIONS: ActionEntry[] = [
  { file, export: "saveContact", permission: "content:write", args: () => [INITIAL_FORM_STATE, new FormData()] },
  {
    file,
    export: "deleteContactAction",
    permission: "content:write",
    args: () => [INITIAL_FORM_STATE, unknownRecord()],
  },
];

export const HANDLERS: HandlerEntry[] = [
  { file: "app/api/admin/contacts/export/route.ts", method: "GET", permission: "content:read" },
];
