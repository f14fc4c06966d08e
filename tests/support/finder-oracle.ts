// Brute-force facet semantics of the public finders, for comparing the SQL
// with: a record is a result when, in every facet with a selection, one of
// its values is selected (OR inside a facet, AND across them); the count
// beside a value is the number of records that pass every other facet's
// selection and have that value.
export type OracleRow = Record<string, string | string[] | null>;

export function finderOracle(rows: OracleRow[], facets: readonly string[], filters: Partial<Record<string, string[]>>) {
  const values = (row: OracleRow, facet: string) => {
    const v = row[facet];
    return v === null || v === undefined ? [] : Array.isArray(v) ? v : [v];
  };
  const passes = (row: OracleRow, except?: string) =>
    facets.every((f) => f === except || !filters[f]?.length || values(row, f).some((v) => filters[f]!.includes(v)));
  const counts: Record<string, Record<string, number>> = {};
  for (const f of facets) {
    counts[f] = {};
    for (const row of rows.filter((r) => passes(r, f)))
      for (const v of new Set(values(row, f))) counts[f]![v] = (counts[f]![v] ?? 0) + 1;
  }
  return { ids: new Set(rows.filter((r) => passes(r)).map((r) => r.id as string)), counts };
}

/** A facet's counts as an object, to compare with the oracle's. */
export const asCounts = (list: { value: string; count: number }[]) =>
  Object.fromEntries(list.map((v) => [v.value, v.count]));
