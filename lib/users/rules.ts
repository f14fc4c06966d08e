// The one rule that keeps the portal administrable: there is always at least
// one active ADMIN. Every write that can take an admin away (demotion,
// deactivation, deletion) runs inside a transaction that first takes this
// lock, so two admins demoting each other at the same moment are serialised
// and the second one sees the first one's result (READ COMMITTED reads a
// fresh snapshot per statement, after the lock is granted).
import "server-only";
import type { Role } from "@/lib/auth/roles";
import type { Tx } from "@/lib/db";

export async function lockStaffRoles(tx: Tx): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('user-roles'))`;
}

/** True when `target` is the only active ADMIN left; call after lockStaffRoles. */
export async function isLastActiveAdmin(tx: Tx, target: { role: Role; active: boolean }): Promise<boolean> {
  if (target.role !== "ADMIN" || !target.active) return false;
  const admins = await tx.user.count({ where: { role: "ADMIN", active: true } });
  return admins <= 1;
}

/** What a user's deletion would lose (cascade) or orphan (authorship set to null). */
export type Ownership = {
  slots: number;
  assignedRequests: number;
  consultationEvents: number;
  referrals: number;
  createdInnovations: number;
  uploads: number;
  reviewedSubmissions: number;
};

/** Counted with `select: { _count: OWNERSHIP_COUNT }` by the page and the delete check alike. */
export const OWNERSHIP_COUNT = {
  select: {
    slots: true,
    assignedRequests: true,
    consultationEvents: true,
    referrals: true,
    createdInnovations: true,
    uploads: true,
    reviewedSubmissions: true,
  },
} as const;

export async function ownership(tx: Tx, userId: string): Promise<Ownership | null> {
  const row = await tx.user.findUnique({ where: { id: userId }, select: { _count: OWNERSHIP_COUNT } });
  return row?._count ?? null;
}

export const ownsNothing = (o: Ownership) => Object.values(o).every((n) => n === 0);
