// Authorization registry entries of staff-user management (see lib/auth/registry.ts).
import type { ActionEntry } from "@/lib/auth/registry";

export const ACTIONS: ActionEntry[] = [
  {
    file: "lib/users/actions.ts",
    export: "changeUserRole",
    permission: "users:manage",
    // Role unchanged, so calling it as each role leaves the data as it was.
    args: (fx) => [{ userId: fx.consultantId, role: "CONSULTANT" }],
  },
];
