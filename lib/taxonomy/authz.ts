// Authorization registry entries of the vocabulary editor (see lib/auth/registry.ts).
// Every call passes authorization and then fails validation (an empty form), so nothing changes.
import type { ActionEntry } from "@/lib/auth/registry";

const FILE = "lib/taxonomy/actions.ts";
const emptyForm = () => [{ attempt: 0 }, new FormData()];

export const ACTIONS: ActionEntry[] = [
  { file: FILE, export: "addTerm", permission: "content:write", args: emptyForm },
  { file: FILE, export: "saveTermLabels", permission: "content:write", args: emptyForm },
  { file: FILE, export: "moveTermAction", permission: "content:write", args: emptyForm },
  { file: FILE, export: "setTermActiveAction", permission: "content:write", args: emptyForm },
  { file: FILE, export: "deleteTermAction", permission: "content:write", args: emptyForm },
];
