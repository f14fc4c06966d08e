// Who may do what in the staff area. The single source of truth: guards,
// pages and the authorization matrix test (tests/integration/authz-matrix.test.ts)
// all read this table.
//
// | permission            | ADMIN | EDITOR | CONSULTANT | what it covers                                   |
// |-----------------------|:-----:|:------:|:----------:|--------------------------------------------------|
// | staff                 |   ✓   |   ✓    |     ✓      | enter /admin, own dashboard, sign out everywhere |
// | content:read          |   ✓   |   ✓    |     ✓      | read every record, drafts and entity history     |
// | content:write         |   ✓   |   ✓    |     –      | create/edit/publish/delete, moderation, import   |
// | consultations:manage  |   ✓   |   –    |     ✓      | inbox, notes, slots, referrals, requester export |
// | users:manage          |   ✓   |   –    |     –      | staff accounts, roles, the full audit log        |
//
// EDITOR deliberately has no access to consultations: requests hold
// requesters' personal data and editors do not need it (GDPR data
// minimisation). That is why this is a table and not a strict hierarchy.
import type { Role } from "@/generated/prisma/enums";

export type { Role };
export const ROLES = ["ADMIN", "EDITOR", "CONSULTANT"] as const satisfies readonly Role[];

export const PERMISSIONS = {
  staff: ["ADMIN", "EDITOR", "CONSULTANT"],
  "content:read": ["ADMIN", "EDITOR", "CONSULTANT"],
  "content:write": ["ADMIN", "EDITOR"],
  "consultations:manage": ["ADMIN", "CONSULTANT"],
  "users:manage": ["ADMIN"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

/** The permission a role name stands for in `requireRole(role)`: that role "and above". */
export const ROLE_PERMISSION: Record<Role, Permission> = {
  CONSULTANT: "staff",
  EDITOR: "content:write",
  ADMIN: "users:manage",
};

export function can(role: Role | null | undefined, permission: Permission): boolean {
  if (!role) return false;
  return (PERMISSIONS[permission] as readonly Role[]).includes(role);
}
