import { describe, expect, it } from "vitest";
import { judge, loadJudgedSet, ndcgAt, recallAt, summariseByType } from "@/scripts/lib/relevance";

describe("relevance measures of the judged set", () => {
  const relevant: Record<string, 1 | 2> = { a: 2, b: 1, c: 1 };

  it("recall@k counts the relevant records among the first k, out of at most k", () => {
    expect(recallAt(10, ["a", "x", "b", "c"], relevant)).toBe(1);
    expect(recallAt(10, ["x", "a"], relevant)).toBeCloseTo(1 / 3);
    expect(recallAt(2, ["a", "b", "c"], relevant)).toBe(1);
    expect(recallAt(2, ["x", "a", "b"], relevant)).toBe(0.5);
  });

  it("nDCG@k is 1 in the ideal order and less when the best record comes later", () => {
    expect(ndcgAt(10, ["a", "b", "c"], relevant)).toBe(1);
    expect(ndcgAt(10, ["a", "c", "b", "x"], relevant)).toBe(1);
    const late = ndcgAt(10, ["b", "c", "a"], relevant);
    expect(late).toBeLessThan(1);
    expect(late).toBeGreaterThan(ndcgAt(10, ["x", "x", "x", "b", "c", "a"], relevant));
    expect(ndcgAt(10, [], relevant)).toBe(0);
  });

  it("calls a query over-broad when it finds more than twice the records it should", () => {
    expect(judge({ q: "x", type: "form", relevant }, ["a", "b", "c"], 6).overBroad).toBe(false);
    expect(judge({ q: "x", type: "form", relevant }, ["a", "b", "c"], 7).overBroad).toBe(true);
  });

  it("summarises per query type and in total", () => {
    const outcomes = [
      judge({ q: "1", type: "form", relevant }, ["a", "b", "c"], 3),
      judge({ q: "2", type: "typo", relevant }, ["x"], 1),
    ];
    const byType = summariseByType(outcomes);
    expect(byType.form).toMatchObject({ queries: 1, recall: 1, ndcg: 1 });
    expect(byType.typo).toMatchObject({ queries: 1, recall: 0, ndcg: 0 });
    expect(byType.all).toMatchObject({ queries: 2, recall: 0.5, ndcg: 0.5 });
  });

  it("reads the judged set: at least 40 queries of every type, Latvian and English", () => {
    const queries = loadJudgedSet();
    expect(queries.length).toBeGreaterThanOrEqual(40);
    const types = new Set(queries.map((q) => q.type));
    for (const type of ["form", "plain", "typo", "place", "organisation", "synonym", "phrase", "english"])
      expect(types).toContain(type);
    for (const q of queries) expect(Object.values(q.relevant)).toContain(2);
  });
});
