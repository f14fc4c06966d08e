"use server";
// Session actions of the signed-in staff member.
import { writeAudit } from "@/lib/audit/write";
import { deniedResult, requireRole, type ActionDenied } from "@/lib/auth/guard";
import { db } from "@/lib/db";

/**
 * Ends every session of the current user: the version each token carries is
 * made stale and the session rows go, so the jwt callback refuses every token
 * from the next request on, on every device. The caller then clears its own cookie.
 */
export async function signOutEverywhere(): Promise<{ ok: true } | ActionDenied> {
  try {
    const user = await requireRole("CONSULTANT");
    await db.$transaction(async (tx) => {
      await tx.user.update({ where: { id: user.id }, data: { sessionVersion: { increment: 1 } } });
      await tx.session.deleteMany({ where: { userId: user.id } });
      await writeAudit(
        {
          action: "sign_out_everywhere",
          entityType: "User",
          entityId: user.id,
          actorId: user.id,
          actorEmail: user.email,
        },
        tx,
      );
    });
    return { ok: true };
  } catch (error) {
    return deniedResult(error);
  }
}
