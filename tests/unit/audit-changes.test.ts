import { describe, expect, it } from "vitest";
import { changeRows, changesText, HIDDEN, truncate, valueText } from "@/lib/audit/changes";

describe("audit change rows", () => {
  it("reads { field: [before, after] } as before → after, values as text", () => {
    expect(changeRows({ titleLv: ["Vecs", "Jauns"], themes: [["a"], ["a", "b"]], startYear: [null, 2024] })).toEqual([
      { field: "titleLv", kind: "diff", before: "Vecs", after: "Jauns" },
      { field: "themes", kind: "diff", before: "a", after: "a, b" },
      { field: "startYear", kind: "diff", before: "", after: "2024" },
    ]);
  });

  it("shows event details (not pairs) as plain values", () => {
    expect(changeRows({ method: "password", rows: 3 })).toEqual([
      { field: "method", kind: "value", value: "password" },
      { field: "rows", kind: "value", value: "3" },
    ]);
    expect(changeRows(null)).toEqual([]);
  });

  it("never shows a secret field's value, even when a writer stored one", () => {
    expect(changeRows({ passwordHash: ["$2b$old", "$2b$new"], resetToken: "abc" })).toEqual([
      { field: "passwordHash", kind: "diff", before: HIDDEN, after: HIDDEN },
      { field: "resetToken", kind: "value", value: HIDDEN },
    ]);
    expect(changesText({ passwordHash: ["x", "y"] })).not.toContain("x");
  });

  it("renders markup as text and nested objects as JSON", () => {
    expect(valueText("<script>alert(1)</script>")).toBe("<script>alert(1)</script>");
    expect(valueText({ a: 1 })).toBe('{"a":1}');
  });

  it("cuts long values by characters (not UTF-16 units) and says so", () => {
    const long = "ā".repeat(130);
    const cut = truncate(long);
    expect(cut.truncated).toBe(true);
    expect(Array.from(cut.text)).toHaveLength(121);
    expect(truncate("īss")).toEqual({ text: "īss", truncated: false });
  });

  it("joins changes into one line per field for exports", () => {
    expect(changesText({ status: ["NEW", "DONE"], note: "x" })).toBe("status: NEW → DONE\nnote: x");
  });
});
