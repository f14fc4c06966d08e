// Reads an uploaded CSV for import: UTF-8 with or without BOM, ";" or ","
// detected from the header row, quoted cells with line breaks, and the line
// number where each record starts (what a person sees in a text editor or
// Excel's row number). Pure: no database, no file system.
import { parse } from "csv-parse/sync";
import { unguardCsvCell } from "@/lib/open-data/csv";

export const MAX_BYTES = 5 * 1024 * 1024;
const MAX_ROWS = 5000;

export type Delimiter = ";" | ",";
export type CsvRecord = { line: number; cells: Record<string, string> };

export type CsvProblem =
  | { code: "empty" }
  | { code: "tooLarge"; maxBytes: number }
  | { code: "tooManyRows"; maxRows: number }
  | { code: "notUtf8" }
  | { code: "malformed"; line: number }
  | { code: "noRows" };

/** A header or row problem, reported with the line and (when known) the column. */
type HeaderProblem = {
  line: number;
  column: string | null;
  code: "unknownColumn" | "missingColumn" | "duplicateColumn" | "columnCount";
};

export type CsvRead =
  | { ok: true; delimiter: Delimiter; bom: boolean; header: string[]; records: CsvRecord[]; problems: HeaderProblem[] }
  | { ok: false; problem: CsvProblem };

const BOM = "\uFEFF";

/** The separator that splits the header line into more cells (outside quotes); ";" on a tie, as Excel in Latvia writes it. */
export function detectDelimiter(text: string): Delimiter {
  let semicolons = 0;
  let commas = 0;
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === "\n" || ch === "\r")) break;
    else if (!quoted && ch === ";") semicolons++;
    else if (!quoted && ch === ",") commas++;
  }
  return commas > semicolons ? "," : ";";
}

/** Where a record starts: csv-parse reports the line it ends on, and its raw text holds its own line breaks. */
function startLine(endLine: number, raw: string): number {
  const body = raw.replace(/^\n+/, "").replace(/\n$/, "");
  return endLine - (body.match(/\n/g)?.length ?? 0);
}

export function readCsv(
  bytes: Uint8Array,
  spec: { columns: readonly string[]; required: readonly string[] },
  limits: { maxBytes?: number; maxRows?: number } = {},
): CsvRead {
  const maxBytes = limits.maxBytes ?? MAX_BYTES;
  const maxRows = limits.maxRows ?? MAX_ROWS;
  if (bytes.byteLength === 0) return { ok: false, problem: { code: "empty" } };
  if (bytes.byteLength > maxBytes) return { ok: false, problem: { code: "tooLarge", maxBytes } };
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return { ok: false, problem: { code: "notUtf8" } };
  }
  const bom = text.startsWith(BOM);
  if (bom) text = text.slice(1);
  if (text.includes("\u0000")) return { ok: false, problem: { code: "notUtf8" } };
  if (text.trim() === "") return { ok: false, problem: { code: "empty" } };
  // One kind of line break: csv-parse counts a CRLF inside a quoted cell as two lines,
  // which would shift every later line number (and "\n" is what the text fields store anyway).
  text = text.replace(/\r\n?/g, "\n");
  const delimiter = detectDelimiter(text);

  let parsed: { record: string[]; info: { lines: number }; raw: string }[];
  try {
    parsed = parse(text, {
      delimiter,
      info: true,
      raw: true,
      relax_column_count: true,
      skip_empty_lines: true,
      // one past the limit, so "too many rows" is known without reading a huge file to the end
      to: maxRows + 2,
    }) as unknown as typeof parsed;
  } catch (error) {
    const line =
      typeof error === "object" && error !== null && "lines" in error && typeof error.lines === "number"
        ? error.lines
        : 1;
    return { ok: false, problem: { code: "malformed", line } };
  }
  const [head, ...body] = parsed;
  if (!head) return { ok: false, problem: { code: "empty" } };
  if (body.length > maxRows) return { ok: false, problem: { code: "tooManyRows", maxRows } };

  const header = head.record.map((h) => h.trim());
  const problems: HeaderProblem[] = [];
  const seen = new Set<string>();
  for (const name of header) {
    if (name === "") continue;
    if (!spec.columns.includes(name)) problems.push({ line: 1, column: name, code: "unknownColumn" });
    else if (seen.has(name)) problems.push({ line: 1, column: name, code: "duplicateColumn" });
    seen.add(name);
  }
  for (const name of spec.required)
    if (!seen.has(name)) problems.push({ line: 1, column: name, code: "missingColumn" });

  const records: CsvRecord[] = [];
  for (const { record, info, raw } of body) {
    const line = startLine(info.lines, raw);
    // Spreadsheets leave rows of empty cells behind (";;;;"): not a record.
    if (record.every((cell) => cell.trim() === "")) continue;
    if (record.length > header.length && record.slice(header.length).some((c) => c.trim() !== "")) {
      problems.push({ line, column: null, code: "columnCount" });
      continue;
    }
    const cells: Record<string, string> = {};
    header.forEach((name, i) => {
      if (name && spec.columns.includes(name) && !(name in cells)) cells[name] = unguardCsvCell(record[i] ?? "");
    });
    records.push({ line, cells });
  }
  if (records.length === 0 && problems.length === 0) return { ok: false, problem: { code: "noRows" } };
  return { ok: true, delimiter, bom, header, records, problems };
}
