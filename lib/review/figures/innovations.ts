// The innovation figures of a review year, counted in PostgreSQL.
//
// Which innovations a year counts (printed beside the figures, and mirrored by
// the SQL in tests/integration/review-figures.test.ts):
// published, implemented in Latvia (country LV), and not known to be outside
// the year: start year empty or ≤ the year, end year empty or ≥ the year.
// - started: start year = the year;
// - added: first published in the database during the year (Riga time);
// - moved to a later stage: a stage change during the year to a stage later
//   in the seven-stage order (InnovationStageChange). For a year that ended
//   before the history began, the figure is unknown (null), not zero.
import type { Db, Tx } from "@/lib/db";
import { readAll } from "@/lib/db-parallel";
import { rigaYear, TIME_ZONE } from "@/lib/time/riga";
import type { Dataset } from "../schema";
import { byValue, countRows, UNKNOWN, type Terms } from "./terms";

export type InnovationHeadline = {
  total: number;
  started: number;
  added: number;
  /** null when the stage history does not reach into the year. */
  movedLater: number | null;
  /** When the stage history began (ISO), or null when there is none. */
  stageHistorySince: string | null;
};

const SOURCE = {
  sourceLv: "SIKC portāla sociālo inovāciju datubāze",
  sourceEn: "SIKC portal, social innovation database",
};
const POPULATION = {
  noteLv:
    "Publicētās sociālās inovācijas, kas īstenotas Latvijā un gada laikā nav zināmi beigušās vai vēl nesākušās (sākuma gads nav vēlāks, beigu gads nav agrāks par pārskata gadu vai nav norādīts).",
  noteEn:
    "Published social innovations implemented in Latvia that were not known to have ended or not yet started in the year (start year not later and end year not earlier than the year, or not given).",
};
const MULTI = {
  noteLv: `${POPULATION.noteLv} Inovācijai var būt vairākas vērtības, tāpēc summa var pārsniegt kopskaitu.`,
  noteEn: `${POPULATION.noteEn} An innovation can have several values, so the figures can add up to more than the total.`,
};

type FacetRow = { facet: string; key: string; count: number };

