// Keeps a process's in-memory search index (facet-index.ts, text-index.ts)
// as fresh as the committed data: every search first reads the data version,
// which a trigger bumps in the same transaction as any change to an
// innovation and records which rows that version changed (migrations
// search_memory, search_changes). When the version moved, the index is
// patched with just those rows; only a first start, a bulk change or a
// change log pruned past the index's version reads every row again. Each
// read sees one snapshot, so an index is exactly as new as the version it is
// filed under.
import { Prisma } from "@/generated/prisma/client";
import { FACETS, type Facet } from "./engine";
import type { Locale } from "@/lib/i18n/routing";
import type { FacetIndex } from "./facet-index";
import { createIndexStream, patchIndex, type IndexRow } from "./index-build";
import type { SearchDb } from "./postgres";

// Separators of the row text: facet values are vocabulary keys and
// organisation slugs, lexemes come from PostgreSQL's parser, ids are cuids;
// none contains control characters.
const ROW = "\u001e";
const FIELD = "\u001f";
const ITEM = "\u001d";

/** Rows read per statement: each row carries its lexemes (~1 kB), so one statement stays around 5 MB. */
const CHUNK_ROWS = 5_000;
/** More changed rows than this (or a tenth of the index) are read as a whole new index. */
const MAX_PATCH_ROWS = 2_000;

type Reader = Pick<SearchDb, "$queryRaw">;

export async function readVersion(db: Reader): Promise<string> {
  const rows = await db.$queryRaw<{ v: string }[]>`SELECT "version"::text AS v FROM "SearchState" WHERE "id" = 1`;
  return rows[0]?.v ?? "0";
}

/** Each facet's values of row i as one text (ITEM between values, empty for none: concat_ws would drop a NULL and shift the fields). */
const FACET_SQL: Record<Facet, Prisma.Sql> = {
  stage: Prisma.sql`coalesce(i."stage"::text, '')`,
  theme: Prisma.sql`coalesce(array_to_string(i."themes", ${ITEM}), '')`,
  targetGroup: Prisma.sql`coalesce(array_to_string(i."targetGroups", ${ITEM}), '')`,
  region: Prisma.sql`coalesce(i."region"::text, '')`,
  status: Prisma.sql`coalesce(i."status"::text, '')`,
  implementerType: Prisma.sql`coalesce(array_to_string(i."search_implementer_types", ${ITEM}), '')`,
  supporter: Prisma.sql`coalesce(array_to_string(i."search_supporters", ${ITEM}), '')`,
  startYear: Prisma.sql`coalesce(i."startYear"::text, '')`,
};

/** Facet cells in FACETS order, then lexemes, updatedAt (µs) and id: one line per published innovation. */
const ROW_TEXT = Prisma.sql`concat_ws(${FIELD}, i."search_seq",
  ${Prisma.join(
    FACETS.map((f) => FACET_SQL[f]),
    `, `,
  )},
  coalesce(array_to_string(tsvector_to_array(i."search_vector"), ${ITEM}), ''),
  coalesce(array_to_string(tsvector_to_array(i."search_title"), ${ITEM}), ''),
  (extract(epoch FROM i."updatedAt") * 1000000)::bigint, i."id")`;

function parseRows(text: string | null): IndexRow[] {
  if (!text) return [];
  return text.split(ROW).map((line) => {
    const f = line.split(FIELD);
    const list = (v: string | undefined) => (v ? v.split(ITEM) : []);
    const facets = Object.fromEntries(FACETS.map((facet, c) => [facet, list(f[c + 1])])) as Record<Facet, string[]>;
    const k = FACETS.length + 1;
    return {
      seq: Number(f[0]),
      facets,
      document: list(f[k]),
      title: list(f[k + 1]),
      updated: Number(f[k + 2]),
      id: f[k + 3] ?? "",
    };
  });
}

/**
 * Reads every published row in one repeatable-read transaction, in chunks
 * of delimited text (at 100 000 rows far cheaper than result rows or JSON).
 */
async function readIndex(db: SearchDb): Promise<FacetIndex> {
  return db.$transaction(
    async (tx) => {
      const version = await readVersion(tx);
      const [range] = await tx.$queryRaw<{ lo: number | null; hi: number | null }[]>`
        SELECT min(i."search_seq") AS lo, max(i."search_seq") AS hi FROM "Innovation" i WHERE i."publication" = 'PUBLISHED'`;
      const stream = createIndexStream();
      if (range && range.lo !== null && range.hi !== null) {
        for (let from = range.lo; from <= range.hi; from += CHUNK_ROWS) {
          const [chunk] = await tx.$queryRaw<{ rows: string | null }[]>`
            SELECT string_agg(${ROW_TEXT}, ${ROW} ORDER BY i."search_seq") AS rows
            FROM "Innovation" i
            WHERE i."publication" = 'PUBLISHED' AND i."search_seq" >= ${from} AND i."search_seq" < ${from + CHUNK_ROWS}`;
          stream.add(parseRows(chunk?.rows ?? null));
        }
      }
      return stream.finish(version);
    },
    { isolationLevel: Prisma.TransactionIsolationLevel.RepeatableRead, maxWait: 60_000, timeout: 600_000 },
  );
}

