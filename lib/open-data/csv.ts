// Minimal RFC 4180 writer. Fields are quoted when they hold a quote, comma,
// semicolon (Excel in Latvian/European locales splits on ";"), a line break or
// edge spaces; quotes are doubled. Lines end with CRLF as the RFC says.

export type CsvValue = string | number | boolean | null | undefined;

/** Cells Excel would run as a formula ("=HYPERLINK(…)") get a leading apostrophe. */
const FORMULA_START = /^[=+@\t\r]/;

export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  let text = String(value);
  if (typeof value === "string" && FORMULA_START.test(text)) text = `'${text}`;
  return /[",;\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export const csvRow = (values: CsvValue[]): string => `${values.map(csvField).join(",")}\r\n`;

/** UTF-8 byte-order mark: without it Excel reads Latvian letters as Windows-1257 mojibake. */
export const CSV_BOM = "\uFEFF";
