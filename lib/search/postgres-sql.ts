// The PostgreSQL engine's one statement, built with Prisma.sql: its shape
// depends on which facets are selected; every value is a bound parameter.
import { Prisma } from "@/generated/prisma/client";
import { FACETS, type Facet, type SearchQuery } from "./engine";
import { textMatch, textRank, type TextQuery } from "./text-query";

type FacetColumn = { column: Prisma.Sql; array: boolean; match: (values: string[]) => Prisma.Sql };

const anyText = (col: string) => (v: string[]) => Prisma.sql`${Prisma.raw(col)} = ANY(${v}::text[])`;
const overlaps = (col: string) => (v: string[]) => Prisma.sql`${Prisma.raw(col)} && ${v}::text[]`;

// Column names are fixed identifiers from this table, never user input.
const FACET_COLUMNS: Record<Facet, FacetColumn> = {
  stage: { column: Prisma.raw(`i."stage"`), array: false, match: anyText(`i."stage"`) },
  theme: { column: Prisma.raw(`i."themes"`), array: true, match: overlaps(`i."themes"`) },
  targetGroup: { column: Prisma.raw(`i."targetGroups"`), array: true, match: overlaps(`i."targetGroups"`) },
  region: { column: Prisma.raw(`i."region"`), array: false, match: anyText(`i."region"`) },
  status: { column: Prisma.raw(`i."status"`), array: false, match: anyText(`i."status"`) },
  implementerType: {
    column: Prisma.raw(`i."search_implementer_types"`),
    array: true,
    match: overlaps(`i."search_implementer_types"`),
  },
  supporter: { column: Prisma.raw(`i."search_supporters"`), array: true, match: overlaps(`i."search_supporters"`) },
  startYear: {
    column: Prisma.raw(`i."startYear"::text`),
    array: false,
    // read as integers, like a year typed as "2020.0" would be by the cast
    match: (v) => Prisma.sql`i."startYear" = ANY(${v.map(Number).filter(Number.isInteger)}::int[])`,
  },
};

/**
 * Planner settings for the statement, set for its transaction only. The
 * matching rows are kept in memory for three reads (work_mem). With words, the
 * GIN index finds the rows: it needs no per-row check, while a sequential scan
 * (which the planner picks once many rows match) decompresses and tests every
 * vector, several times slower.
 */
export const searchSettings = (withText: boolean) =>
  Prisma.sql`SELECT set_config('work_mem', '32MB', true), set_config('enable_seqscan', ${withText ? "off" : "on"}, true)`;

const selectedFacets = (query: SearchQuery): Facet[] => FACETS.filter((f) => (query.filters[f]?.length ?? 0) > 0);

const alias = (f: Facet) => Prisma.raw(`"f_${f}"`);

function orderBy(query: SearchQuery, ranked: boolean): Prisma.Sql {
  if (query.sort === "title") return Prisma.sql`m."title_key" ASC, m."id" ASC`;
  if (ranked) return Prisma.sql`m."rank" DESC, m."updated" DESC, m."id" ASC`;
  return Prisma.sql`m."updated" DESC, m."id" ASC`;
}

export type SearchRow = {
  total: number;
  hits: unknown[];
  facets: [string, string, number][];
};

/**
 * One statement: the matching rows are collected once (with the rows that
 * fail exactly one selected facet, since only those count anywhere), then read
 * three times: the scalar facets and the total in one grouping-sets pass, the
 * array facets, and the page.
 */
/** Rank and match of one text query; the benchmark's floor swaps in a plain tsquery. */
export type TextSql = { match: (vector: Prisma.Sql) => Prisma.Sql; rank: (vector: Prisma.Sql) => Prisma.Sql };

export const textSql = (text: TextQuery): TextSql => ({
  match: (vector) => textMatch(vector, text),
  rank: (vector) => textRank(vector, text),
});

