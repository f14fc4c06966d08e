// SQL of the PostgreSQL engine, built with Prisma.sql: the statement's shape
// depends on which facets are selected, every value is a bound parameter.
import { Prisma } from "@/lib/generated/prisma/client";
import { FACETS, type Facet, type SearchQuery } from "./engine";

type FacetColumn = { column: Prisma.Sql; array: boolean; match: (values: string[]) => Prisma.Sql };

const anyText = (col: string) => (v: string[]) => Prisma.sql`${Prisma.raw(col)} = ANY(${v}::text[])`;
const overlaps = (col: string) => (v: string[]) => Prisma.sql`${Prisma.raw(col)} && ${v}::text[]`;

// Column names are fixed identifiers from this table, never user input.
export const FACET_COLUMNS: Record<Facet, FacetColumn> = {
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
    match: (v) => Prisma.sql`i."startYear" = ANY(${v.map(Number).filter(Number.isInteger)}::int[])`,
  },
};

export type TextQuery = { full: string; exact: string; typos: boolean } | null;

/** Facets with at least one selected value, in FACETS order. */
export const selectedFacets = (query: SearchQuery): Facet[] =>
  FACETS.filter((f) => (query.filters[f]?.length ?? 0) > 0);

const alias = (f: Facet) => Prisma.raw(`"f_${f}"`);

function orderBy(query: SearchQuery, text: TextQuery): Prisma.Sql {
  if (query.sort === "title") return Prisma.sql`m."title_key" ASC, m."id" ASC`;
  if (query.sort === "relevance" && text) return Prisma.sql`m."rank" DESC, m."updated" DESC, m."id" ASC`;
  return Prisma.sql`m."updated" DESC, m."id" ASC`;
}

/**
 * One statement: the matching rows are collected once (rows that fail at most
 * one selected facet, since only those count anywhere), then the total, the
 * page and every facet's disjunctive counts are read from that set.
 */
export function searchStatement(query: SearchQuery, text: TextQuery): Prisma.Sql {
  const selected = selectedFacets(query);
  const flags = selected.map((f) => Prisma.sql`coalesce(${FACET_COLUMNS[f].match(query.filters[f] ?? [])}, false) AS ${alias(f)}`);
  const misses = selected.length
    ? Prisma.join(selected.map((f) => Prisma.sql`(NOT x.${alias(f)})::int`), " + ")
    : Prisma.sql`0`;
  const titleKey =
    query.locale === "en" ? Prisma.sql`coalesce(i."titleEn", i."titleLv")` : Prisma.sql`i."titleLv"`;
  const rank = !text
    ? Prisma.sql`0::real`
    : text.typos
      ? Prisma.sql`ts_rank(i."search_vector", q."full") + ts_rank(i."search_vector", q."exact")`
      : Prisma.sql`ts_rank(i."search_vector", q."full")`;
  const needRank = query.sort === "relevance" && text !== null;
  const offset = (query.page - 1) * query.pageSize;

  const facetSelects = FACETS.map((f) => {
    const { column, array } = FACET_COLUMNS[f];
    const where = selected.includes(f) ? Prisma.sql`m."misses" = 0 OR NOT m.${alias(f)}` : Prisma.sql`m."misses" = 0`;
    const col = Prisma.raw(`"c_${f}"`);
    return array
      ? Prisma.sql`SELECT ${f}::text AS f, v AS v, count(*)::int AS c FROM m, unnest(m.${col}) AS v WHERE ${where} GROUP BY v`
      : Prisma.sql`SELECT ${f}::text AS f, m.${col} AS v, count(*)::int AS c FROM m WHERE (${where}) AND m.${col} IS NOT NULL GROUP BY m.${col}`;
  });
  const facetColumns = FACETS.map((f) => Prisma.sql`${FACET_COLUMNS[f].column} AS ${Prisma.raw(`"c_${f}"`)}`);

  return Prisma.sql`
    WITH q AS (
      SELECT ${text ? Prisma.sql`to_tsquery('simple', ${text.full})` : Prisma.sql`NULL::tsquery`} AS "full",
        ${text ? Prisma.sql`to_tsquery('simple', ${text.exact})` : Prisma.sql`NULL::tsquery`} AS "exact"
    ),
    m AS MATERIALIZED (
      SELECT y.*,
        ${needRank ? Prisma.sql`CASE WHEN y."misses" = 0 THEN y."rank0" END` : Prisma.sql`0::real`} AS "rank"
      FROM (SELECT x.*, ${misses} AS "misses" FROM (
        SELECT i."id", i."updatedAt" AS "updated",
          ${query.sort === "title" ? Prisma.sql`${titleKey} COLLATE public.sikc_lv` : Prisma.sql`NULL::text`} AS "title_key",
          ${needRank ? rank : Prisma.sql`0::real`} AS "rank0",
          ${Prisma.join([...facetColumns, ...flags])}
        FROM "Innovation" i CROSS JOIN q
        WHERE i."publication" = 'PUBLISHED'
          ${text ? Prisma.sql`AND i."search_vector" @@ q."full"` : Prisma.empty}
      ) x) y
      WHERE y."misses" <= 1
    ),
    page AS (
      SELECT m."id", row_number() OVER () AS ord FROM (
        SELECT m."id" FROM m WHERE m."misses" = 0 ORDER BY ${orderBy(query, text)}
        LIMIT ${query.pageSize} OFFSET ${offset}
      ) m
    )
    SELECT
      (SELECT count(*)::int FROM m WHERE m."misses" = 0) AS "total",
      (SELECT coalesce(json_agg(json_build_object(
          'id', i."id", 'slug', i."slug", 'titleLv', i."titleLv", 'titleEn', i."titleEn",
          'summaryLv', i."summaryLv", 'summaryEn', i."summaryEn", 'stage', i."stage", 'status', i."status",
          'themes', i."themes", 'targetGroups', i."targetGroups", 'region', i."region", 'country', i."country",
          'startYear', i."startYear",
          'updatedAt', to_char(i."updatedAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')
        ) ORDER BY page.ord), '[]'::json)
        FROM page JOIN "Innovation" i ON i."id" = page."id") AS "hits",
      (SELECT coalesce(json_agg(json_build_array(u.f, u.v, u.c)), '[]'::json) FROM (
        ${Prisma.join(facetSelects, " UNION ALL ")}
      ) u) AS "facets"
  `;
}
