// The built-in search engine: PostgreSQL full-text search over the columns the
// search migrations maintain by trigger, facet counts and paging in memory
// (facet-index.ts, rebuilt from PostgreSQL when the data version moves). Its
// "index" is the Innovation table itself, so upsert/remove have nothing to
// copy. No "server-only" here: the reindex script, the worker and the
// benchmark construct it with their own client.
import { Prisma } from "@/generated/prisma/client";
import type { createPrismaClient } from "@/lib/db-client";
import { FACETS, type FacetCounts, type SearchEngine, type SearchHit, type SearchQuery, type SearchResult } from "./engine";
import { searchIndex, type FacetIndex, type TextMatches } from "./facet-index";
import { createIndexHolder, readVersion, titleOrder } from "./facet-index-load";
import { buildTsQueries, queryWords, typoCandidates, TYPO_MIN_LENGTH } from "./text";

export type SearchDb = Pick<ReturnType<typeof createPrismaClient>, "$queryRaw" | "$executeRaw" | "$transaction">;

type TextQuery = { full: string; exact: string } | null;

/** Typo candidates per lexicon lookup: enough for real typos, bounded for cost. */
const CANDIDATES_PER_WORD = 20;

export function emptyFacets(): FacetCounts {
  return Object.fromEntries(FACETS.map((f) => [f, []])) as unknown as FacetCounts;
}

/** Count descending, then value, so both engines list values in the same order. */
export function sortFacetValues(facets: FacetCounts): FacetCounts {
  for (const f of FACETS) facets[f].sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
  return facets;
}

async function resolveText(db: SearchDb, q: string): Promise<TextQuery> {
  const words = queryWords(q);
  if (words.length === 0) return null;
  // Normalised by the same f_unaccent(lower()) as the indexed text; similar
  // lexicon words come from the trigram index (pg_trgm's default 0.3
  // similarity admits every one-edit variant of a 5+ letter word).
  const rows = await db.$queryRaw<{ n: bigint; word: string; candidates: string[] }[]>`
    SELECT w.n, w.word, coalesce(
      (SELECT array_agg(l."word") FROM (
        SELECT s."word" FROM "SearchLexicon" s
        WHERE length(w.word) >= ${TYPO_MIN_LENGTH} AND s."word" % w.word
        ORDER BY s."word" <-> w.word LIMIT ${CANDIDATES_PER_WORD}) l), '{}') AS candidates
    FROM (SELECT n, public.f_unaccent(lower(t.w)) AS word FROM unnest(${words}::text[]) WITH ORDINALITY AS t(w, n)) w
    ORDER BY w.n`;
  // unaccent can expand a character into punctuation (e.g. "½" → " 1/2"),
  // so the normalised word is split again.
  const resolved = rows.flatMap((r, index) =>
    r.word
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean)
      .map((word, part, all) => ({
        word,
        typos: typoCandidates(word, r.candidates),
        last: index === rows.length - 1 && part === all.length - 1,
      })),
  );
  const built = buildTsQueries(resolved);
  return built;
}

/**
 * Seqs (search_seq) of the rows a text query matches, with their relevance
 * bucket when ranked: 3 = every word exactly in the title, 1 = title match with
 * typos or prefixes, 0 = elsewhere (exact title matches are also title
 * matches, and every title match is a document match). Unpublished rows come
 * back too; the in-memory index knows only published ones and drops them.
 */
async function matchText(db: SearchDb, text: NonNullable<TextQuery>, ranked: boolean): Promise<TextGroups> {
  const part = (kind: string, column: Prisma.Sql, tsquery: string) => Prisma.sql`
    SELECT ${kind}::text AS k, string_agg(d."seq"::text, ',') AS seqs
    FROM "SearchDocument" d WHERE d.${column} @@ to_tsquery('simple', ${tsquery})`;
  const parts = [part("doc", Prisma.raw(`"document"`), text.full)];
  if (ranked) parts.push(part("title", Prisma.raw(`"title"`), text.full), part("exact", Prisma.raw(`"title"`), text.exact));
  // With many matches the planner would pick a sequential scan, which
  // detoasts every document vector; the GIN bitmap needs no recheck.
  const [, rows] = await db.$transaction([
    db.$executeRaw`SET LOCAL enable_seqscan = off`,
    db.$queryRaw<{ k: "doc" | "title" | "exact"; seqs: string | null }[]>(Prisma.join(parts, " UNION ALL ")),
  ]);
  const get = (k: string) => rows.find((r) => r.k === k)?.seqs ?? "";
  return { doc: get("doc"), title: get("title"), exact: get("exact") };
}

