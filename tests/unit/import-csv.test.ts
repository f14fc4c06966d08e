import { describe, expect, it } from "vitest";
import { detectDelimiter, readCsv } from "@/lib/import/csv";

const spec = { columns: ["titleLv", "summaryLv", "stage", "themes"], required: ["titleLv", "stage"] };
const bytes = (text: string) => new TextEncoder().encode(text);

describe("import CSV reader", () => {
  it("detects the separator from the header, outside quotes; ';' on a tie", () => {
    expect(detectDelimiter("titleLv;summaryLv;stage\n1,2,3,4,5")).toBe(";");
    expect(detectDelimiter('titleLv,"a;b;c",stage\n')).toBe(",");
    expect(detectDelimiter("titleLv\n")).toBe(";");
  });

  it("reads UTF-8 with a BOM and reports it; cells keep Latvian letters", () => {
    const read = readCsv(bytes("\uFEFFtitleLv;stage\nĶirbju zupa;pilot\n"), spec);
    expect(read).toMatchObject({ ok: true, bom: true, delimiter: ";", header: ["titleLv", "stage"] });
    if (read.ok) expect(read.records).toEqual([{ line: 2, cells: { titleLv: "Ķirbju zupa", stage: "pilot" } }]);
  });

  it("numbers records by the line they start on, past quoted line breaks and blank lines", () => {
    const read = readCsv(bytes('titleLv,summaryLv,stage\r\nA,"one\r\ntwo",idea\r\n\r\nB,x,pilot\r\n;;\r\n'), spec);
    expect(read.ok && read.records.map((r) => [r.line, r.cells.titleLv])).toEqual([
      [2, "A"],
      [5, "B"],
      [6, ";;"],
    ]);
  });

  it("skips rows of empty cells a spreadsheet leaves behind, and flags rows wider than the header", () => {
    const read = readCsv(bytes("titleLv;stage\nA;idea\n;\nB;idea;extra\nC;idea;\n"), spec);
    expect(read.ok && read.records.map((r) => r.line)).toEqual([2, 5]);
    expect(read.ok && read.problems).toEqual([{ line: 4, column: null, code: "columnCount" }]);
  });

  it("reports unknown, repeated and missing columns on line 1", () => {
    const read = readCsv(bytes("titleLv;colour;titleLv\nA;red;A\n"), spec);
    expect(read.ok && read.problems).toEqual([
      { line: 1, column: "colour", code: "unknownColumn" },
      { line: 1, column: "titleLv", code: "duplicateColumn" },
      { line: 1, column: "stage", code: "missingColumn" },
    ]);
  });

  it("refuses empty, oversized, non-UTF-8 and unreadable files with a reason", () => {
    expect(readCsv(new Uint8Array(), spec)).toEqual({ ok: false, problem: { code: "empty" } });
    expect(readCsv(bytes("titleLv;stage\n"), spec)).toEqual({ ok: false, problem: { code: "noRows" } });
    expect(readCsv(bytes("x".repeat(11)), spec, { maxBytes: 10 })).toEqual({
      ok: false,
      problem: { code: "tooLarge", maxBytes: 10 },
    });
    expect(readCsv(new Uint8Array([0x74, 0x3b, 0xe9, 0x0a]), spec)).toEqual({
      ok: false,
      problem: { code: "notUtf8" },
    });
    expect(readCsv(bytes("titleLv;stage\nA;idea\nB;idea\nC;idea\n"), spec, { maxRows: 2 })).toEqual({
      ok: false,
      problem: { code: "tooManyRows", maxRows: 2 },
    });
    expect(readCsv(bytes('titleLv;stage\n"A;idea\n'), spec)).toMatchObject({
      ok: false,
      problem: { code: "malformed" },
    });
  });
});
