// Until lib/auth exposes requireRole(), staff functions take the signed-in
// `actor` and check it against lib/auth/roles.ts here.
import { can } from "@/lib/auth/roles";
import type { Role } from "@/generated/prisma/enums";

/** The signed-in staff member; the e-mail is kept in audit entries. */
export type Actor = { id: string; role: Role; email?: string | null };

export class ForbiddenError extends Error {
  constructor() {
    super("forbidden: consultations:manage required");
  }
}

export function assertCanManage(actor: Actor): void {
  if (!can(actor.role, "consultations:manage")) throw new ForbiddenError();
}
