import { describe, expect, it } from "vitest";
import { CSV_BOM, csvField, csvRow, unguardCsvCell } from "@/lib/open-data/csv";

describe("CSV quoting (RFC 4180)", () => {
  it.each([
    ["plain", "plain"],
    ["Rīga; Latgale", '"Rīga; Latgale"'],
    ["a,b", '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ["line\nbreak", '"line\nbreak"'],
    ["cr\r\nlf", '"cr\r\nlf"'],
    [" edge ", '" edge "'],
    ["=HYPERLINK(1)", "'=HYPERLINK(1)"],
    ["+1", "'+1"],
    ["@x,y", '"\'@x,y"'],
    ["-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0"],
    ["\t=1", "'\t=1"],
    ["\r=1", '"\'\r=1"'],
    ["\n=1", '"\'\n=1"'],
    ["a-b", "a-b"],
  ])("%j → %j", (input, output) => {
    expect(csvField(input)).toBe(output);
  });

  it("writes numbers and empty values plainly, rows with CRLF", () => {
    expect(csvRow([1, null, undefined, true, -5, "ā"])).toBe("1,,,true,-5,ā\r\n");
  });

  it("undoes the guard on import, and only the guard", () => {
    for (const value of ["=1+1", "+1", "-2", "@SUM(A1)", "\t=1", "\r=1"])
      expect(unguardCsvCell(csvField(value).replace(/^"|"$/g, ""))).toBe(value);
    expect(unguardCsvCell("'quoted")).toBe("'quoted");
    expect(unguardCsvCell("plain")).toBe("plain");
  });

  it("starts files with the UTF-8 byte-order mark", () => {
    expect(new TextEncoder().encode(CSV_BOM)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
  });
});
