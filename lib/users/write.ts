// Writes to staff accounts, called by lib/users/actions.ts after it has
// checked users:manage. Each runs in one transaction with its audit entry;
// the ones that can take an ADMIN away take the role lock first (rules.ts).
// Audit entries never hold a password or its hash, only "(set)".
import "server-only";
import { hashPassword } from "@/lib/auth/password-hash";
import { auditOf } from "@/lib/audit/write";
import type { StaffUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { settle, type Invalid, type WriteResult } from "@/lib/write-result";
import { isLastActiveAdmin, lockStaffRoles, ownership, ownsNothing, type Ownership } from "./rules";
import type { UserCreate, UserRoleChange, UserUpdate } from "./schema";

export type Actor = Pick<StaffUser, "id" | "email">;

/** Refusals a person can act on; each has a message under curationUsers.errors.*. */
type UserRefusal = "notFound" | "lastAdmin" | "ownAccount" | "inUse";
/** With "inUse": what the account still owns, as counts by kind. */
type Refused = { ok: false; code: UserRefusal; counts?: Record<string, number> };
type Done = WriteResult<object, Refused>;

const refused = (code: UserRefusal, owned?: Ownership): Refused =>
  owned
    ? { ok: false, code, counts: Object.fromEntries(Object.entries(owned).filter(([, n]) => n > 0)) }
    : { ok: false, code };

const audit = auditOf("User");

export async function createStaffUser(actor: Actor, data: UserCreate): Promise<WriteResult<{ id: string }, Invalid>> {
  const passwordHash = data.password ? await hashPassword(data.password) : null;
  return settle(
    () =>
      db.$transaction(async (tx) => {
        const user = await tx.user.create({
          data: { email: data.email, name: data.name, role: data.role, passwordHash },
          select: { id: true },
        });
        await audit(tx, actor, "create", user.id, {
          email: [null, data.email],
          name: [null, data.name],
          role: [null, data.role],
          access: [null, data.access === "password" ? "password (set)" : "sign-in link"],
        });
        return { ok: true as const, id: user.id };
      }),
    { email: ["email", "curationUsers.errors.emailTaken"] },
  );
}

/** Name and role from the edit form; the role part goes through the same checks as changeRole. */
export async function updateStaffUser(actor: Actor, data: UserUpdate): Promise<Done> {
  return db.$transaction(async (tx) => {
    await lockStaffRoles(tx);
    const target = await tx.user.findUnique({
      where: { id: data.userId },
      select: { name: true, role: true, active: true },
    });
    if (!target) return refused("notFound");
    if (target.role !== data.role && (await isLastActiveAdmin(tx, target))) return refused("lastAdmin");
    if (target.name === data.name && target.role === data.role) return { ok: true } as const;
    await tx.user.update({ where: { id: data.userId }, data: { name: data.name, role: data.role } });
    if (target.name !== data.name) await audit(tx, actor, "update", data.userId, { name: [target.name, data.name] });
    if (target.role !== data.role)
      await audit(tx, actor, "role_change", data.userId, { role: [target.role, data.role] });
    return { ok: true } as const;
  });
}

/**
 * An admin may demote themself while another active admin remains; the last
 * one cannot (nobody could then manage accounts without the CLI).
 */
export async function changeRole(actor: Actor, { userId, role }: UserRoleChange): Promise<Done> {
  return db.$transaction(async (tx) => {
    await lockStaffRoles(tx);
    const target = await tx.user.findUnique({ where: { id: userId }, select: { role: true, active: true } });
    if (!target) return refused("notFound");
    if (target.role === role) return { ok: true } as const;
    if (await isLastActiveAdmin(tx, target)) return refused("lastAdmin");
    await tx.user.update({ where: { id: userId }, data: { role } });
    await audit(tx, actor, "role_change", userId, { role: [target.role, role] });
    return { ok: true } as const;
  });
}

/**
 * Deactivation also bumps sessionVersion: the jwt callback refuses an inactive
 * account anyway, but a later reactivation must not revive old sessions.
 * Nobody deactivates themself here (signing out is for that).
 */
export async function setUserActive(actor: Actor, userId: string, active: boolean): Promise<Done> {
  return db.$transaction(async (tx) => {
    await lockStaffRoles(tx);
    const target = await tx.user.findUnique({ where: { id: userId }, select: { role: true, active: true } });
    if (!target) return refused("notFound");
    if (target.active === active) return { ok: true } as const;
    if (!active && (await isLastActiveAdmin(tx, target))) return refused("lastAdmin");
    if (!active && userId === actor.id) return refused("ownAccount");
    await tx.user.update({
      where: { id: userId },
      data: active ? { active } : { active, sessionVersion: { increment: 1 } },
    });
    await audit(tx, actor, "update", userId, { active: [target.active, active] });
    return { ok: true } as const;
  });
}

/** "Sign out everywhere" on someone's behalf, e.g. after a lost laptop. */
export async function resetUserSessions(actor: Actor, userId: string): Promise<Done> {
  return db.$transaction(async (tx) => {
    const updated = await tx.user.updateMany({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
    if (updated.count === 0) return refused("notFound");
    await audit(tx, actor, "sign_out_everywhere", userId, { sessions: "ended by an administrator" });
    return { ok: true } as const;
  });
}

/**
 * Only an account that owns nothing is deleted (slots would be deleted with
 * it; requests, notes, referrals, innovations, uploads and reviews would lose
 * their author); otherwise the answer lists what it owns: deactivate it instead.
 */
export async function deleteStaffUser(actor: Actor, userId: string): Promise<WriteResult<{ email: string }, Refused>> {
  return db.$transaction(async (tx) => {
    await lockStaffRoles(tx);
    const target = await tx.user.findUnique({
      where: { id: userId },
      select: { email: true, name: true, role: true, active: true },
    });
    if (!target) return refused("notFound");
    if (await isLastActiveAdmin(tx, target)) return refused("lastAdmin");
    if (userId === actor.id) return refused("ownAccount");
    const owned = await ownership(tx, userId);
    if (owned && !ownsNothing(owned)) return refused("inUse", owned);
    await audit(tx, actor, "delete", userId, {
      email: [target.email, null],
      name: [target.name, null],
      role: [target.role, null],
    });
    await tx.user.delete({ where: { id: userId } });
    return { ok: true, email: target.email } as const;
  });
}
