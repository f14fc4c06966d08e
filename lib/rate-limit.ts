// Fixed-window rate limiter stored in PostgreSQL, so every web process (and
// the worker) shares one count: an in-memory limiter is per process and would
// multiply the limit by the number of instances behind the load balancer.
import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";

export type RateLimitRule = {
  /** Namespaced key, e.g. `signin:ip:203.0.113.7`; see rateLimitKey(). */
  key: string;
  /** Hits allowed per window. */
  limit: number;
  windowSeconds: number;
};

export type RateLimitResult = {
  allowed: boolean;
  remaining: number;
  /** 0 when allowed; otherwise seconds until the window resets. */
  retryAfterSeconds: number;
};

const ZRule = z.object({
  key: z.string().min(1).max(500),
  limit: z.number().int().min(1),
  windowSeconds: z
    .number()
    .int()
    .min(1)
    .max(31 * 24 * 3600),
});

/** Builds a key from parts; lower-cases so `A@x.lv` and `a@x.lv` share a budget. */
export function rateLimitKey(scope: string, ...parts: string[]): string {
  return [scope, ...parts.map((p) => p.trim().toLowerCase())].join(":");
}

/**
 * Counts one hit and says whether it is within the limit. One statement, so
 * concurrent hits from any number of processes are counted exactly: the row
 * lock taken by ON CONFLICT DO UPDATE serialises them. Times are computed by
 * the database (the column is UTC `timestamp(3)`), never by the caller's clock.
 */
export async function hitRateLimit(rule: RateLimitRule): Promise<RateLimitResult> {
  const { key, limit, windowSeconds } = ZRule.parse(rule);
  const rows = await db.$queryRaw<{ count: number; retry_after: number }[]>`
    INSERT INTO "RateLimit" ("key", "count", "resetAt")
    VALUES (${key}, 1, (now() AT TIME ZONE 'UTC') + make_interval(secs => ${windowSeconds}))
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "RateLimit"."resetAt" <= (now() AT TIME ZONE 'UTC') THEN 1
                     ELSE "RateLimit"."count" + 1 END,
      "resetAt" = CASE WHEN "RateLimit"."resetAt" <= (now() AT TIME ZONE 'UTC') THEN EXCLUDED."resetAt"
                       ELSE "RateLimit"."resetAt" END
    RETURNING "count",
      GREATEST(0, CEIL(EXTRACT(EPOCH FROM ("resetAt" - (now() AT TIME ZONE 'UTC')))))::int AS retry_after`;
  const row = rows[0];
  if (!row) throw new Error("rate limit upsert returned no row");
  const allowed = row.count <= limit;
  maybeCleanUp();
  return {
    allowed,
    remaining: Math.max(0, limit - row.count),
    retryAfterSeconds: allowed ? 0 : Math.max(1, row.retry_after),
  };
}

/** Checks several rules; every one is counted, so a blocked IP cannot probe accounts for free. */
export async function hitRateLimits(rules: RateLimitRule[]): Promise<RateLimitResult> {
  const results = await Promise.all(rules.map(hitRateLimit));
  const blocked = results.filter((r) => !r.allowed);
  return {
    allowed: blocked.length === 0,
    remaining: Math.min(...results.map((r) => r.remaining)),
    retryAfterSeconds: Math.max(0, ...blocked.map((r) => r.retryAfterSeconds)),
  };
}

/** Forgets a key, e.g. an account's failed-attempt budget after a successful sign-in. */
export async function resetRateLimit(key: string): Promise<void> {
  await db.rateLimit.deleteMany({ where: { key: ZRule.shape.key.parse(key) } });
}

/** Takes back one hit of a key's current window, e.g. an address's hit for an attempt that succeeded. */
export async function refundRateLimit(key: string): Promise<void> {
  const checked = ZRule.shape.key.parse(key);
  await db.$executeRaw`
    UPDATE "RateLimit" SET "count" = GREATEST(0, "count" - 1)
    WHERE "key" = ${checked} AND "resetAt" > (now() AT TIME ZONE 'UTC')`;
}

/** Deletes expired windows; returns how many. Also meant for the scheduled clean-up job. */
export async function cleanUpRateLimits(): Promise<number> {
  return db.$executeRaw`DELETE FROM "RateLimit" WHERE "resetAt" < (now() AT TIME ZONE 'UTC')`;
}

// Expired rows are harmless (the next hit resets them) but would pile up with
// one row per IP; about one hit in 200 sweeps them, off the request's path.
function maybeCleanUp() {
  if (Math.random() >= 1 / 200) return;
  cleanUpRateLimits().catch((error: unknown) => console.error("rate limit clean-up failed", error));
}
