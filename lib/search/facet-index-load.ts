// Keeps a process's in-memory facet index (facet-index.ts) as fresh as the
// committed data: every search first reads the data version, which a trigger
// bumps in the same transaction as any change to an innovation (migration
// search_memory), and rebuilds the index when it moved. The version is read
// before the rows, so a copy is never older than the version it is filed
// under; a commit in between only causes one more rebuild.
import { FACETS, type Facet } from "./engine";
import { buildColumn, type FacetIndex } from "./facet-index";
import type { SearchDb } from "./postgres";

type Snapshot = {
  ids: string[];
  seqs: number[];
  stage: string[];
  status: string[];
  region: (string | null)[];
  startYear: (number | null)[];
  themes: string[][];
  targetGroups: string[][];
  implementerTypes: string[][];
  supporters: string[][];
  newest: number[];
  titleLv: number[];
  titleEn: number[];
};

export async function readVersion(db: SearchDb): Promise<string> {
  const rows = await db.$queryRaw<{ v: string }[]>`SELECT "version"::text AS v FROM "SearchState" WHERE "id" = 1`;
  return rows[0]?.v ?? "0";
}

/**
 * One statement, columns as JSON arrays (one big string parses far faster
 * than 100 000 result rows). Sort orders are computed by PostgreSQL so they
 * use the same collation as the SQL that sorted before (sikc_lv for titles).
 */
async function readSnapshot(db: SearchDb): Promise<Snapshot> {
  const rows = await db.$queryRaw<{ j: string }[]>`
    WITH p AS MATERIALIZED (
      SELECT i."id", i."search_seq" AS seq, i."stage", i."status", i."region", i."startYear", i."themes",
        i."targetGroups", i."search_implementer_types" AS it, i."search_supporters" AS sp,
        row_number() OVER (ORDER BY i."search_seq") - 1 AS r,
        i."updatedAt", i."titleLv", coalesce(i."titleEn", i."titleLv") AS "titleEn"
      FROM "Innovation" i WHERE i."publication" = 'PUBLISHED'
    )
    SELECT json_build_object(
      'ids', (SELECT coalesce(json_agg(p."id" ORDER BY p.r), '[]') FROM p),
      'seqs', (SELECT coalesce(json_agg(p.seq ORDER BY p.r), '[]') FROM p),
      'stage', (SELECT coalesce(json_agg(p."stage" ORDER BY p.r), '[]') FROM p),
      'status', (SELECT coalesce(json_agg(p."status" ORDER BY p.r), '[]') FROM p),
      'region', (SELECT coalesce(json_agg(p."region" ORDER BY p.r), '[]') FROM p),
      'startYear', (SELECT coalesce(json_agg(p."startYear" ORDER BY p.r), '[]') FROM p),
      'themes', (SELECT coalesce(json_agg(p."themes" ORDER BY p.r), '[]') FROM p),
      'targetGroups', (SELECT coalesce(json_agg(p."targetGroups" ORDER BY p.r), '[]') FROM p),
      'implementerTypes', (SELECT coalesce(json_agg(p.it ORDER BY p.r), '[]') FROM p),
      'supporters', (SELECT coalesce(json_agg(p.sp ORDER BY p.r), '[]') FROM p),
      'newest', (SELECT coalesce(json_agg(p.r ORDER BY p."updatedAt" DESC, p."id"), '[]') FROM p),
      'titleLv', (SELECT coalesce(json_agg(p.r ORDER BY p."titleLv" COLLATE public.sikc_lv, p."id"), '[]') FROM p),
      'titleEn', (SELECT coalesce(json_agg(p.r ORDER BY p."titleEn" COLLATE public.sikc_lv, p."id"), '[]') FROM p)
    )::text AS j`;
  return JSON.parse(rows[0]!.j) as Snapshot;
}

export function indexFromSnapshot(version: string, s: Snapshot): FacetIndex {
  const maxSeq = s.seqs.reduce((a, b) => Math.max(a, b), 0);
  const rowOfSeq = new Int32Array(maxSeq + 1).fill(-1);
  s.seqs.forEach((seq, row) => (rowOfSeq[seq] = row));
  const columns: Record<Facet, ReturnType<typeof buildColumn>> = {
    stage: buildColumn(s.stage),
    theme: buildColumn(s.themes),
    targetGroup: buildColumn(s.targetGroups),
    region: buildColumn(s.region),
    status: buildColumn(s.status),
    implementerType: buildColumn(s.implementerTypes),
    supporter: buildColumn(s.supporters),
    startYear: buildColumn(s.startYear.map((y) => (y === null ? null : String(y)))),
  };
  for (const f of FACETS) if (!columns[f]) throw new Error(`facet index: no column for ${f}`);
  return {
    version,
    ids: s.ids,
    rowOfSeq,
    columns,
    newest: Int32Array.from(s.newest),
    titleLv: Int32Array.from(s.titleLv),
    titleEn: Int32Array.from(s.titleEn),
  };
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
