"use server";
// Staff account management (ADMIN only). The user list and forms come with the curation screens.
import { writeAudit } from "@/lib/audit/write";
import { deniedResult, requireRole, type ActionDenied } from "@/lib/auth/guard";
import { db } from "@/lib/db";
import { ZUserRoleChange } from "@/lib/users/schema";

export type RoleChangeResult =
  | { ok: true }
  | ActionDenied
  | { ok: false; error: "invalid" | "not_found" | "own_role" | "last_admin" };

export async function changeUserRole(input: unknown): Promise<RoleChangeResult> {
  try {
    const actor = await requireRole("ADMIN");
    const parsed = ZUserRoleChange.safeParse(input);
    if (!parsed.success) return { ok: false, error: "invalid" };
    const { userId, role } = parsed.data;
    // Another admin must do it: nobody raises or locks out themself by mistake.
    if (userId === actor.id) return { ok: false, error: "own_role" };
    return await db.$transaction(async (tx) => {
      // Serialises role changes, so two admins demoting each other cannot leave none.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('user-roles'))`;
      const target = await tx.user.findUnique({ where: { id: userId }, select: { role: true, email: true, active: true } });
      if (!target) return { ok: false, error: "not_found" } as const;
      if (target.role === role) return { ok: true } as const;
      if (target.role === "ADMIN" && target.active) {
        const admins = await tx.user.count({ where: { role: "ADMIN", active: true } });
        if (admins <= 1) return { ok: false, error: "last_admin" } as const;
      }
      await tx.user.update({ where: { id: userId }, data: { role } });
      await writeAudit({ action: "role_change", entityType: "User", entityId: userId, actorId: actor.id, actorEmail: actor.email, changes: { role: [target.role, role] } }, tx);
      return { ok: true } as const;
    });
  } catch (error) {
    return deniedResult(error);
  }
}
