// The annual review's figures: every innovation count equals a plain SQL
// count over the same records (written independently of the figures' own
// query), stage moves come from the history the database keeps, the 2025
// review shows the source documents' figures exactly, and a published review
// does not change when records are edited afterwards while the live figures do.
import crypto from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { stopBoss } from "@/lib/jobs/boss";
import { updateInnovation } from "@/lib/innovations/write";
import { currentInnovationInput } from "@/lib/submissions/innovation-input";
import { getReviewFigures, getReviewPage } from "@/lib/review/queries";
import { computeFigures } from "@/lib/review/snapshot";
import { rigaYear } from "@/lib/time/riga";

afterAll(() => stopBoss({ graceful: false }));

const CURRENT = rigaYear(new Date());
const actor = { id: null, email: "test@sikc.test", ip: null };

type Fixture = Partial<{
  stage: string;
  country: string;
  startYear: number | null;
  endYear: number | null;
  publication: "DRAFT" | "PUBLISHED";
  publishedAt: Date | null;
  region: string | null;
  themes: string[];
  targetGroups: string[];
}>;

async function innovation(f: Fixture = {}): Promise<string> {
  const { id } = await db.innovation.create({
    data: {
      slug: `fixture-${crypto.randomBytes(4).toString("hex")}`,
      titleLv: "Testa inovācija",
      summaryLv: "Kopsavilkums",
      stage: f.stage ?? "pilot",
      status: "active",
      country: f.country ?? "LV",
      startYear: f.startYear ?? null,
      endYear: f.endYear ?? null,
      publication: f.publication ?? "PUBLISHED",
      publishedAt: f.publishedAt === undefined ? new Date() : f.publishedAt,
      region: f.region === undefined ? "latgale" : f.region,
      themes: f.themes ?? ["health"],
      targetGroups: f.targetGroups ?? ["seniors"],
    },
    select: { id: true },
  });
  return id;
}

/** The population, written as plain SQL apart from the figures' own query. */
const POPULATION = (year: number) => `
  "publication" = 'PUBLISHED' AND "country" = 'LV'
  AND COALESCE("startYear", ${year}) <= ${year} AND COALESCE("endYear", ${year}) >= ${year}`;

async function sqlCount(where: string): Promise<number> {
  const rows = await db.$queryRawUnsafe<{ n: number }[]>(`SELECT COUNT(*)::int AS n FROM "Innovation" WHERE ${where}`);
  return rows[0]!.n;
}

async function sqlGroup(year: number, expression: string): Promise<Map<string, number>> {
  const rows = await db.$queryRawUnsafe<{ k: string; n: number }[]>(
    `SELECT k, COUNT(*)::int AS n FROM (SELECT ${expression} AS k FROM "Innovation" WHERE ${POPULATION(year)}) x GROUP BY k`,
  );
  return new Map(rows.map((r) => [r.k, r.n]));
}

const dataset = (figures: Awaited<ReturnType<typeof computeFigures>>, key: string) => {
  const found = [...figures.datasets, ...figures.importedDatasets].find((d) => d.key === key);
  if (!found) throw new Error(`no dataset ${key}`);
  return found;
};
const values = (rows: { key?: string; value: number | null }[]) =>
  new Map(rows.filter((r) => r.value !== 0).map((r) => [r.key!, r.value]));

