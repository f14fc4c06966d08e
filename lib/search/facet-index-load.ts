// Keeps a process's in-memory facet index (facet-index.ts) as fresh as the
// committed data: every search first reads the data version, which a trigger
// bumps in the same transaction as any change to an innovation (migration
// search_memory), and rebuilds the index when it moved. The version and the
// rows are read in one snapshot, so a copy is exactly as new as the version
// it is filed under.
import { Prisma } from "@/generated/prisma/client";
import { FACETS, type Facet } from "./engine";
import { buildColumn, type FacetIndex } from "./facet-index";
import { createPostingsBuilder } from "./text-index";
import type { SearchDb } from "./postgres";

// Separators of the snapshot text: facet values are vocabulary keys and
// organisation slugs, lexemes come from PostgreSQL's parser; none contains
// control characters.
const ROW = "\u001e";
const FIELD = "\u001f";
const ITEM = "\u001d";

/** Rows read per statement: each row carries its lexemes (~1 kB), so one statement stays around 5 MB. */
const CHUNK_ROWS = 5_000;

type Reader = Pick<SearchDb, "$queryRaw">;

export async function readVersion(db: Reader): Promise<string> {
  const rows = await db.$queryRaw<{ v: string }[]>`SELECT "version"::text AS v FROM "SearchState" WHERE "id" = 1`;
  return rows[0]?.v ?? "0";
}

/** Facet cells and lexemes, row by row, in the order rows are added. */
function createIndexBuilder() {
  const seqs: number[] = [];
  const cells: string[][] = Array.from({ length: 8 }, () => []);
  const document = createPostingsBuilder();
  const title = createPostingsBuilder();
  return {
    /** One chunk of the snapshot text: seq, 8 facet cells, document lexemes, title lexemes per row. */
    add(text: string) {
      if (!text) return;
      for (const line of text.split(ROW)) {
        const f = line.split(FIELD);
        const row = seqs.length;
        seqs.push(Number(f[0]));
        for (let c = 0; c < 8; c++) cells[c]!.push(f[c + 1] ?? "");
        for (const lexeme of (f[9] ?? "").split(ITEM)) if (lexeme) document.add(lexeme, row);
        for (const lexeme of (f[10] ?? "").split(ITEM)) if (lexeme) title.add(lexeme, row);
      }
    },
    finish(version: string, newestSeqs: string): FacetIndex {
      const scalar = (c: number) => cells[c]!.map((v) => (v === "" ? null : v));
      const list = (c: number) => cells[c]!.map((v) => (v === "" ? [] : v.split(ITEM)));
      const maxSeq = seqs.reduce((a, b) => Math.max(a, b), 0);
      const rowOfSeq = new Int32Array(maxSeq + 1).fill(-1);
      seqs.forEach((seq, row) => (rowOfSeq[seq] = row));
      const columns: Record<Facet, ReturnType<typeof buildColumn>> = {
        stage: buildColumn(scalar(0)),
        status: buildColumn(scalar(1)),
        region: buildColumn(scalar(2)),
        startYear: buildColumn(scalar(3)),
        theme: buildColumn(list(4)),
        targetGroup: buildColumn(list(5)),
        implementerType: buildColumn(list(6)),
        supporter: buildColumn(list(7)),
      };
      for (const f of FACETS) if (!columns[f]) throw new Error(`facet index: no column for ${f}`);
      const newest = newestSeqs ? newestSeqs.split(",").map((seq) => rowOfSeq[Number(seq)]!) : [];
      return {
        version,
        seqs: Int32Array.from(seqs),
        rowOfSeq,
        columns,
        newest: Int32Array.from(newest),
        titleOrders: {},
        text: { document: document.finish(), title: title.finish() },
      };
    },
  };
}

/**
 * Reads the whole index in one repeatable-read transaction, so the version
 * it is filed under and every chunk come from the same snapshot. Each chunk
 * is one delimited text: at 100 000 rows, splitting text is far cheaper than
 * result rows or JSON. The newest-first order is computed by PostgreSQL, with
 * the collation the SQL oracle uses for the id tie-break.
 */
export async function readIndex(db: SearchDb): Promise<FacetIndex> {
  return db.$transaction(
    async (tx) => {
      const version = await readVersion(tx);
      const [range] = await tx.$queryRaw<{ lo: number | null; hi: number | null; newest: string }[]>`
        SELECT min(i."search_seq") AS lo, max(i."search_seq") AS hi,
          coalesce(string_agg(i."search_seq"::text, ',' ORDER BY i."updatedAt" DESC, i."id"), '') AS newest
        FROM "Innovation" i WHERE i."publication" = 'PUBLISHED'`;
      const builder = createIndexBuilder();
      if (range && range.lo !== null && range.hi !== null) {
        for (let from = range.lo; from <= range.hi; from += CHUNK_ROWS) {
          const [chunk] = await tx.$queryRaw<{ rows: string | null }[]>`
            SELECT string_agg(concat_ws(${FIELD}, i."search_seq", i."stage", i."status", coalesce(i."region", ''),
              coalesce(i."startYear"::text, ''), array_to_string(i."themes", ${ITEM}), array_to_string(i."targetGroups", ${ITEM}),
              coalesce(array_to_string(i."search_implementer_types", ${ITEM}), ''), coalesce(array_to_string(i."search_supporters", ${ITEM}), ''),
              coalesce(array_to_string(tsvector_to_array(d."document"), ${ITEM}), ''),
              coalesce(array_to_string(tsvector_to_array(d."title"), ${ITEM}), '')), ${ROW} ORDER BY i."search_seq") AS rows
            FROM "Innovation" i LEFT JOIN "SearchDocument" d ON d."seq" = i."search_seq"
            WHERE i."publication" = 'PUBLISHED' AND i."search_seq" >= ${from} AND i."search_seq" < ${from + CHUNK_ROWS}`;
          builder.add(chunk?.rows ?? "");
        }
      }
      return builder.finish(version, range?.newest ?? "");
    },
    { isolationLevel: Prisma.TransactionIsolationLevel.RepeatableRead, maxWait: 60_000, timeout: 600_000 },
  );
}

const titleLoads = new WeakMap<FacetIndex, Partial<Record<"lv" | "en", Promise<Int32Array>>>>();

/**
 * The index's rows in title order (sikc_lv collation, as the SQL oracle), read
 * once per index and locale. Rows published after the index was read are left
 * out; rows unpublished since go last (the next search rebuilds anyway).
 */
export function titleOrder(db: SearchDb, index: FacetIndex, locale: "lv" | "en"): Promise<Int32Array> {
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
    const index = await readIndex(db);
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
