// Authorization registry entries of organisations (see lib/auth/registry.ts).
// Args pass authorization and then fail validation (empty form / unknown id), so the matrix test changes nothing.
import type { ActionEntry, HandlerEntry } from "@/lib/auth/registry";
import { INITIAL_FORM_STATE } from "@/lib/forms/state";

const file = "lib/organisations/actions.ts";
const unknownRecord = () => {
  const form = new FormData();
  form.set("id", "no-such-organisation");
  return form;
};

export const ACTIONS: ActionEntry[] = [
  { file, export: "saveOrganisation", permission: "content:write", args: () => [INITIAL_FORM_STATE, new FormData()] },
  {
    file,
    export: "duplicateOrganisationAction",
    permission: "content:write",
    args: () => [INITIAL_FORM_STATE, unknownRecord()],
  },
  {
    file,
    export: "archiveOrganisationAction",
    permission: "content:write",
    args: () => [INITIAL_FORM_STATE, unknownRecord()],
  },
  {
    file,
    export: "deleteOrganisationAction",
    permission: "content:write",
    args: () => [INITIAL_FORM_STATE, unknownRecord()],
  },
];

export const HANDLERS: HandlerEntry[] = [
  { file: "app/api/admin/organisations/export/route.ts", method: "GET", permission: "content:read" },
];
