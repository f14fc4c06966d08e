// Every staff-area server action and admin route handler, with the permission
// it must demand. tests/integration/authz-matrix.test.ts calls each one as
// anonymous, CONSULTANT, EDITOR and ADMIN and checks the outcome against
// roles.ts; it also fails when an export of lib/**/actions.ts or a handler
// under app/api/admin/** is missing here. Adding an action = adding a line.
//
// `args` builds the arguments for a call that passes authorization; it may
// fail validation afterwards, which still counts as "allowed".
import type { Permission } from "@/lib/auth/roles";

/** Ids the matrix test provides: the seeded demo users. */
export type AuthzFixtures = { adminId: string; editorId: string; consultantId: string };

export type ActionEntry = {
  /** Repository-relative path of the actions.ts file. */
  file: string;
  export: string;
  /** "public" for actions anyone may call (e.g. a public form); they are still listed. */
  permission: Permission | "public";
  args?: (fx: AuthzFixtures) => unknown[];
};

export type HandlerEntry = {
  /** Repository-relative path of the route.ts file under app/api/admin/. */
  file: string;
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  permission: Permission;
  /** Dynamic segments, e.g. { id: "…" }. */
  params?: (fx: AuthzFixtures) => Record<string, string>;
  body?: (fx: AuthzFixtures) => unknown;
};

export const ACTIONS: ActionEntry[] = [
  { file: "lib/auth/actions.ts", export: "signOutEverywhere", permission: "staff" },
  {
    file: "lib/users/actions.ts",
    export: "changeUserRole",
    permission: "users:manage",
    // Role unchanged, so calling it as each role leaves the data as it was.
    args: (fx) => [{ userId: fx.consultantId, role: "CONSULTANT" }],
  },
  // The public consultation forms: empty forms fail validation before any write.
  { file: "lib/consultations/actions.ts", export: "submitConsultation", permission: "public", args: () => [{ attempt: 0 }, new FormData()] },
  { file: "lib/consultations/actions.ts", export: "cancelConsultation", permission: "public", args: () => [{ attempt: 0 }, new FormData()] },
  { file: "lib/consultations/actions.ts", export: "moveConsultation", permission: "public", args: () => [{ attempt: 0 }, new FormData()] },
];

export const HANDLERS: HandlerEntry[] = [{ file: "app/api/admin/me/route.ts", method: "GET", permission: "staff" }];
