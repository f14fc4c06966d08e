// Faceted filtering of the public finders in SQL, as in the innovation
// search: values of one facet are alternatives (OR), facets narrow each other
// (AND), and the count beside a value is the number of results after ticking
// it (each facet counted under the other facets' filters only). One
// statement gives every facet's counts and the total; the page of ids is a
// second one, run beside it.
import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";

export type FacetColumn = {
  /** The facet's name in the URL and in the result. */
  name: string;
  /** The column or expression, over the alias used in `from`. */
  sql: Prisma.Sql;
  /** text[] (a record may have several values) or text (one value, or null). */
  multi: boolean;
};

export type FacetValueCount = { value: string; count: number };

export type FacetedSource = {
  /** `"Table" alias WHERE …`: the rows a finder searches (published, matching the words…). */
  from: Prisma.Sql;
  facets: readonly FacetColumn[];
  filters: Partial<Record<string, string[]>>;
};

function predicate(facet: FacetColumn, selected: string[] | undefined): Prisma.Sql {
  if (!selected?.length) return Prisma.sql`TRUE`;
  return facet.multi
    ? Prisma.sql`(${facet.sql} && ${selected}::text[])`
    : Prisma.sql`(${facet.sql} = ANY(${selected}::text[]))`;
}

/** Every facet's filter, ANDed: the rows that are results. */
export function matchesAll(source: FacetedSource): Prisma.Sql {
  return Prisma.join(
    source.facets.map((f) => predicate(f, source.filters[f.name])),
    " AND ",
  );
}

/** Disjunctive counts of every facet and the total, in one statement. */
export async function countFacets(
  source: FacetedSource,
): Promise<{ total: number; facets: Record<string, FacetValueCount[]> }> {
  const { facets } = source;
  const columns = facets.map((f, i) => Prisma.sql`${f.sql} AS ${Prisma.raw(`f${i}`)}`);
  const flags = facets.map((f, i) => Prisma.sql`${predicate(f, source.filters[f.name])} AS ${Prisma.raw(`m${i}`)}`);
  const others = (i: number) =>
    Prisma.raw(
      facets
        .map((_, j) => (j === i ? null : `m${j}`))
        .filter(Boolean)
        .join(" AND ") || "TRUE",
    );
  const perFacet = facets.map((f, i) =>
    f.multi
      ? Prisma.sql`SELECT ${i}::int AS facet, v AS value, count(*)::int AS n FROM base, unnest(${Prisma.raw(`f${i}`)}) v WHERE ${others(i)} GROUP BY v`
      : Prisma.sql`SELECT ${i}::int AS facet, ${Prisma.raw(`f${i}`)} AS value, count(*)::int AS n FROM base WHERE ${others(i)} AND ${Prisma.raw(`f${i}`)} IS NOT NULL GROUP BY ${Prisma.raw(`f${i}`)}`,
  );
  const all = Prisma.raw(facets.map((_, j) => `m${j}`).join(" AND ") || "TRUE");
  const rows = await db.$queryRaw<{ facet: number; value: string | null; n: number }[]>`
    WITH base AS (SELECT ${Prisma.join([...columns, ...flags])} FROM ${source.from})
    ${Prisma.join(perFacet, " UNION ALL ")}
    UNION ALL SELECT -1, NULL, count(*)::int FROM base WHERE ${all}`;
  const out: Record<string, FacetValueCount[]> = Object.fromEntries(facets.map((f) => [f.name, []]));
  let total = 0;
  for (const row of rows) {
    if (row.facet === -1) total = row.n;
    else if (row.value !== null) out[facets[row.facet]!.name]!.push({ value: row.value, count: row.n });
  }
  for (const list of Object.values(out)) list.sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : 1));
  return { total, facets: out };
}
