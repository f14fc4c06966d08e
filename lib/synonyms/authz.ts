// Authorization registry entries of the synonym editor (see lib/auth/registry.ts).
// Every call passes authorization and then fails validation or finds nothing, so nothing changes.
import type { ActionEntry } from "@/lib/auth/registry";

const FILE = "lib/synonyms/actions.ts";

export const ACTIONS: ActionEntry[] = [
  { file: FILE, export: "saveSynonymGroup", permission: "content:write", args: () => [{ attempt: 0 }, new FormData()] },
  {
    file: FILE,
    export: "deleteSynonymGroupAction",
    permission: "content:write",
    args: () => {
      const form = new FormData();
      form.set("id", "no-such-group");
      return [{ attempt: 0 }, form];
    },
  },
];
