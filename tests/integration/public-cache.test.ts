// The public pages' data cache across Next processes (lib/cache/handler.mjs): entries live in
// each process, tag expiry in PostgreSQL. A second copy of the handler module stands for a
// second Next process (its own memory, the same database), and the worker's expiry
// (expirePublicDataOutsideNext) for a writer that is not a Next process at all.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { expirePublicDataOutsideNext } from "@/lib/cache/expire-outside-next";
import { db } from "@/lib/db";
import type * as HandlerModule from "@/lib/cache/handler.mjs";

type Handler = typeof HandlerModule;

/** A fresh copy of the handler module: what another Next process would load. */
async function process_(): Promise<InstanceType<Handler["default"]> & { close: () => Promise<void> }> {
  vi.resetModules();
  const mod: Handler = await import("@/lib/cache/handler.mjs");
  return Object.assign(new mod.default(), { close: mod.closeCacheDatabase });
}

const value = (body: string) => ({ kind: "FETCH", data: { body, headers: {}, status: 200, url: "" }, revalidate: 900 });
const bodyOf = (entry: { value: unknown } | null) =>
  entry ? (entry.value as ReturnType<typeof value>).data.body : null;

/** Longer than the handler's read window (5 s): entries stored before it are trusted. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 5_200));

describe("public data cache shared by Next processes", () => {
  let reader: Awaited<ReturnType<typeof process_>>;
  let writer: Awaited<ReturnType<typeof process_>>;
  beforeAll(async () => {
    await db.$executeRaw`DELETE FROM "CacheTagExpiry"`;
    reader = await process_();
    writer = await process_();
    await reader.set("innovation-x", value("v1"), { tags: ["innovations", "terms"] });
    await reader.set("organisation-y", value("before"), { tags: ["organisations"] });
    await reader.set("toolkit-z", value("untouched"), { tags: ["resources"] });
    await reader.set("stats", value("old counts"), { tags: ["innovations", "funding"] });
    await reader.set("review", value("v1"), { tags: ["reviews"] });
    await settle();
  }, 20_000);
  afterAll(async () => {
    await reader.close();
    await writer.close();
  });

  it("answers from memory until a tag it depends on expires", async () => {
    expect(bodyOf(await reader.get("review", { tags: ["reviews"] }))).toBe("v1");
    await reader.revalidateTag(["reviews"]);
    expect(await reader.get("review", { tags: ["reviews"] })).toBeNull();
  });

  it("an expiry in one process reaches the entries of another at once, and only those", async () => {
    expect(bodyOf(await reader.get("organisation-y", { tags: ["organisations"] }))).toBe("before");
    await writer.revalidateTag("organisations");
    expect(await reader.get("organisation-y", { tags: ["organisations"] })).toBeNull();
    expect(bodyOf(await reader.get("toolkit-z", { tags: ["resources"] }))).toBe("untouched");
  });

  it("the job worker expires the Next processes' entries through the database", async () => {
    expect(bodyOf(await reader.get("stats", { tags: ["innovations", "funding"] }))).toBe("old counts");
    await expirePublicDataOutsideNext(["funding"]);
    expect(await reader.get("stats", { tags: ["innovations", "funding"] })).toBeNull();
  });

  it("an entry stored while an expiry may have raced its read is not trusted", async () => {
    await writer.revalidateTag("terms");
    // stored just after the expiry: its read may have begun before the write committed
    await reader.set("labels", value("maybe stale"), { tags: ["terms"] });
    expect(await reader.get("labels", { tags: ["terms"] })).toBeNull();
  });

  it("an expiry is never moved back by a later, shorter one", async () => {
    await writer.revalidateTag("consultations", { expire: 3600 });
    await writer.revalidateTag("consultations");
    const [row] = await db.$queryRaw<{ at: number }[]>`
      SELECT "expiredAt" AS at FROM "CacheTagExpiry" WHERE tag = 'consultations'`;
    expect(row?.at).toBeGreaterThan(Date.now() + 3_000_000);
  });
});
