import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { cleanUpRateLimits, hitRateLimit, hitRateLimits, rateLimitKey, resetRateLimit } from "@/lib/rate-limit";

describe("PostgreSQL rate limiter", () => {
  it("allows exactly `limit` of 50 concurrent hits", async () => {
    const rule = { key: "test:concurrent", limit: 5, windowSeconds: 60 };
    const results = await Promise.all(Array.from({ length: 50 }, () => hitRateLimit(rule)));
    expect(results.filter((r) => r.allowed)).toHaveLength(5);
    const denied = results.filter((r) => !r.allowed);
    expect(denied.every((r) => r.remaining === 0 && r.retryAfterSeconds > 0 && r.retryAfterSeconds <= 60)).toBe(true);
    expect((await db.rateLimit.findUniqueOrThrow({ where: { key: rule.key } })).count).toBe(50);
  });

  it("counts down `remaining` and starts a new window once the old one has passed", async () => {
    const rule = { key: "test:window", limit: 2, windowSeconds: 60 };
    expect(await hitRateLimit(rule)).toEqual({ allowed: true, remaining: 1, retryAfterSeconds: 0 });
    expect(await hitRateLimit(rule)).toEqual({ allowed: true, remaining: 0, retryAfterSeconds: 0 });
    expect((await hitRateLimit(rule)).allowed).toBe(false);
    await db.rateLimit.update({ where: { key: rule.key }, data: { resetAt: new Date(Date.now() - 1000) } });
    expect(await hitRateLimit(rule)).toEqual({ allowed: true, remaining: 1, retryAfterSeconds: 0 });
  });

  it("blocks when any of several rules is exhausted, and counts them all", async () => {
    const ip = { key: "test:multi:ip", limit: 3, windowSeconds: 60 };
    const account = { key: "test:multi:acct", limit: 1, windowSeconds: 60 };
    expect((await hitRateLimits([ip, account])).allowed).toBe(true);
    expect((await hitRateLimits([ip, account])).allowed).toBe(false);
    expect((await db.rateLimit.findUniqueOrThrow({ where: { key: ip.key } })).count).toBe(2);
  });

  it("resets a key and cleans up expired windows only", async () => {
    await hitRateLimit({ key: "test:reset", limit: 1, windowSeconds: 60 });
    await resetRateLimit("test:reset");
    expect((await hitRateLimit({ key: "test:reset", limit: 1, windowSeconds: 60 })).allowed).toBe(true);
    await db.rateLimit.create({ data: { key: "test:old", count: 9, resetAt: new Date(Date.now() - 60_000) } });
    expect(await cleanUpRateLimits()).toBeGreaterThanOrEqual(1);
    expect(await db.rateLimit.findUnique({ where: { key: "test:old" } })).toBeNull();
    expect(await db.rateLimit.findUnique({ where: { key: "test:reset" } })).not.toBeNull();
  });

  it("normalises key parts", () => {
    expect(rateLimitKey("signin:account", " Editor@SIKC.test ")).toBe("signin:account:editor@sikc.test");
  });
});
