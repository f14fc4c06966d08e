// Staff functions of the consultations take the signed-in `actor` and check it
// against lib/auth/roles.ts again, so scripts and tests cannot skip the check
// the actions make first.
import { AuthzError } from "@/lib/auth/denied";
import { can } from "@/lib/auth/roles";
import type { Role } from "@/generated/prisma/enums";

/** The signed-in staff member; the e-mail is kept in audit entries. */
export type Actor = { id: string; role: Role; email?: string | null };

export function assertCanManage(actor: Actor): void {
  if (!can(actor.role, "consultations:manage")) throw new AuthzError("forbidden");
}
