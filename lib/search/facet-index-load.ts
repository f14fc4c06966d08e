// Keeps a process's in-memory facet index (facet-index.ts) as fresh as the
// committed data: every search first reads the data version, which a trigger
// bumps in the same transaction as any change to an innovation (migration
// search_memory), and rebuilds the index when it moved. The version is read
// before the rows, so a copy is never older than the version it is filed
// under; a commit in between only causes one more rebuild.
import { Prisma } from "@/generated/prisma/client";
import { FACETS, type Facet } from "./engine";
import { buildColumn, type FacetIndex } from "./facet-index";
import type { SearchDb } from "./postgres";

// Separators of the snapshot text: facet values are vocabulary keys and
// organisation slugs, which never contain control characters.
const ROW = "\u001e";
const FIELD = "\u001f";
const ITEM = "\u001d";

type Snapshot = { rows: string; newest: string };

export async function readVersion(db: SearchDb): Promise<string> {
  const rows = await db.$queryRaw<{ v: string }[]>`SELECT "version"::text AS v FROM "SearchState" WHERE "id" = 1`;
  return rows[0]?.v ?? "0";
}

/**
 * One statement, one delimited text per column set: at 100 000 rows, splitting
 * ~5 MB of text is far cheaper than 100 000 result rows or a JSON document
 * three times the size. The newest-first order is computed by PostgreSQL,
 * with the collation the SQL oracle uses for the id tie-break.
 */
async function readSnapshot(db: SearchDb): Promise<Snapshot> {
  const rows = await db.$queryRaw<Snapshot[]>`
    SELECT
      coalesce(string_agg(concat_ws(${FIELD}, i."search_seq", i."stage", i."status", coalesce(i."region", ''),
        coalesce(i."startYear"::text, ''), array_to_string(i."themes", ${ITEM}), array_to_string(i."targetGroups", ${ITEM}),
        array_to_string(i."search_implementer_types", ${ITEM}), array_to_string(i."search_supporters", ${ITEM})), ${ROW}
        ORDER BY i."search_seq"), '') AS rows,
      coalesce(string_agg(i."search_seq"::text, ',' ORDER BY i."updatedAt" DESC, i."id"), '') AS newest
    FROM "Innovation" i WHERE i."publication" = 'PUBLISHED'`;
  return rows[0] ?? { rows: "", newest: "" };
}

export function indexFromSnapshot(version: string, s: Snapshot): FacetIndex {
  const lines = s.rows ? s.rows.split(ROW) : [];
  const seqs = new Int32Array(lines.length);
  const cells: string[][] = Array.from({ length: 8 }, () => new Array<string>(lines.length));
  lines.forEach((line, row) => {
    const f = line.split(FIELD);
    seqs[row] = Number(f[0]);
    for (let c = 0; c < 8; c++) cells[c]![row] = f[c + 1] ?? "";
  });
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
  const newest = s.newest ? s.newest.split(",").map((seq) => rowOfSeq[Number(seq)]!) : [];
  return { version, seqs, rowOfSeq, columns, newest: Int32Array.from(newest), titleOrders: {} };
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

  async function build(version: string): Promise<FacetIndex> {
    const index = indexFromSnapshot(version, await readSnapshot(db));
    // A newer build may have finished first; keep the newest.
    if (!current || BigInt(current.version) <= BigInt(version)) current = index;
    return index;
  }

  return {
    /** The index for the data version `version` (read by the caller before searching). */
    async at(version: string): Promise<FacetIndex> {
      if (current && current.version === version) return current;
      if (current && BigInt(current.version) > BigInt(version)) return current;
      if (building && building.version === version) return building.promise;
      const promise = build(version).finally(() => {
        if (building?.promise === promise) building = null;
      });
      building = { version, promise };
      return promise;
    },
  };
}
