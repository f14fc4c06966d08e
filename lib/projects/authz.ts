// Authorization registry entries of projects (see lib/auth/registry.ts).
import { INITIAL_FORM_STATE } from "@/lib/forms/state";
import type { ActionEntry, HandlerEntry } from "@/lib/auth/registry";

const file = "lib/projects/actions.ts";
const unknownRecord = () => {
  const form = new FormData();
  form.set("id", "no-such-project");
  return form;
};

export const ACTIONS: ActionEntry[] = [
  { file, export: "saveProject", permission: "content:write", args: () => [INITIAL_FORM_STATE, new FormData()] },
  {
    file,
    export: "deleteProjectAction",
    permission: "content:write",
    args: () => [INITIAL_FORM_STATE, unknownRecord()],
  },
];

export const HANDLERS: HandlerEntry[] = [
  { file: "app/api/admin/projects/export/route.ts", method: "GET", permission: "content:read" },
];