export function searchStatement(query: SearchQuery, text: TextSql | null): Prisma.Sql {
  const selected = selectedFacets(query);
  const flags = selected.map(
    (f) => Prisma.sql`coalesce(${FACET_COLUMNS[f].match(query.filters[f] ?? [])}, false) AS ${alias(f)}`,
  );
  const misses = selected.length
    ? Prisma.join(
        selected.map((f) => Prisma.sql`(NOT x.${alias(f)})::int`),
        " + ",
      )
    : Prisma.sql`0`;
  const titleKey = query.locale === "en" ? Prisma.sql`coalesce(i."titleEn", i."titleLv")` : Prisma.sql`i."titleLv"`;
  const ranked = query.sort === "relevance" && text !== null;
  const vector = Prisma.sql`i."search_vector"`;
  const offset = (query.page - 1) * query.pageSize;

  // The rows that match every selection. Without a selection that is all of them (said so, the planner
  // estimates the size of what it aggregates right); "< 1" rather than "= 0" for the same reason.
  const matching = selected.length ? Prisma.sql`m."misses" < 1` : Prisma.sql`true`;
  // Rows that count towards facet f: all matches, plus the rows failing only f's own selection.
  const counts = (f: Facet) => (selected.includes(f) ? Prisma.sql`(${matching} OR NOT m.${alias(f)})` : matching);
  const col = (f: Facet) => Prisma.raw(`m."c_${f}"`);
  const scalars = FACETS.filter((f) => !FACET_COLUMNS[f].array);
  const arrays = FACETS.filter((f) => FACET_COLUMNS[f].array);
  const scalarCounts = Prisma.sql`
    SELECT ${Prisma.join(scalars.map((f) => Prisma.sql`GROUPING(${col(f)}) = 0 AS ${Prisma.raw(`"g_${f}"`)}, ${col(f)}`))},
      ${Prisma.join(scalars.map((f) => Prisma.sql`count(*) FILTER (WHERE ${counts(f)})::int AS ${Prisma.raw(`"n_${f}"`)}`))},
      count(*) FILTER (WHERE ${matching})::int AS "n_total"
    FROM m GROUP BY GROUPING SETS (${Prisma.join(scalars.map((f) => Prisma.sql`(${col(f)})`))}, ())`;
  const scalarRows = Prisma.join(
    scalars.map(
      (f) => Prisma.sql`SELECT ${f}::text, s.${Prisma.raw(`"c_${f}"`)}, s.${Prisma.raw(`"n_${f}"`)} FROM s
      WHERE s.${Prisma.raw(`"g_${f}"`)} AND s.${Prisma.raw(`"c_${f}"`)} IS NOT NULL AND s.${Prisma.raw(`"n_${f}"`)} > 0`,
    ),
    " UNION ALL ",
  );
  // A set-returning function in the select list unnests each row's values once,
  // far cheaper than a lateral join per row.
  const arrayCounts = Prisma.join(
    arrays.map(
      (f) =>
        Prisma.sql`SELECT ${f}::text, t.v, count(*)::int FROM (SELECT unnest(${col(f)}) AS v FROM m WHERE ${counts(f)}) t GROUP BY t.v`,
    ),
    " UNION ALL ",
  );
  const facetColumns = FACETS.map((f) => Prisma.sql`${FACET_COLUMNS[f].column} AS ${Prisma.raw(`"c_${f}"`)}`);

  const kept = [
    Prisma.sql`y."id", y."updated", y."title_key", y."misses"`,
    ...FACETS.map((f) => Prisma.sql`y.${Prisma.raw(`"c_${f}"`)}`),
    ...selected.map((f) => Prisma.sql`y.${alias(f)}`),
  ];
  return Prisma.sql`
    WITH m AS MATERIALIZED (
      SELECT ${Prisma.join(kept)},
        -- ranked on the titles (search_head, kept in the row), only for the rows that count
        ${ranked && text ? Prisma.sql`CASE WHEN y."misses" = 0 THEN ${text.rank(Prisma.sql`y."head"`)} END` : Prisma.sql`0`} AS "rank"
      FROM (SELECT x.*, ${misses} AS "misses" FROM (
        SELECT i."id", i."updatedAt" AS "updated",
          ${query.sort === "title" ? Prisma.sql`${titleKey} COLLATE public.sikc_lv` : Prisma.sql`NULL::text`} AS "title_key",
          ${ranked ? Prisma.sql`i."search_head"` : Prisma.sql`NULL::tsvector`} AS "head",
          ${Prisma.join([...facetColumns, ...flags])}
        FROM ${
          text
            ? // the words' rows alone, so the text search itself is a GIN index scan (searchSettings)
              Prisma.sql`(SELECT * FROM "Innovation" i WHERE ${text.match(vector)} OFFSET 0) i`
            : Prisma.sql`"Innovation" i`
        }
        WHERE i."publication" = 'PUBLISHED'
      ) x) y
      WHERE y."misses" <= 1
    ),
    page AS (
      SELECT m."id", row_number() OVER () AS ord FROM (
        SELECT m."id" FROM m WHERE ${matching} ORDER BY ${orderBy(query, ranked)}
        LIMIT ${query.pageSize} OFFSET ${offset}
      ) m
    ),
    s AS MATERIALIZED (${scalarCounts})
    SELECT
      (SELECT s."n_total" FROM s WHERE NOT (${Prisma.join(
        scalars.map((f) => Prisma.sql`s.${Prisma.raw(`"g_${f}"`)}`),
        " OR ",
      )})) AS "total",
      (SELECT coalesce(json_agg(json_build_object(
          'id', i."id", 'slug', i."slug", 'titleLv', i."titleLv", 'titleEn', i."titleEn",
          'summaryLv', i."summaryLv", 'summaryEn', i."summaryEn", 'stage', i."stage", 'status', i."status",
          'themes', i."themes", 'targetGroups', i."targetGroups", 'region', i."region", 'country', i."country",
          'startYear', i."startYear",
          'updatedAt', to_char(i."updatedAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')
        ) ORDER BY page.ord), '[]'::json)
        FROM page JOIN "Innovation" i ON i."id" = page."id") AS "hits",
      (SELECT coalesce(json_agg(json_build_array(u.f, u.v, u.c)), '[]'::json) FROM (
        ${scalarRows} UNION ALL ${arrayCounts}
      ) u(f, v, c)) AS "facets"
  `;
}
