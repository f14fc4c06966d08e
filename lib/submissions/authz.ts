// Authorization registry entries of public submissions (see lib/auth/registry.ts).
import type { ActionEntry } from "@/lib/auth/registry";

export const ACTIONS: ActionEntry[] = [
  // The public form: an empty form fails validation before any write.
  { file: "lib/submissions/actions.ts", export: "submitSubmission", permission: "public", args: () => [{ attempt: 0 }, new FormData()] },
];