type TextGroups = { doc: string; title: string; exact: string };

/** Calls `each` with every number of a comma-separated list. */
function forEachNumber(list: string, each: (n: number) => void) {
  let value = 0;
  for (let i = 0; i <= list.length; i++) {
    const c = i < list.length ? list.charCodeAt(i) : 44;
    if (c !== 44) value = value * 10 + (c - 48);
    else {
      if (i > 0) each(value);
      value = 0;
    }
  }
}

/** Rows of the index that the text matched (rows published after the index was read are left out). */
function toMatches(index: FacetIndex, groups: TextGroups): TextMatches {
  const bucketOf = new Uint8Array(index.seqs.length);
  const mark = (add: number) => (seq: number) => {
    const row = seq < index.rowOfSeq.length ? index.rowOfSeq[seq]! : -1;
    if (row >= 0) bucketOf[row] = add;
  };
  forEachNumber(groups.title, mark(1));
  forEachNumber(groups.exact, mark(3));
  const rows: number[] = [];
  const buckets: number[] = [];
  forEachNumber(groups.doc, (seq) => {
    const row = seq < index.rowOfSeq.length ? index.rowOfSeq[seq]! : -1;
    if (row < 0) return;
    rows.push(row);
    buckets.push(bucketOf[row]!);
  });
  return { rows: Int32Array.from(rows), buckets: Uint8Array.from(buckets) };
}

async function readHits(db: SearchDb, seqs: number[]): Promise<SearchHit[]> {
  if (seqs.length === 0) return [];
  const rows = await db.$queryRaw<{ seq: number; hit: SearchHit }[]>`
    SELECT i."search_seq" AS seq, json_build_object(
      'id', i."id", 'slug', i."slug", 'titleLv', i."titleLv", 'titleEn', i."titleEn",
      'summaryLv', i."summaryLv", 'summaryEn', i."summaryEn", 'stage', i."stage", 'status', i."status",
      'themes', i."themes", 'targetGroups', i."targetGroups", 'region', i."region", 'country', i."country",
      'startYear', i."startYear",
      'updatedAt', to_char(i."updatedAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')
    ) AS hit
    FROM "Innovation" i WHERE i."search_seq" = ANY(${seqs}::int[])`;
  const bySeq = new Map(rows.map((r) => [Number(r.seq), r.hit]));
  return seqs.map((seq) => bySeq.get(seq)).filter((h): h is SearchHit => h !== undefined);
}

/** Text matches kept per data version: a popular word at 100 000 rows matches tens of thousands. */
const TEXT_CACHE_ROWS = 4_000_000; // ~20 MB of rows and buckets

export type PostgresEngineOptions = {
  /** Keep text matches per data version (default); off for measuring the uncached path. */
  textCache?: boolean;
};

/**
 * Least recently used text matches of one index version. A new version (any
 * commit touching an innovation) empties it, so it can never serve stale rows.
 */
function createTextCache(limitRows: number) {
  let version = "";
  let rows = 0;
  const done = new Map<string, TextMatches>();
  const loading = new Map<string, Promise<TextMatches>>();
  return {
    async get(index: FacetIndex, key: string, load: () => Promise<TextMatches>): Promise<TextMatches> {
      if (index.version !== version) {
        done.clear();
        loading.clear();
        rows = 0;
        version = index.version;
      }
      const hit = done.get(key);
      if (hit) {
        done.delete(key); // the most recently used goes last
        done.set(key, hit);
        return hit;
      }
      const pending = loading.get(key);
      if (pending) return pending;
      const promise = load();
      loading.set(key, promise);
      try {
        const result = await promise;
        if (version === index.version && loading.get(key) === promise) {
          done.set(key, result);
          rows += result.rows.length;
          for (const [oldKey, old] of done) {
            if (rows <= limitRows) break;
            done.delete(oldKey);
            rows -= old.rows.length;
          }
        }
        return result;
      } finally {
        if (loading.get(key) === promise) loading.delete(key);
      }
    },
  };
}