export async function innovationFigures(
  client: Db | Tx,
  year: number,
  terms: Terms,
): Promise<{ headline: InnovationHeadline; datasets: Dataset[] }> {
  const [rows, history] = await readAll(client, [
    () =>
      client.$queryRaw<FacetRow[]>`
      WITH p AS (
        SELECT i."id", i."stage", i."themes", i."targetGroups", i."region", i."startYear", i."publishedAt"
        FROM "Innovation" i
        WHERE i."publication" = 'PUBLISHED' AND i."country" = 'LV'
          AND (i."startYear" IS NULL OR i."startYear" <= ${year})
          AND (i."endYear" IS NULL OR i."endYear" >= ${year})
      ), moved AS (
        SELECT DISTINCT c."innovationId" AS id
        FROM "InnovationStageChange" c
        JOIN "Term" f ON f."vocabulary" = 'STAGE' AND f."key" = c."fromStage"
        JOIN "Term" t ON t."vocabulary" = 'STAGE' AND t."key" = c."toStage"
        WHERE t."position" > f."position"
          AND EXTRACT(YEAR FROM c."changedAt" AT TIME ZONE ${TIME_ZONE}) = ${year}
      )
      SELECT 'total' AS facet, '' AS key, COUNT(*)::int AS count FROM p
      UNION ALL SELECT 'started', '', COUNT(*)::int FROM p WHERE p."startYear" = ${year}
      UNION ALL SELECT 'added', '', COUNT(*)::int FROM p
        WHERE EXTRACT(YEAR FROM p."publishedAt" AT TIME ZONE 'UTC' AT TIME ZONE ${TIME_ZONE}) = ${year}
      UNION ALL SELECT 'moved', '', COUNT(*)::int FROM p JOIN moved USING ("id")
      UNION ALL SELECT 'stage', p."stage", COUNT(*)::int FROM p GROUP BY 2
      UNION ALL SELECT 'theme', t, COUNT(*)::int FROM p, unnest(p."themes") AS t GROUP BY 2
      UNION ALL SELECT 'targetGroup', g, COUNT(*)::int FROM p, unnest(p."targetGroups") AS g GROUP BY 2
      UNION ALL SELECT 'region', COALESCE(p."region", ${UNKNOWN}), COUNT(*)::int FROM p GROUP BY 2`,
    () => client.$queryRaw<{ since: Date | null }[]>`SELECT MIN("changedAt") AS since FROM "InnovationStageChange"`,
  ]);
  const one = (facet: string) => rows.find((r) => r.facet === facet)?.count ?? 0;
  const counts = (facet: string) => new Map(rows.filter((r) => r.facet === facet).map((r) => [r.key, r.count]));
  const since = history[0]?.since ?? null;
  const historyReachesYear = since !== null && rigaYear(since) <= year;

  const byStage = countRows(terms.STAGE, counts("stage"));
  // the funnel: how many reached at least each stage (stages are ordered)
  const funnel = byStage.map((row, i) => ({
    ...row,
    value: byStage.slice(i).reduce((sum, r) => sum + (r.value ?? 0), 0),
  }));

  const headline: InnovationHeadline = {
    total: one("total"),
    started: one("started"),
    added: one("added"),
    movedLater: historyReachesYear ? one("moved") : null,
    stageHistorySince: since ? since.toISOString() : null,
  };
  const section = "innovations";
  return {
    headline,
    datasets: [
      {
        key: "innovations-key-figures",
        section,
        titleLv: "Sociālās inovācijas: galvenie rādītāji",
        titleEn: "Social innovations: key figures",
        unit: "count",
        ...SOURCE,
        ...POPULATION,
        chart: "table",
        ordered: true,
        rows: [
          { key: "total", labelLv: "Kopā", labelEn: "Total", value: headline.total },
          { key: "started", labelLv: "Sāktas šajā gadā", labelEn: "Started in the year", value: headline.started },
          {
            key: "added",
            labelLv: "Pirmo reizi publicētas datubāzē šajā gadā",
            labelEn: "First published in the database in the year",
            value: headline.added,
          },
          {
            key: "movedLater",
            labelLv: "Pārgāja uz vēlāku posmu šajā gadā",
            labelEn: "Moved to a later stage in the year",
            value: headline.movedLater,
          },
        ],
      },
      {
        key: "innovations-by-stage",
        section,
        titleLv: "Sociālās inovācijas pēc posma",
        titleEn: "Social innovations by stage",
        unit: "count",
        ...SOURCE,
        ...POPULATION,
        ordered: true,
        rows: byStage,
      },
      {
        key: "innovations-funnel",
        section,
        titleLv: "Septiņu posmu piltuve: cik inovāciju sasniegušas vismaz šo posmu",
        titleEn: "The seven-stage funnel: innovations that reached at least each stage",
        unit: "count",
        ...SOURCE,
        ...POPULATION,
        chart: "funnel",
        ordered: true,
        rows: funnel,
      },
      {
        key: "innovations-by-theme",
        section,
        titleLv: "Sociālās inovācijas pēc jomas",
        titleEn: "Social innovations by theme",
        unit: "count",
        ...SOURCE,
        ...MULTI,
        rows: byValue(countRows(terms.THEME, counts("theme"))),
      },
      {
        key: "innovations-by-target-group",
        section,
        titleLv: "Sociālās inovācijas pēc mērķa grupas",
        titleEn: "Social innovations by target group",
        unit: "count",
        ...SOURCE,
        ...MULTI,
        rows: byValue(countRows(terms.TARGET_GROUP, counts("targetGroup"))),
      },
      {
        key: "innovations-by-region",
        section,
        titleLv: "Sociālās inovācijas pēc plānošanas reģiona",
        titleEn: "Social innovations by planning region",
        unit: "count",
        ...SOURCE,
        ...POPULATION,
        ordered: true,
        rows: countRows(
          terms.REGION.filter((t) => t.key !== "abroad"),
          counts("region"),
        ),
      },
    ],
  };
}
