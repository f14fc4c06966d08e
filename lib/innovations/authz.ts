// Authorization registry entries of innovation curation (see lib/auth/registry.ts).
// Empty forms pass authorization and then fail validation, so the matrix test never changes data.
import type { ActionEntry, HandlerEntry } from "@/lib/auth/registry";

const FILE = "lib/innovations/actions.ts";
const empty = () => [{ attempt: 0 }, new FormData()];

export const ACTIONS: ActionEntry[] = [
  { file: FILE, export: "saveInnovation", permission: "content:write", args: empty },
  { file: FILE, export: "changeInnovationPublication", permission: "content:write", args: empty },
  { file: FILE, export: "duplicateInnovationAction", permission: "content:write", args: empty },
  { file: FILE, export: "deleteInnovationAction", permission: "content:write", args: empty },
];

export const HANDLERS: HandlerEntry[] = [
  { file: "app/api/admin/innovations/export/route.ts", method: "GET", permission: "content:read" },
];