/**
 * The index brought up to the current version by patching, or null when it
 * cannot be (the change log no longer reaches back to it, or so many rows
 * changed that reading everything is cheaper).
 */
async function readPatch(db: SearchDb, index: FacetIndex): Promise<FacetIndex | null> {
  const from = BigInt(index.version);
  const limit = Math.max(MAX_PATCH_ROWS, Math.floor(index.seqs.length / 10));
  const [size] = await db.$queryRaw<{ floor: string; changed: number }[]>`
    SELECT s."floor"::text AS floor,
      (SELECT count(*)::int FROM (SELECT DISTINCT c."seq" FROM "SearchChange" c WHERE c."version" > ${from} LIMIT ${limit + 1}) l) AS changed
    FROM "SearchState" s WHERE s."id" = 1`;
  if (!size || BigInt(size.floor) > from || size.changed > limit) return null;
  // One statement: the version, the changed rows and their state share one snapshot.
  const [patch] = await db.$queryRaw<{ version: string; floor: string; seqs: string; rows: string | null }[]>`
    WITH changed AS (SELECT DISTINCT c."seq" FROM "SearchChange" c WHERE c."version" > ${from})
    SELECT s."version"::text AS version, s."floor"::text AS floor,
      (SELECT coalesce(string_agg(changed."seq"::text, ','), '') FROM changed) AS seqs,
      (SELECT string_agg(${ROW_TEXT}, ${ROW}) FROM "Innovation" i
        WHERE i."publication" = 'PUBLISHED' AND i."search_seq" IN (SELECT "seq" FROM changed)) AS rows
    FROM "SearchState" s WHERE s."id" = 1`;
  if (!patch || BigInt(patch.floor) > from) return null;
  const seqs = patch.seqs ? patch.seqs.split(",").map(Number) : [];
  return patchIndex(index, seqs, parseRows(patch.rows), patch.version);
}

const titleLoads = new WeakMap<FacetIndex, Partial<Record<Locale, Promise<Int32Array>>>>();

/**
 * The index's rows in title order (sikc_lv collation, as the SQL oracle), read
 * once per index and locale. Rows published after the index was read are left
 * out; rows unpublished since go last (the next search rebuilds anyway).
 */
export function titleOrder(db: SearchDb, index: FacetIndex, locale: Locale): Promise<Int32Array> {
  const known = index.titleOrders[locale];
  if (known) return Promise.resolve(known);
  const loads = titleLoads.get(index) ?? {};
  titleLoads.set(index, loads);
  return (loads[locale] ??= (async () => {
    const title = locale === "en" ? Prisma.sql`coalesce(i."titleEn", i."titleLv")` : Prisma.sql`i."titleLv"`;
    const [row] = await db.$queryRaw<{ seqs: string | null }[]>`
      SELECT string_agg(i."search_seq"::text, ',' ORDER BY ${title} COLLATE public.sikc_lv, i."id") AS seqs
      FROM "Innovation" i WHERE i."publication" = 'PUBLISHED'`;
    const seen = new Uint8Array(index.seqs.length);
    const order: number[] = [];
    for (const part of (row?.seqs ?? "").split(",")) {
      const seq = Number(part);
      const r = part && seq < index.rowOfSeq.length ? index.rowOfSeq[seq]! : -1;
      if (r < 0 || seen[r]) continue;
      seen[r] = 1;
      order.push(r);
    }
    for (let r = 0; r < seen.length; r++) if (!seen[r]) order.push(r);
    const result = Int32Array.from(order);
    index.titleOrders[locale] = result;
    return result;
  })());
}

/** The current index of one engine instance; concurrent searches share one rebuild. */
export function createIndexHolder(db: SearchDb) {
  let current: FacetIndex | null = null;
  let building: { version: string; promise: Promise<FacetIndex> } | null = null;

  async function build(): Promise<FacetIndex> {
    const index = (current && (await readPatch(db, current))) || (await readIndex(db));
    // A newer build may have finished first; keep the newest.
    if (!current || BigInt(current.version) <= BigInt(index.version)) current = index;
    return index;
  }

  return {
    /** The index for the data version `version` (read by the caller before searching). */
    async at(version: string): Promise<FacetIndex> {
      if (current && BigInt(current.version) >= BigInt(version)) return current;
      // A build asked for at this version or later reads a snapshot at least as new.
      if (building && BigInt(building.version) >= BigInt(version)) return building.promise;
      const promise = build().finally(() => {
        if (building?.promise === promise) building = null;
      });
      building = { version, promise };
      return promise;
    },
  };
}
