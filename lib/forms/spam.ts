// Abuse checks before anything is written: a honeypot, a minimum fill time and
// a PostgreSQL-backed rate limit per IP and per e-mail (shared by every server
// process, see lib/rate-limit.ts).
import "server-only";
import { hitRateLimits, rateLimitKey, type RateLimitRule } from "@/lib/rate-limit";

const MIN_FILL_MS = 3_000;
const SUBMISSIONS_PER_HOUR = 5;

export type SpamVerdict =
  | { ok: true }
  | { ok: false; code: "spam" | "tooFast" }
  | { ok: false; code: "rateLimited"; retryAfterSeconds: number };

/** The time a public form is handed out, posted back for the minimum fill time. */
export function formIssuedAt(): number {
  return Date.now();
}

export function checkFormTiming(honeypot: string, renderedAt: number, now = Date.now()): SpamVerdict {
  if (honeypot.trim() !== "") return { ok: false, code: "spam" };
  // a form "rendered" in the future was forged
  if (renderedAt > now + 60_000) return { ok: false, code: "spam" };
  if (now - renderedAt < MIN_FILL_MS) return { ok: false, code: "tooFast" };
  return { ok: true };
}

export async function checkRateLimit(scope: string, email: string, ip: string | null): Promise<SpamVerdict> {
  const rules: RateLimitRule[] = [
    { key: rateLimitKey(scope, "email", email), limit: SUBMISSIONS_PER_HOUR, windowSeconds: 3600 },
  ];
  if (ip) rules.push({ key: rateLimitKey(scope, "ip", ip), limit: SUBMISSIONS_PER_HOUR, windowSeconds: 3600 });
  const result = await hitRateLimits(rules);
  return result.allowed
    ? { ok: true }
    : { ok: false, code: "rateLimited", retryAfterSeconds: result.retryAfterSeconds };
}
