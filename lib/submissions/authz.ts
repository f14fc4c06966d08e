// Authorization registry entries of public submissions (see lib/auth/registry.ts).
import type { ActionEntry, HandlerEntry } from "@/lib/auth/registry";

export const ACTIONS: ActionEntry[] = [
  // The public form: an empty form fails validation before any write.
  {
    file: "lib/submissions/actions.ts",
    export: "submitSubmission",
    permission: "public",
    args: () => [{ attempt: 0 }, new FormData()],
  },
  // Moderation: no id → "notFound" after authorization, nothing written.
  {
    file: "lib/submissions/actions.ts",
    export: "approveSubmissionAction",
    permission: "content:write",
    args: () => [{ attempt: 0 }, new FormData()],
  },
  {
    file: "lib/submissions/actions.ts",
    export: "requestSubmissionChangesAction",
    permission: "content:write",
    args: () => [{ attempt: 0 }, new FormData()],
  },
  {
    file: "lib/submissions/actions.ts",
    export: "rejectSubmissionAction",
    permission: "content:write",
    args: () => [{ attempt: 0 }, new FormData()],
  },
];

export const HANDLERS: HandlerEntry[] = [
  { file: "app/api/admin/submissions/export/route.ts", method: "GET", permission: "content:read" },
];
