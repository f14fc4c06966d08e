// CSV and JSON downloads of a staff list (the rows the list's current filters
// select, without paging), for route handlers under
// app/api/admin/<entity>/export/route.ts. The CSV is the open-data writer's
// (lib/open-data/csv.ts): UTF-8 BOM for Excel, ";" and edge spaces quoted,
// formula-looking cells defused. Staff exports may hold personal data
// (contacts): they are never cached and never linked from public pages.
import { CSV_BOM, csvRow, type CsvValue } from "@/lib/open-data/csv";

export type ExportFormat = "csv" | "json";
type ExportValue = CsvValue | Date | readonly (string | number)[];

export type ExportColumn<T> = {
  /** JSON property and CSV header. Stable, English, machine-readable (e.g. "nameLv"). */
  key: string;
  value: (row: T) => ExportValue;
};

/** ?format=json gives JSON; anything else CSV. Bad values fall back (lenient, like the lists). */
export const exportFormat = (params: URLSearchParams): ExportFormat =>
  params.get("format") === "json" ? "json" : "csv";

const cell = (value: ExportValue): CsvValue => {
  if (value instanceof Date) return value.toISOString();
  // "; " is what the import schemas split list cells on
  if (Array.isArray(value)) return value.join("; ");
  return value as CsvValue;
};

const json = (value: ExportValue): unknown => (value instanceof Date ? value.toISOString() : (value ?? null));

function toCsv<T>(rows: readonly T[], columns: readonly ExportColumn<T>[]): string {
  return (
    CSV_BOM +
    csvRow(columns.map((c) => c.key)) +
    rows.map((row) => csvRow(columns.map((c) => cell(c.value(row))))).join("")
  );
}

function toJsonRecords<T>(rows: readonly T[], columns: readonly ExportColumn<T>[]): Record<string, unknown>[] {
  return rows.map((row) => Object.fromEntries(columns.map((c) => [c.key, json(c.value(row))])));
}

/** The download: `<name>-YYYY-MM-DD.csv|json`, attachment, no-store. */
export function exportResponse<T>(
  format: ExportFormat,
  name: string,
  rows: readonly T[],
  columns: readonly ExportColumn<T>[],
  now = new Date(),
): Response {
  const file = `${name}-${now.toISOString().slice(0, 10)}.${format}`;
  const headers = {
    "Content-Disposition": `attachment; filename="${file}"`,
    "Cache-Control": "no-store",
    "X-Content-Type-Options": "nosniff",
  };
  if (format === "json") {
    return new Response(JSON.stringify(toJsonRecords(rows, columns), null, 2), {
      headers: { ...headers, "Content-Type": "application/json; charset=utf-8" },
    });
  }
  return new Response(toCsv(rows, columns), { headers: { ...headers, "Content-Type": "text/csv; charset=utf-8" } });
}

/** Upper bound of rows in one staff export; a list past it should be filtered first. */
export const EXPORT_LIMIT = 10_000;