export function createPostgresEngine(db: SearchDb, options: PostgresEngineOptions = {}): SearchEngine {
  const holder = createIndexHolder(db);
  const textCache = options.textCache === false ? null : createTextCache(TEXT_CACHE_ROWS);
  const matches = async (index: FacetIndex, text: NonNullable<TextQuery>, ranked: boolean) => {
    const load = async () => toMatches(index, await matchText(db, text, ranked));
    if (!textCache) return load();
    return textCache.get(index, `${ranked ? "r" : "u"}\u0000${text.full}\u0000${text.exact}`, load);
  };
  return {
    name: "postgres",

    async search(query: SearchQuery): Promise<SearchResult> {
      // The version first: the index is then at least as new as every commit
      // before this search started, and the text lookup runs meanwhile.
      const [version, text] = await Promise.all([readVersion(db), resolveText(db, query.q)]);
      const ranked = query.sort === "relevance" && text !== null;
      const index = await holder.at(version);
      if (query.sort === "title") await titleOrder(db, index, query.locale);
      const found = searchIndex(index, text ? await matches(index, text, ranked) : null, {
        filters: query.filters,
        sort: query.sort,
        locale: query.locale,
        offset: (query.page - 1) * query.pageSize,
        limit: query.pageSize,
      });
      return {
        total: found.total,
        hits: await readHits(db, found.pageSeqs),
        facets: sortFacetValues(found.facets),
        page: query.page,
        pageSize: query.pageSize,
        engine: "postgres",
      };
    },

    // Triggers keep the search columns current on every write; recomputing the
    // organisation facets here only repairs rows changed with triggers disabled.
    async upsert(ids: string[]) {
      if (ids.length === 0) return;
      await db.$executeRaw`SELECT public.innovation_refresh_org_facets(${ids}::text[])`;
    },

    async remove() {},

    async reindexAll() {
      await db.$executeRaw`DELETE FROM "SearchLexicon"`;
      await db.$executeRaw`UPDATE "Innovation" SET "titleLv" = "titleLv"`;
      await db.$executeRaw`SELECT public.innovation_refresh_org_facets(ARRAY(SELECT "id" FROM "Innovation"))`;
      await db.$executeRaw`
        INSERT INTO "SearchDocument" ("seq", "document", "title")
        SELECT "search_seq", coalesce("search_vector", ''), coalesce("search_title", '') FROM "Innovation"
        ON CONFLICT ("seq") DO UPDATE SET "document" = EXCLUDED."document", "title" = EXCLUDED."title"`;
      await db.$executeRaw`
        DELETE FROM "SearchDocument" d WHERE NOT EXISTS (SELECT 1 FROM "Innovation" i WHERE i."search_seq" = d."seq")`;
      await db.$executeRaw`
        INSERT INTO "SearchLexicon" ("word")
        SELECT DISTINCT w FROM "Innovation", unnest(tsvector_to_array("search_vector")) AS w
        WHERE length(w) >= 4 ON CONFLICT DO NOTHING`;
      const [row] = await db.$queryRaw<{ n: number }[]>(
        Prisma.sql`SELECT count(*)::int AS n FROM "Innovation" WHERE "publication" = 'PUBLISHED'`,
      );
      return row?.n ?? 0;
    },

    async health() {
      try {
        await db.$queryRaw`SELECT 1`;
        return { ok: true };
      } catch (error) {
        return { ok: false, error: error instanceof Error ? error.message.split("\n")[0] : String(error) };
      }
    },
  };
}
