// The shape of the authorization registry. Each feature lists its server
// actions and admin route handlers, with the permission each must demand, in
// its own `lib/<feature>/authz.ts` (exporting ACTIONS and/or HANDLERS).
// tests/integration/authz-matrix.test.ts collects every authz.ts, calls each
// entry as anonymous, CONSULTANT, EDITOR and ADMIN and checks the outcome
// against roles.ts; it also fails when an export of lib/**/actions.ts or a
// handler under app/api/admin/** is listed nowhere. Adding an action = adding
// a line to your feature's authz.ts.
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
