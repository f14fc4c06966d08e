// Authorization registry entries of staff-user management (see lib/auth/registry.ts).
// Every call below passes authorization and then changes nothing: an unchanged
// role, or form data that fails validation (no userId / an empty form).
import type { ActionEntry, HandlerEntry } from "@/lib/auth/registry";
import { INITIAL_FORM_STATE } from "@/lib/forms/state";

const FILE = "lib/users/actions.ts";
const emptyForm = () => [INITIAL_FORM_STATE, new FormData()];

export const ACTIONS: ActionEntry[] = [
  {
    file: FILE,
    export: "changeUserRole",
    permission: "users:manage",
    args: (fx) => [{ userId: fx.consultantId, role: "CONSULTANT" }],
  },
  { file: FILE, export: "createUser", permission: "users:manage", args: emptyForm },
  { file: FILE, export: "updateUser", permission: "users:manage", args: emptyForm },
  { file: FILE, export: "deactivateUser", permission: "users:manage", args: emptyForm },
  { file: FILE, export: "reactivateUser", permission: "users:manage", args: emptyForm },
  { file: FILE, export: "endUserSessions", permission: "users:manage", args: emptyForm },
  { file: FILE, export: "sendUserSignInLink", permission: "users:manage", args: emptyForm },
  { file: FILE, export: "deleteUser", permission: "users:manage", args: emptyForm },
];

export const HANDLERS: HandlerEntry[] = [
  { file: "app/api/admin/users/export/route.ts", method: "GET", permission: "users:manage" },
];
