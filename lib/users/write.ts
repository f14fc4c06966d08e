// Writes to staff accounts, called by lib/users/actions.ts after it has
// checked users:manage. Each runs in one transaction with its audit entry;
// the ones that can take an ADMIN away take the role lock first (rules.ts).
// Audit entries never hold a password or its hash, only "(set)".
import "server-only";
import bcrypt from "bcryptjs";
import { writeAudit } from "@/lib/audit/write";
import type { StaffUser } from "@/lib/auth/session";
import type { Tx } from "@/lib/db";
import { db } from "@/lib/db";
import { Prisma } from "@/generated/prisma/client";
import { isLastActiveAdmin, lockStaffRoles, ownership, ownsNothing, type Ownership } from "./rules";
import type { FieldErrors, UserCreate, UserRoleChange, UserUpdate } from "./schema";

/** The same cost as the admin:create CLI. */
const BCRYPT_COST = 12;

export type Actor = Pick<StaffUser, "id" | "email">;

/** Refusals a person can act on; each has a message under curationUsers.errors.*. */
export type UserRefusal = "not_found" | "last_admin" | "own_account" | "in_use";
export type Refused = { ok: false; code: UserRefusal; owned?: Ownership };

const refused = (code: UserRefusal, owned?: Ownership): Refused =>
  owned ? { ok: false, code, owned } : { ok: false, code };

const audit = (
  actor: Actor,
  action: Parameters<typeof writeAudit>[0]["action"],
  userId: string,
  changes: Prisma.InputJsonValue,
  tx: Tx,
) =>
  writeAudit({ action, entityType: "User", entityId: userId, actorId: actor.id, actorEmail: actor.email, changes }, tx);

const isUniqueViolation = (error: unknown) =>
  error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";

export async function createStaffUser(
  actor: Actor,
  data: UserCreate,
): Promise<{ ok: true; id: string } | { ok: false; fieldErrors: FieldErrors }> {
  const passwordHash = data.password ? await bcrypt.hash(data.password, BCRYPT_COST) : null;
  try {
    const id = await db.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: { email: data.email, name: data.name, role: data.role, passwordHash },
        select: { id: true },
      });
      await audit(
        actor,
        "create",
        user.id,
        {
          email: [null, data.email],
          name: [null, data.name],
          role: [null, data.role],
          access: [null, data.access === "password" ? "password (set)" : "sign-in link"],
        },
        tx,
      );
      return user.id;
    });
    return { ok: true, id };
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, fieldErrors: { email: ["curationUsers.errors.emailTaken"] } };
    throw error;
  }
}

/** Name and role from the edit form; the role part goes through the same checks as changeRole. */
export async function updateStaffUser(actor: Actor, data: UserUpdate): Promise<{ ok: true } | Refused> {
  return db.$transaction(async (tx) => {
    await lockStaffRoles(tx);
    const target = await tx.user.findUnique({
      where: { id: data.userId },
      select: { name: true, role: true, active: true },
    });
    if (!target) return refused("not_found");
    if (target.role !== data.role && (await isLastActiveAdmin(tx, target))) return refused("last_admin");
    if (target.name === data.name && target.role === data.role) return { ok: true } as const;
    await tx.user.update({ where: { id: data.userId }, data: { name: data.name, role: data.role } });
    if (target.name !== data.name) await audit(actor, "update", data.userId, { name: [target.name, data.name] }, tx);
    if (target.role !== data.role)
      await audit(actor, "role_change", data.userId, { role: [target.role, data.role] }, tx);
    return { ok: true } as const;
  });
}

/**
 * An admin may demote themself while another active admin remains; the last
 * one cannot (nobody could then manage accounts without the CLI).
 */
export async function changeRole(actor: Actor, { userId, role }: UserRoleChange): Promise<{ ok: true } | Refused> {
  return db.$transaction(async (tx) => {
    await lockStaffRoles(tx);
    const target = await tx.user.findUnique({ where: { id: userId }, select: { role: true, active: true } });
    if (!target) return refused("not_found");
    if (target.role === role) return { ok: true } as const;
    if (await isLastActiveAdmin(tx, target)) return refused("last_admin");
    await tx.user.update({ where: { id: userId }, data: { role } });
    await audit(actor, "role_change", userId, { role: [target.role, role] }, tx);
    return { ok: true } as const;
  });
}

/**
 * Deactivation also bumps sessionVersion: the jwt callback refuses an inactive
 * account anyway, but a later reactivation must not revive old sessions.
 * Nobody deactivates themself here (signing out is for that).
 */
export async function setUserActive(actor: Actor, userId: string, active: boolean): Promise<{ ok: true } | Refused> {
  return db.$transaction(async (tx) => {
    await lockStaffRoles(tx);
    const target = await tx.user.findUnique({ where: { id: userId }, select: { role: true, active: true } });
    if (!target) return refused("not_found");
    if (target.active === active) return { ok: true } as const;
    if (!active && (await isLastActiveAdmin(tx, target))) return refused("last_admin");
    if (!active && userId === actor.id) return refused("own_account");
    await tx.user.update({
      where: { id: userId },
      data: active ? { active } : { active, sessionVersion: { increment: 1 } },
    });
    await audit(actor, "update", userId, { active: [target.active, active] }, tx);
    return { ok: true } as const;
  });
}

/** "Sign out everywhere" on someone's behalf, e.g. after a lost laptop. */
export async function resetUserSessions(actor: Actor, userId: string): Promise<{ ok: true } | Refused> {
  return db.$transaction(async (tx) => {
    const updated = await tx.user.updateMany({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
    if (updated.count === 0) return refused("not_found");
    await audit(actor, "sign_out_everywhere", userId, { sessions: "ended by an administrator" }, tx);
    return { ok: true } as const;
  });
}

/**
 * Only an account that owns nothing is deleted (slots would be deleted with
 * it; requests, notes, referrals, innovations, uploads and reviews would lose
 * their author); otherwise the answer lists what it owns: deactivate it instead.
 */
export async function deleteStaffUser(actor: Actor, userId: string): Promise<{ ok: true; email: string } | Refused> {
  return db.$transaction(async (tx) => {
    await lockStaffRoles(tx);
    const target = await tx.user.findUnique({
      where: { id: userId },
      select: { email: true, name: true, role: true, active: true },
    });
    if (!target) return refused("not_found");
    if (await isLastActiveAdmin(tx, target)) return refused("last_admin");
    if (userId === actor.id) return refused("own_account");
    const owned = await ownership(tx, userId);
    if (owned && !ownsNothing(owned)) return refused("in_use", owned);
    await audit(
      actor,
      "delete",
      userId,
      { email: [target.email, null], name: [target.name, null], role: [target.role, null] },
      tx,
    );
    await tx.user.delete({ where: { id: userId } });
    return { ok: true, email: target.email } as const;
  });
}
