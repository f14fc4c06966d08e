// The fixed query mix of `npm run bench:search` (text only, facets only,
// text + 3 facets, empty query with all facets; seeded, so every run and
// every script measures the same queries) and the hand-written floor SQL.
import { Prisma } from "../../generated/prisma/client";
import type { SearchQuery } from "../../lib/search/engine";
import { searchStatement } from "../../lib/search/postgres-sql";
import { FOR_WHOM, rng, WHAT, WHERE, WHY, type Rng, type Vocab } from "./bench-corpus";

const stripDiacritics = (s: string) => s.normalize("NFKD").replace(/[\u0300-\u036f]/g, "");
function textQuery(r: Rng): string {
  const phrase = r.pick([...WHAT, ...FOR_WHOM, ...WHERE, ...WHY])[r.int(2)]!;
  const words = phrase.split(" ").filter((w) => w.length > 3);
  let q = r.some(words.length ? words : [phrase], 1, 2).join(" ");
  const roll = r.next();
  if (roll < 0.3) q = stripDiacritics(q);
  else if (roll < 0.5 && q.length > 6)
    q = q.slice(0, 3) + q[4] + q[3] + q.slice(5); // one swapped pair: a typo
  else if (roll < 0.7) q = q.slice(0, Math.max(3, q.length - 3)); // still typing
  return q.toLowerCase();
}

export function queryMix(vocab: Vocab, supporters: string[], count = 200): SearchQuery[] {
  const r = rng(20261123);
  const facets = () => ({
    stage: r.some(vocab.stages, 1, 2),
    theme: r.some(vocab.themes, 1, 2),
    targetGroup: r.some(vocab.targetGroups, 1, 2),
    region: r.some(vocab.regions, 1, 2),
    status: r.some(vocab.statuses, 1, 2),
    implementerType: r.some(vocab.orgTypes, 1, 3),
    supporter: r.some(supporters, 1, 3),
    startYear: r.some(
      Array.from({ length: 21 }, (_, i) => String(2005 + i)),
      2,
      6,
    ),
  });
  const base = (): SearchQuery => ({
    q: "",
    filters: {},
    sort: r.pick(["relevance", "relevance", "newest", "title"] as const),
    page: 1 + (r.next() < 0.2 ? r.int(5) : 0),
    pageSize: 20,
    locale: "lv",
  });
  const pickFacets = (n: number) => {
    const all = facets();
    const keys = r.some(Object.keys(all) as (keyof typeof all)[], n, n);
    return Object.fromEntries(keys.map((k) => [k, all[k]]));
  };
  const out: SearchQuery[] = [];
  for (let i = 0; i < count; i++) {
    const kind = i % 4;
    const q = base();
    if (kind === 0) q.q = textQuery(r);
    if (kind === 1) q.filters = pickFacets(1 + r.int(2));
    if (kind === 2) Object.assign(q, { q: textQuery(r), filters: pickFacets(3) });
    if (kind === 3) q.filters = facets();
    out.push(q);
  }
  return out;
}

/** The query's words as a plain tsquery: unaccented, ANDed, the last one a prefix; no typos, synonyms or English forms. */
function plainTsquery(q: SearchQuery): string {
  const words = stripDiacritics(q.q.toLowerCase())
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  return words.map((w, i) => `'${w}'${i === words.length - 1 ? ":*" : ""}`).join(" & ");
}

/** The engine's own one statement (page, total, disjunctive facets) with a plain tsquery instead of the text layer. */
export function floorFacetsSql(q: SearchQuery): Prisma.Sql {
  const tsq = plainTsquery(q);
  if (!tsq) return searchStatement(q, null);
  return searchStatement(q, {
    match: (vector) => Prisma.sql`${vector} @@ to_tsquery('public.sikc_lv', ${tsq})`,
    rank: (vector) => Prisma.sql`ts_rank('{0.1, 0.2, 0.4, 1.0}', ${vector}, to_tsquery('public.sikc_lv', ${tsq}))`,
  });
}

/** The floor: page and total in one plain statement, no facets and no typo expansion. */
export function floorSql(q: SearchQuery): Prisma.Sql {
  const tsq = plainTsquery(q);
  const conds = [Prisma.sql`i."publication" = 'PUBLISHED'`];
  // through the Latvian dictionary, so the words meet the vectors' lemmas
  if (tsq) conds.push(Prisma.sql`i."search_vector" @@ to_tsquery('public.sikc_lv', ${tsq})`);
  const f = q.filters;
  if (f.stage) conds.push(Prisma.sql`i."stage" = ANY(${f.stage}::text[])`);
  if (f.status) conds.push(Prisma.sql`i."status" = ANY(${f.status}::text[])`);
  if (f.region) conds.push(Prisma.sql`i."region" = ANY(${f.region}::text[])`);
  if (f.theme) conds.push(Prisma.sql`i."themes" && ${f.theme}::text[]`);
  if (f.targetGroup) conds.push(Prisma.sql`i."targetGroups" && ${f.targetGroup}::text[]`);
  if (f.implementerType) conds.push(Prisma.sql`i."search_implementer_types" && ${f.implementerType}::text[]`);
  if (f.supporter) conds.push(Prisma.sql`i."search_supporters" && ${f.supporter}::text[]`);
  if (f.startYear) conds.push(Prisma.sql`i."startYear" = ANY(${f.startYear.map(Number)}::int[])`);
  const order =
    q.sort === "title"
      ? Prisma.sql`i."titleLv" COLLATE public.sikc_lv, i."id"`
      : q.sort === "relevance" && tsq
        ? Prisma.sql`ts_rank(i."search_vector", to_tsquery('public.sikc_lv', ${tsq})) DESC, i."id"`
        : Prisma.sql`i."updatedAt" DESC, i."id"`;
  return Prisma.sql`SELECT i."id", i."slug", i."titleLv", count(*) OVER () AS total FROM "Innovation" i
    WHERE ${Prisma.join(conds, " AND ")} ORDER BY ${order} LIMIT ${q.pageSize} OFFSET ${(q.page - 1) * q.pageSize}`;
}
