// Layouts of a facet index that the searches read instead of its columns,
// each made on first use and kept beside that index (indexes are immutable:
// a patched one gets its own): every facet's codes of a row side by side, and
// each value's rows.
import { FACETS } from "./engine";
import type { FacetIndex } from "./facet-index";

export type FlatCodes = { offsets: Int32Array; codes: Int32Array; base: Int32Array; size: number };
const flatCache = new WeakMap<FacetIndex, FlatCodes>();

/** Every facet's codes of a row side by side, shifted into one code space (made once per index). */
export function flatCodes(index: FacetIndex): FlatCodes {
  const known = flatCache.get(index);
  if (known) return known;
  const columns = FACETS.map((f) => index.columns[f]);
  const base = new Int32Array(columns.length);
  let size = 0;
  columns.forEach((c, s) => {
    base[s] = size;
    size += c.values.length;
  });
  const n = index.seqs.length;
  const offsets = new Int32Array(n + 1);
  const codes = new Int32Array(columns.reduce((sum, c) => sum + c.codes.length, 0));
  let at = 0;
  for (let row = 0; row < n; row++) {
    for (let s = 0; s < columns.length; s++) {
      const col = columns[s]!;
      for (let k = col.offsets[row]!, end = col.offsets[row + 1]!; k < end; k++) codes[at++] = base[s]! + col.codes[k]!;
    }
    offsets[row + 1] = at;
  }
  const flat = { offsets, codes, base, size };
  flatCache.set(index, flat);
  return flat;
}

/** Per facet, the rows having each value: rows[offsets[code] .. offsets[code + 1]), ascending. */
export type ValueRows = { offsets: Int32Array; rows: Int32Array }[];
const valueRowsCache = new WeakMap<FacetIndex, ValueRows>();

/** The value postings of every facet (made once per index, like flatCodes). */
export function valueRows(index: FacetIndex): ValueRows {
  const known = valueRowsCache.get(index);
  if (known) return known;
  const n = index.seqs.length;
  const made = FACETS.map((f) => {
    const col = index.columns[f];
    const offsets = new Int32Array(col.values.length + 1);
    for (let k = 0; k < col.codes.length; k++) offsets[col.codes[k]! + 1]!++;
    for (let code = 0; code < col.values.length; code++) offsets[code + 1]! += offsets[code]!;
    const fill = offsets.slice(0, col.values.length);
    const rows = new Int32Array(col.codes.length);
    for (let row = 0; row < n; row++) {
      for (let k = col.offsets[row]!, end = col.offsets[row + 1]!; k < end; k++) rows[fill[col.codes[k]!]!++] = row;
    }
    return { offsets, rows };
  });
  valueRowsCache.set(index, made);
  return made;
}
