import { describe, expect, it } from "vitest";
import { listSearch, pageCount, pageWindow, parseListQuery, type ListSpec } from "@/lib/admin/list-query";

const spec = {
  sorts: ["name", "updated"],
  defaultSort: "name",
  filters: { type: null, visibility: ["public", "hidden"] },
} as const satisfies ListSpec<"name" | "updated", "type" | "visibility">;

describe("parseListQuery", () => {
  it("reads every part of a valid query", () => {
    const q = parseListQuery(
      { q: "  Rīga ", type: "ngo", visibility: "public", sort: "updated", dir: "desc", page: "3", pageSize: "50" },
      spec,
    );
    expect(q).toEqual({
      q: "Rīga",
      filters: { type: "ngo", visibility: "public" },
      sort: "updated",
      dir: "desc",
      page: 3,
      pageSize: 50,
    });
  });

  it("falls back to defaults for bad values instead of failing the page", () => {
    const q = parseListQuery(
      new URLSearchParams("sort=password&dir=sideways&page=-2&pageSize=1000000&visibility=secret&type=%3Cscript%3E"),
      spec,
    );
    expect(q).toEqual({ q: "", filters: {}, sort: "name", dir: "asc", page: 1, pageSize: 25 });
  });

  it("takes the first of repeated parameters and ignores fractional pages", () => {
    expect(parseListQuery({ type: ["a", "b"], page: "2.5" }, spec)).toMatchObject({ filters: { type: "a" }, page: 1 });
  });

  it("turns control characters in the search text into spaces (a NUL cannot reach PostgreSQL)", () => {
    expect(parseListQuery({ q: "Rī\u0000ga\u001b" }, spec).q).toBe("Rī ga");
  });

  it("bounds the search text", () => {
    expect(parseListQuery({ q: "x".repeat(500) }, spec).q).toHaveLength(200);
  });
});

describe("list links", () => {
  const base = parseListQuery({ q: "fonds", type: "ngo", page: "4" }, spec);

  it("keeps search and filters, leaves out defaults and returns to page 1 on a new sort", () => {
    expect(listSearch(base, spec, { sort: "updated", dir: "desc" })).toBe("?q=fonds&type=ngo&sort=updated&dir=desc");
  });

  it("changes only the page for page links", () => {
    expect(listSearch(base, spec, { page: 5 })).toBe("?q=fonds&type=ngo&page=5");
  });

  it("is empty for the default list", () => {
    expect(listSearch(parseListQuery({}, spec), spec)).toBe("");
  });

  it("pages with skip/take and counts at least one page", () => {
    expect(pageWindow({ page: 3, pageSize: 25 })).toEqual({ skip: 50, take: 25 });
    expect(pageCount(0, 25)).toBe(1);
    expect(pageCount(51, 25)).toBe(3);
  });
});
