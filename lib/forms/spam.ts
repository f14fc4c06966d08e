// Abuse checks before anything is written: a honeypot, a minimum fill time and
// a PostgreSQL-backed rate limit per IP and per e-mail (shared by every server
// process, see lib/rate-limit.ts).
import "server-only";
import { hmac, sameMac } from "@/lib/security/secret";
import { hitRateLimits, rateLimitKey, type RateLimitRule } from "@/lib/rate-limit";

const MIN_FILL_MS = 3_000;
/** A form open longer than this gets a fresh token and is sent again (harvested tokens do not live on). */
const MAX_FORM_AGE_MS = 24 * 60 * 60 * 1000;
const SUBMISSIONS_PER_HOUR = 5;
const PURPOSE = "sikc:form-issued:v1";
const TOKEN = /^(\d{13})\.([A-Za-z0-9_-]{43})$/;

/** The public forms; a token issued for one is refused by the others. */
export type FormName = "consultation" | "submission" | "supporterReport";

export type SpamVerdict =
  | { ok: true }
  | { ok: false; code: "spam" | "tooFast" | "expired" }
  | { ok: false; code: "rateLimited"; retryAfterSeconds: number };

/** The anti-spam fields every public form posts: read with the form, never echoed back. */
export const SPAM_GUARD_FIELDS = ["website", "formToken"] as const;

/**
 * The hidden field a public form is handed out with: when it was issued,
 * signed with the server secret, so the minimum fill time is measured from a
 * time the server chose (an unsigned timestamp was whatever a bot posted).
 */
export function formToken(form: FormName, now = Date.now()): string {
  return `${now}.${hmac(PURPOSE, [form, now])}`;
}

export function checkFormTiming(honeypot: string, token: string, form: FormName, now = Date.now()): SpamVerdict {
  if (honeypot.trim() !== "") return { ok: false, code: "spam" };
  const match = TOKEN.exec(token);
  if (!match) return { ok: false, code: "spam" };
  const issuedAt = Number(match[1]);
  // a token "issued" in the future was forged, whatever its signature says
  if (!sameMac(match[2]!, hmac(PURPOSE, [form, issuedAt])) || issuedAt > now + 60_000)
    return { ok: false, code: "spam" };
  if (now - issuedAt > MAX_FORM_AGE_MS) return { ok: false, code: "expired" };
  if (now - issuedAt < MIN_FILL_MS) return { ok: false, code: "tooFast" };
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
