// A row's field errors (field path → i18n keys) as report lines per CSV column.
import type { FieldErrors } from "@/lib/forms/state";
import type { ImportIssue, PreparedRow } from "./types";

export function issuesOf(
  line: number,
  errors: FieldErrors,
  row: PreparedRow,
  columnOf: (field: string, row: PreparedRow) => string | null,
): ImportIssue[] {
  const byColumn = new Map<string | null, Set<string>>();
  for (const [field, keys] of Object.entries(errors)) {
    const column = columnOf(field, row);
    const set = byColumn.get(column) ?? new Set<string>();
    for (const key of keys ?? []) set.add(key);
    byColumn.set(column, set);
  }
  return [...byColumn].map(([column, keys]) => ({ line, column, messages: [...keys] }));
}
