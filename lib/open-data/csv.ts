// CSV through csv-stringify (RFC 4180: quotes doubled, CRLF line ends), plus
// the two things open data for Latvian readers needs on top: quoting of ";"
// (Excel in Latvian/European locales splits on it) and of edge spaces, and a
// guard against spreadsheet formula injection.
import { stringify } from "csv-stringify/sync";
import { LICENSE, PUBLIC_CACHE } from "./license";

export type CsvValue = string | number | boolean | null | undefined;

/**
 * Cells a spreadsheet would run as a formula ("=HYPERLINK(…)", "-2+3+cmd|…")
 * get a leading apostrophe: OWASP's list of formula triggers (= + - @ TAB CR),
 * and LF, which LibreOffice treats like CR.
 */
const FORMULA_START = /^[=+\-@\t\r\n]/;

const OPTIONS = {
  record_delimiter: "\r\n",
  // a bare LF or CR must be quoted too, not only the CRLF record delimiter
  quoted_match: /[;\r\n]|^\s|\s$/,
  cast: { boolean: (value: boolean) => String(value) },
} as const;

const guard = (value: CsvValue): CsvValue =>
  typeof value === "string" && FORMULA_START.test(value) ? `'${value}` : value;

/** The import's inverse of the guard, so that an exported file imports back as it was. */
export const unguardCsvCell = (cell: string): string =>
  cell.startsWith("'") && FORMULA_START.test(cell.slice(1)) ? cell.slice(1) : cell;

export const csvRow = (values: CsvValue[]): string => stringify([values.map(guard)], OPTIONS);

export const csvField = (value: CsvValue): string => csvRow([value]).replace(/\r\n$/, "");

/** UTF-8 byte-order mark: without it Excel reads Latvian letters as Windows-1257 mojibake. */
export const CSV_BOM = "\uFEFF";

/** A CSV download: BOM for Excel, open to any origin, with the open-data licence linked. */
export function csvResponse(body: string, filename: string, cache = PUBLIC_CACHE): Response {
  return new Response(CSV_BOM + body, {
    status: 200,
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": cache,
      "Access-Control-Allow-Origin": "*",
      Link: `<${LICENSE.url}>; rel="license"`,
    },
  });
}
