// Builds the in-memory search index (facet-index.ts, text-index.ts) from rows
// read out of PostgreSQL (facet-index-load.ts), either all of them or, to
// follow a write, the previous index minus the changed rows plus their new
// state. An index is never changed once built: searches still holding the
// previous one finish on it. No database access: unit-tested.
import { FACETS, type Facet } from "./engine";
import type { FacetColumn, FacetIndex } from "./facet-index";
import { createPostingsBuilder, detached } from "./text-index";

/** One published innovation as the index needs it. */
export type IndexRow = {
  seq: number;
  /** Facet values, single-valued facets as one-element lists (empty for none). */
  facets: Record<Facet, string[]>;
  /** Lexemes of the document and title search vectors. */
  document: string[];
  title: string[];
  /** updatedAt in microseconds since the epoch and the id: the newest-first order. */
  updated: number;
  id: string;
};

type ColumnBuilder = { values: string[]; codeOf: Map<string, number>; offsets: number[]; codes: number[] };

function columnBuilder(from?: FacetColumn): ColumnBuilder {
  const values = from ? [...from.values] : [];
  return { values, codeOf: new Map(values.map((v, code) => [v, code])), offsets: [0], codes: [] };
}

function addCell(column: ColumnBuilder, cell: readonly string[]) {
  for (const v of cell) {
    let code = column.codeOf.get(v);
    if (code === undefined) {
      code = column.values.length;
      const value = detached(v);
      column.values.push(value);
      column.codeOf.set(value, code);
    }
    column.codes.push(code);
  }
  column.offsets.push(column.codes.length);
}

/** Rows of the previous index that stay, renumbered in their old order. */
type Kept = { index: FacetIndex; newRow: Int32Array };

/** Collects rows (the kept ones of a previous index first) and makes the index. */
function createIndexBuilder(kept?: Kept) {
  const seqs: number[] = [];
  const updated: number[] = [];
  const ids: string[] = [];
  const columns = Object.fromEntries(FACETS.map((f) => [f, columnBuilder(kept?.index.columns[f])])) as Record<
    Facet,
    ColumnBuilder
  >;
  const document = createPostingsBuilder(kept && { from: kept.index.text.document, newRow: kept.newRow });
  const title = createPostingsBuilder(kept && { from: kept.index.text.title, newRow: kept.newRow });

  if (kept) {
    const { index, newRow } = kept;
    for (let row = 0; row < newRow.length; row++) {
      if (newRow[row]! < 0) continue;
      seqs.push(index.seqs[row]!);
      updated.push(index.updated[row]!);
      ids.push(index.ids[row]!);
      for (const f of FACETS) {
        const from = index.columns[f];
        const to = columns[f];
        for (let k = from.offsets[row]!, end = from.offsets[row + 1]!; k < end; k++) to.codes.push(from.codes[k]!);
        to.offsets.push(to.codes.length);
      }
    }
  }

  return {
    add(row: IndexRow) {
      const r = seqs.length;
      seqs.push(row.seq);
      updated.push(row.updated);
      ids.push(detached(row.id));
      for (const f of FACETS) addCell(columns[f], row.facets[f]);
      for (const lexeme of row.document) document.add(lexeme, r);
      for (const lexeme of row.title) title.add(lexeme, r);
    },
    finish(version: string): FacetIndex {
      const n = seqs.length;
      const maxSeq = seqs.reduce((a, b) => Math.max(a, b), 0);
      const rowOfSeq = new Int32Array(maxSeq + 1).fill(-1);
      seqs.forEach((seq, row) => (rowOfSeq[seq] = row));
      // updatedAt DESC, id ASC: the SQL engine's order (ids are ASCII, so code-unit order is the database's)
      const newest = new Int32Array(n);
      for (let r = 0; r < n; r++) newest[r] = r;
      newest.sort((a, b) => updated[b]! - updated[a]! || (ids[a]! < ids[b]! ? -1 : ids[a]! > ids[b]! ? 1 : 0));
      return {
        version,
        seqs: Int32Array.from(seqs),
        rowOfSeq,
        columns: Object.fromEntries(
          FACETS.map((f) => {
            const c = columns[f];
            return [f, { values: c.values, offsets: Int32Array.from(c.offsets), codes: Int32Array.from(c.codes) }];
          }),
        ) as Record<Facet, FacetColumn>,
        newest,
        updated: Float64Array.from(updated),
        ids,
        titleOrders: {},
        text: { document: document.finish(), title: title.finish() },
      };
    },
  };
}

/** Takes rows chunk by chunk (in seq order), for reading an index piece by piece. */
export function createIndexStream() {
  const builder = createIndexBuilder();
  return { add: (rows: readonly IndexRow[]) => rows.forEach((row) => builder.add(row)), finish: builder.finish };
}

/** An index of the given rows (added in order), filed under `version`. */
export function buildIndex(version: string, chunks: Iterable<readonly IndexRow[]>): FacetIndex {
  const stream = createIndexStream();
  for (const rows of chunks) stream.add(rows);
  return stream.finish(version);
}

/**
 * The previous index brought to `version`: every row whose seq is in
 * `changedSeqs` is dropped, then `rows` (the changed ones still published,
 * in their current state) are added.
 */
export function patchIndex(
  previous: FacetIndex,
  changedSeqs: readonly number[],
  rows: readonly IndexRow[],
  version: string,
): FacetIndex {
  const changed = new Set(changedSeqs);
  const newRow = new Int32Array(previous.seqs.length);
  let next = 0;
  for (let row = 0; row < newRow.length; row++) newRow[row] = changed.has(previous.seqs[row]!) ? -1 : next++;
  const builder = createIndexBuilder({ index: previous, newRow });
  for (const row of rows) builder.add(row);
  return builder.finish(version);
}
