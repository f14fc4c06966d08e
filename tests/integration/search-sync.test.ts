// Meilisearch updates go through pg-boss: a write's job rides its own
// transaction (no job for a rolled-back write), renames queue every record
// that shows the name, and the worker's handler reads the records afresh and
// hands them to the engine, failing the job (so pg-boss retries it) when the
// engine fails. Triggers keep the PostgreSQL engine's columns current.
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getBoss, QUEUES, stopBoss } from "@/lib/jobs/boss";
import type { SearchEngine } from "@/lib/search/engine";
import { createPostgresEngine } from "@/lib/search/postgres";
import {
  enqueueInnovation,
  enqueueOrganisationInnovations,
  enqueueSearchSettings,
  handleIndexJob,
  searchQueueStatus,
  startSearchWorkers,
} from "@/lib/search/sync";

const base = { q: "", filters: {}, sort: "relevance", page: 1, pageSize: 100, locale: "lv" } as const;

/** The innovation ids of the queued search.index jobs, in order. */
const queuedIds = async () =>
  (
    await db.$queryRaw<{ ids: string[] }[]>`
      SELECT ARRAY(SELECT jsonb_array_elements_text(data->'ids')) AS ids FROM pgboss.job
      WHERE name = ${QUEUES.searchIndex} AND state = 'created' ORDER BY created_on`
  ).flatMap((r) => r.ids);

function recordingEngine(fail = false): SearchEngine & { calls: string[][] } {
  const calls: string[][] = [];
  return {
    name: "meilisearch",
    calls,
    search: () => Promise.reject(new Error("not searched here")),
    upsert: async (ids) => {
      calls.push(ids);
      if (fail) throw new Error("connect ECONNREFUSED 127.0.0.1:7700");
    },
    remove: async () => undefined,
    reindexAll: async () => 0,
    health: async () => ({ ok: !fail }),
  };
}

describe("search index queue", () => {
  beforeEach(async () => {
    await getBoss();
    await db.$executeRaw`DELETE FROM pgboss.job WHERE name IN (${QUEUES.searchIndex}, ${QUEUES.searchSettings})`;
  });
  afterAll(() => stopBoss({ graceful: false }));

  it("sends a job only when the caller's transaction commits", async () => {
    const [a, b] = await db.innovation.findMany({ take: 2, select: { id: true }, orderBy: { slug: "asc" } });
    await db.$transaction(async (tx) => enqueueInnovation(tx, a!.id));
    await expect(
      db.$transaction(async (tx) => {
        await enqueueInnovation(tx, b!.id);
        throw new Error("rolled back");
      }),
    ).rejects.toThrow("rolled back");
    expect(await queuedIds()).toEqual([a!.id]);
  });

  it("queues every innovation that shows an organisation, directly or through its experts", async () => {
    const link = await db.innovationOrganisation.findFirstOrThrow();
    const direct = await db.innovationOrganisation.findMany({
      where: { organisationId: link.organisationId },
      distinct: ["innovationId"],
    });
    // an expert of this organisation on another innovation
    const other = await db.innovation.findFirstOrThrow({
      where: { id: { notIn: direct.map((d) => d.innovationId) } },
    });
    const contact = await db.contact.create({
      data: { name: "Eksperte Tests", organisationId: link.organisationId, showPublicly: true },
    });
    await db.innovationExpert.create({ data: { innovationId: other.id, contactId: contact.id } });
    const n = await db.$transaction((tx) => enqueueOrganisationInnovations(tx, link.organisationId));
    expect(n).toBe(direct.length + 1);
    expect((await queuedIds()).sort()).toEqual([...direct.map((d) => d.innovationId), other.id].sort());
  });

  it("hands the queued records to the engine, and fails the job when the engine fails so pg-boss retries it", async () => {
    const ids = (await db.innovation.findMany({ take: 3, select: { id: true } })).map((r) => r.id);
    const engine = recordingEngine();
    expect(await handleIndexJob(engine, { ids })).toEqual({ indexed: 3 });
    expect(engine.calls).toEqual([ids]);
    const failing = recordingEngine(true);
    await expect(handleIndexJob(failing, { ids })).rejects.toThrow("ECONNREFUSED");
    await expect(handleIndexJob(engine, { ids: [] })).rejects.toThrow();
    // the PostgreSQL engine needs nothing: its columns changed with the write
    expect(await handleIndexJob(createPostgresEngine(db), { ids })).toEqual({ indexed: 0 });
  });

  it("runs the jobs in the worker, retries a failed one, and reports what waits", async () => {
    const boss = await getBoss();
    await boss.updateQueue(QUEUES.searchIndex, { name: QUEUES.searchIndex, retryDelay: 1, retryBackoff: false });
    const { id } = await db.innovation.findFirstOrThrow({ select: { id: true } });
    let fail = true;
    const calls: string[][] = [];
    const engine: SearchEngine = {
      ...recordingEngine(),
      upsert: async (list) => {
        calls.push(list);
        if (fail) throw new Error("Meilisearch is down");
      },
    };
    let settingsApplied = 0;
    await db.$transaction(async (tx) => {
      await enqueueInnovation(tx, id);
      await enqueueSearchSettings(tx);
    });
    const waiting = await searchQueueStatus(db);
    expect(waiting.pending).toBe(2);
    expect(waiting.oldestPendingAt).not.toBeNull();
    await startSearchWorkers(boss, engine, async () => void settingsApplied++, { pollingIntervalSeconds: 0.5 });
    const until = async (done: () => Promise<boolean>) => {
      for (let i = 0; i < 60 && !(await done()); i++) await new Promise((r) => setTimeout(r, 250));
    };
    await until(async () => calls.length > 0 && settingsApplied > 0);
    expect(calls[0]).toEqual([id]);
    await until(async () => (await searchQueueStatus(db)).failing > 0);
    expect((await searchQueueStatus(db)).lastError).toContain("Meilisearch is down");
    fail = false;
    await until(async () => (await searchQueueStatus(db)).pending === 0);
    const done = await searchQueueStatus(db);
    expect(done.pending).toBe(0);
    expect(done.lastDoneAt).not.toBeNull();
    expect(calls.length).toBeGreaterThan(1);
    // once for the write's job, once because a Meilisearch worker applies its settings when it starts
    expect(settingsApplied).toBe(2);
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
