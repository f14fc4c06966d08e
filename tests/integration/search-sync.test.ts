// Outbox writes ride the caller's transaction; the drain applies, retries
// with backoff and never hands one row to two workers. Triggers keep the
// PostgreSQL engine's columns current.
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { SearchEngine } from "@/lib/search/engine";
import { createPostgresEngine } from "@/lib/search/postgres";
import { backoffMs, drainOutbox, enqueueInnovation, enqueueOrganisationInnovations } from "@/lib/search/sync";

const pending = () => db.searchOutbox.count({ where: { processedAt: null } });
const base = { q: "", filters: {}, sort: "relevance", page: 1, pageSize: 100, locale: "lv" } as const;

function failingEngine(): SearchEngine & { calls: string[][] } {
  const calls: string[][] = [];
  return {
    name: "meilisearch",
    calls,
    search: () => Promise.reject(new Error("unreachable")),
    upsert: async (ids) => {
      calls.push(ids);
      throw new Error("connect ECONNREFUSED 127.0.0.1:7700");
    },
    remove: () => Promise.reject(new Error("unreachable")),
    reindexAll: () => Promise.reject(new Error("unreachable")),
    health: async () => ({ ok: false }),
  };
}

describe("search outbox", () => {
  beforeEach(async () => {
    await db.searchOutbox.deleteMany();
  });

  it("writes outbox rows only when the caller's transaction commits", async () => {
    const { id } = await db.innovation.findFirstOrThrow();
    await db.$transaction(async (tx) => enqueueInnovation(tx, id));
    await expect(
      db.$transaction(async (tx) => {
        await enqueueInnovation(tx, id, "DELETE");
        throw new Error("rolled back");
      }),
    ).rejects.toThrow("rolled back");
    expect(await db.searchOutbox.findMany({ select: { entityId: true, op: true } })).toEqual([
      { entityId: id, op: "UPSERT" },
    ]);
  });

  it("enqueues every innovation linked to an organisation", async () => {
    const link = await db.innovationOrganisation.findFirstOrThrow();
    const linked = await db.innovationOrganisation.findMany({
      where: { organisationId: link.organisationId },
      distinct: ["innovationId"],
    });
    const n = await db.$transaction((tx) => enqueueOrganisationInnovations(tx, link.organisationId));
    expect(n).toBe(linked.length);
    expect(await pending()).toBe(linked.length);
  });

  it("marks rows processed for the PostgreSQL engine, whose index is the table itself", async () => {
    const ids = (await db.innovation.findMany({ take: 3, select: { id: true } })).map((r) => r.id);
    await db.$transaction(async (tx) => {
      for (const id of ids) await enqueueInnovation(tx, id);
    });
    const result = await drainOutbox({ db, engine: createPostgresEngine(db), batchSize: 2 });
    expect(result).toEqual({ claimed: 2, processed: 2, failed: 0 });
    expect(await pending()).toBe(1);
  });

  it("on failure keeps the row with attempts, lastError and an exponentially later availableAt", async () => {
    const { id } = await db.innovation.findFirstOrThrow();
    await db.$transaction((tx) => enqueueInnovation(tx, id));
    const engine = failingEngine();
    expect(await drainOutbox({ db, engine })).toEqual({ claimed: 1, processed: 0, failed: 1 });
    const row = await db.searchOutbox.findFirstOrThrow();
    expect(row).toMatchObject({ attempts: 1, processedAt: null });
    expect(row.lastError).toContain("ECONNREFUSED");
    expect(row.availableAt.getTime()).toBeGreaterThan(Date.now() + backoffMs(1) - 2_000);
    // Not due yet: a second drain leaves it alone.
    expect(await drainOutbox({ db, engine })).toEqual({ claimed: 0, processed: 0, failed: 0 });
    expect(backoffMs(2)).toBe(2 * backoffMs(1));
    expect(backoffMs(50)).toBe(60 * 60 * 1000);
  });

  it("never hands the same row to two concurrent drains (SKIP LOCKED)", async () => {
    const ids = (await db.innovation.findMany({ take: 6, select: { id: true } })).map((r) => r.id);
    await db.$transaction(async (tx) => {
      for (const id of ids) await enqueueInnovation(tx, id);
    });
    const engine = createPostgresEngine(db);
    const slow: SearchEngine = {
      ...engine,
      upsert: async (x) => {
        await new Promise((r) => setTimeout(r, 200));
        await engine.upsert(x);
      },
    };
    const [a, b] = await Promise.all([
      drainOutbox({ db, engine: slow, batchSize: 4 }),
      drainOutbox({ db, engine: slow, batchSize: 4 }),
    ]);
    expect(a.claimed + b.claimed).toBe(6);
    expect(await pending()).toBe(0);
  });
});

describe("trigger-maintained search columns", () => {
  it("re-facets innovations when an implementer's type changes, and finds a retitled record", async () => {
    const link = await db.innovationOrganisation.findFirstOrThrow({ where: { role: "IMPLEMENTER" } });
    const engine = createPostgresEngine(db);
    await db.organisation.update({ where: { id: link.organisationId }, data: { type: "media" } });
    const media = await engine.search({ ...base, filters: { implementerType: ["media"] } });
    expect(media.hits.map((h) => h.id)).toContain(link.innovationId);

    await db.innovation.update({ where: { id: link.innovationId }, data: { titleLv: "Ķirbju zupas darbnīca" } });
    const found = await engine.search({ ...base, q: "kirbju zupa" });
    expect(found.hits.map((h) => h.id)).toEqual([link.innovationId]);
  });
});
