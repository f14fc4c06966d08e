// E-mail + password check behind next-auth's Credentials provider. Kept apart
// from the next-auth wiring so tests call it directly.
import "server-only";
import { z } from "zod";
import { writeAudit } from "@/lib/audit/write";
import { db } from "@/lib/db";
import { passwordMatches } from "@/lib/auth/password-hash";
import type { Role } from "@/lib/auth/roles";
import { attemptRules } from "@/lib/auth/sign-in-limits";
import { hitRateLimits, refundRateLimit, resetRateLimit } from "@/lib/rate-limit";

const ZCredentials = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email()).pipe(z.string().max(254)),
  password: z.string().min(1).max(1024),
});

type SignedInUser = { id: string; email: string; name: string | null; role: Role };
export type CredentialsResult =
  | { ok: true; user: SignedInUser }
  | { ok: false; error: "invalid" }
  | { ok: false; error: "rate_limited"; retryAfterSeconds: number };

/** The request around an attempt: its client address and the browser's device token (sign-in-limits.ts). */
export type AttemptContext = { ip: string | null; device?: string | null };

export async function verifyCredentials(input: unknown, ctx: AttemptContext): Promise<CredentialsResult> {
  const parsed = ZCredentials.safeParse(input);
  if (!parsed.success) return { ok: false, error: "invalid" };
  const { email, password } = parsed.data;

  // Counted before the password is checked, so guessing costs budget whether or not it is right.
  const attempt = attemptRules("signin", email, ctx.ip, ctx.device ?? null);
  const limit = await hitRateLimits(attempt.rules);
  // Blocked attempts are not audited: under attack they would flood the log.
  if (!limit.allowed) return { ok: false, error: "rate_limited", retryAfterSeconds: limit.retryAfterSeconds };

  const user = await db.user.findUnique({ where: { email }, omit: { passwordHash: false } });
  const matches = await passwordMatches(password, user?.passwordHash);
  const reason = !user
    ? "unknown_account"
    : !user.passwordHash
      ? "no_password"
      : !matches
        ? "wrong_password"
        : !user.active
          ? "inactive"
          : null;
  if (reason || !user) {
    await writeAudit({
      action: "sign_in_failed",
      entityType: "User",
      entityId: user?.id,
      actorEmail: email,
      changes: { method: "password", reason },
      ip: ctx.ip,
    });
    return { ok: false, error: "invalid" };
  }

  await Promise.all([...attempt.resetOnSuccess.map(resetRateLimit), ...attempt.refundOnSuccess.map(refundRateLimit)]);
  await db.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } });
  await writeAudit({
    action: "sign_in",
    entityType: "User",
    entityId: user.id,
    actorId: user.id,
    actorEmail: user.email,
    changes: { method: "password" },
    ip: ctx.ip,
  });
  return { ok: true, user: { id: user.id, email: user.email, name: user.name, role: user.role } };
}