describe("review figures", () => {
  beforeAll(async () => {
    await innovation({ startYear: 2025, stage: "idea", region: "kurzeme", themes: ["education", "health"] });
    await innovation({ startYear: CURRENT + 1 }); // not yet started
    await innovation({ endYear: 2024 }); // ended before 2025
    await innovation({ country: "FI", region: "abroad" }); // abroad
    await innovation({ publication: "DRAFT", publishedAt: null });
    await innovation({ region: null, targetGroups: [] });
  });

  it.each([2025, CURRENT])("counts innovations as SQL does (%i)", async (year) => {
    const review = await db.annualReview.findUniqueOrThrow({ where: { year: 2025 } });
    const figures = await computeFigures(db, { year, datasets: [], challenges: review.challenges });
    expect(figures.innovations.total).toBe(await sqlCount(POPULATION(year)));
    expect(figures.innovations.total).toBeGreaterThan(0);
    expect(figures.innovations.started).toBe(await sqlCount(`${POPULATION(year)} AND "startYear" = ${year}`));
    expect(figures.innovations.added).toBe(
      await sqlCount(
        `${POPULATION(year)} AND date_part('year', timezone('Europe/Riga', "publishedAt" AT TIME ZONE 'UTC')) = ${year}`,
      ),
    );
    expect(values(dataset(figures, "innovations-by-stage").rows)).toEqual(await sqlGroup(year, `"stage"`));
    expect(values(dataset(figures, "innovations-by-theme").rows)).toEqual(await sqlGroup(year, `unnest("themes")`));
    expect(values(dataset(figures, "innovations-by-target-group").rows)).toEqual(
      await sqlGroup(year, `unnest("targetGroups")`),
    );
    expect(values(dataset(figures, "innovations-by-region").rows)).toEqual(
      await sqlGroup(year, `COALESCE("region", 'unknown')`),
    );
    // the funnel: innovations at each stage or a later one
    const funnel = dataset(figures, "innovations-funnel").rows;
    for (const row of funnel) {
      expect(row.value).toBe(
        await sqlCount(
          `${POPULATION(year)} AND "stage" IN (SELECT "key" FROM "Term" WHERE "vocabulary" = 'STAGE' AND "position" >= (SELECT "position" FROM "Term" WHERE "vocabulary" = 'STAGE' AND "key" = '${row.key}'))`,
        ),
      );
    }
  });

  it("keeps stage history in the same transaction as the change, and counts moves to a later stage", async () => {
    const id = await innovation({ stage: "idea" });
    const input = (await db.$transaction((tx) => currentInnovationInput(tx, id)))!.input;
    // a change rolled back leaves no history
    await expect(
      db.$transaction(async (tx) => {
        await updateInnovation(id, { ...input, stage: "scale" }, actor, { tx });
        throw new Error("rollback");
      }),
    ).rejects.toThrow("rollback");
    expect(await db.innovationStageChange.count({ where: { innovationId: id, fromStage: { not: null } } })).toBe(0);

    const before = (await computeFigures(db, { year: CURRENT, datasets: [], challenges: [] })).innovations.movedLater;
    expect(await updateInnovation(id, { ...input, stage: "pilot" }, actor)).toMatchObject({ ok: true });
    const history = await db.innovationStageChange.findMany({ where: { innovationId: id }, orderBy: { id: "asc" } });
    expect(history.map((h) => [h.fromStage, h.toStage])).toEqual([
      [null, "idea"],
      ["idea", "pilot"],
    ]);
    const after = (await computeFigures(db, { year: CURRENT, datasets: [], challenges: [] })).innovations.movedLater;
    expect(after).toBe((before ?? 0) + 1);

    // a move back to an earlier stage is not a move to a later one
    const other = await innovation({ stage: "scale" });
    await db.innovation.update({ where: { id: other }, data: { stage: "idea" } });
    const moved = await db.$queryRaw<{ n: number }[]>`
      SELECT COUNT(DISTINCT c."innovationId")::int AS n FROM "InnovationStageChange" c
      JOIN "Term" f ON f."vocabulary" = 'STAGE' AND f."key" = c."fromStage"
      JOIN "Term" t ON t."vocabulary" = 'STAGE' AND t."key" = c."toStage"
      JOIN "Innovation" i ON i."id" = c."innovationId"
      WHERE t."position" > f."position" AND i."publication" = 'PUBLISHED' AND i."country" = 'LV'
        AND date_part('year', c."changedAt" AT TIME ZONE 'Europe/Riga') = ${CURRENT}`;
    expect((await computeFigures(db, { year: CURRENT, datasets: [], challenges: [] })).innovations.movedLater).toBe(
      moved[0]!.n,
    );
  });

  it("says a year before the stage history began has no recorded moves (not zero)", async () => {
    const figures = await computeFigures(db, { year: 2021, datasets: [], challenges: [] });
    expect(figures.innovations.movedLater).toBeNull();
  });
});

describe("the 2025 review", () => {
  it("shows the source documents' figures exactly", async () => {
    const found = await getReviewFigures(2025);
    expect(found?.frozen).toBe(true);
    const figures = found!.figures;
    const regions = dataset(figures, "services-by-planning-region").rows.map((r) => [r.labelLv, r.value]);
    expect(regions).toEqual([
      ["Rīgas plānošanas reģions", 384],
      ["Latgales plānošanas reģions", 166],
      ["Vidzemes plānošanas reģions", 154],
      ["Zemgales plānošanas reģions", 133],
      ["Kurzemes plānošanas reģions", 125],
    ]);
    const awareness = dataset(figures, "awareness-2024-term").rows;
    expect(awareness.find((r) => r.labelLv === "Termins nav dzirdēts")?.value).toBe(41);
    expect(dataset(figures, "services-by-planning-region").sourceLv).toMatch(/^Izpēte par sabiedrības izpratni/);
  });

  it("does not change after records are edited, while this year's live figures do", async () => {
    const published = await getReviewPage(2025);
    expect(published?.frozen).toBe(true);
    const liveBefore = await computeFigures(db, { year: CURRENT, datasets: [], challenges: [] });

    const target = await db.innovation.findFirstOrThrow({
      where: { publication: "PUBLISHED", country: "LV", stage: "idea" },
      select: { id: true },
    });
    const input = (await db.$transaction((tx) => currentInnovationInput(tx, target.id)))!.input;
    expect(await updateInnovation(target.id, { ...input, stage: "sustain", region: "zemgale" }, actor)).toMatchObject({
      ok: true,
    });
    await innovation({ startYear: 2025 });

    const again = await getReviewPage(2025);
    expect(again!.figures).toEqual(published!.figures);
    const liveAfter = await computeFigures(db, { year: CURRENT, datasets: [], challenges: [] });
    expect(liveAfter.innovations.total).toBe(liveBefore.innovations.total + 1);
    expect(dataset(liveAfter, "innovations-by-region").rows).not.toEqual(
      dataset(liveBefore, "innovations-by-region").rows,
    );
  });
});
