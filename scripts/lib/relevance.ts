// The judged query set (bench/relevance-queries.json) and the measures
// `npm run bench:relevance` and the contract suite compute from it. Pure, so
// the measures are unit-tested.
import fs from "node:fs";
import path from "node:path";
import { z } from "zod";

export const QUERY_TYPES = ["form", "plain", "typo", "place", "organisation", "synonym", "phrase", "english"] as const;
export type QueryType = (typeof QUERY_TYPES)[number];

const ZJudged = z.object({
  queries: z
    .array(
      z.object({
        q: z.string().min(1),
        type: z.enum(QUERY_TYPES),
        /** slug → 2 (what the query is about) or 1 (also relevant) */
        relevant: z.record(z.string(), z.union([z.literal(1), z.literal(2)])),
      }),
    )
    .min(1),
});
export type JudgedQuery = z.infer<typeof ZJudged>["queries"][number];

const JUDGED_SET_FILE = path.resolve(import.meta.dirname, "..", "..", "bench", "relevance-queries.json");

export function loadJudgedSet(file = JUDGED_SET_FILE): JudgedQuery[] {
  return ZJudged.parse(JSON.parse(fs.readFileSync(file, "utf8"))).queries;
}

/** Share of the relevant records among the first k (of at most k relevant ones). */
export function recallAt(k: number, ranked: string[], relevant: Record<string, number>): number {
  const wanted = Object.keys(relevant);
  if (wanted.length === 0) return 1;
  const top = new Set(ranked.slice(0, k));
  return wanted.filter((slug) => top.has(slug)).length / Math.min(k, wanted.length);
}

/** Normalised discounted cumulative gain of the first k, gain 2^grade − 1. */
export function ndcgAt(k: number, ranked: string[], relevant: Record<string, number>): number {
  const gain = (grade: number) => 2 ** grade - 1;
  const dcg = ranked.slice(0, k).reduce((sum, slug, i) => sum + gain(relevant[slug] ?? 0) / Math.log2(i + 2), 0);
  const ideal = Object.values(relevant)
    .sort((a, b) => b - a)
    .slice(0, k)
    .reduce((sum, grade, i) => sum + gain(grade) / Math.log2(i + 2), 0);
  return ideal === 0 ? 1 : dcg / ideal;
}

export type QueryOutcome = {
  query: JudgedQuery;
  /** the first page, as slugs */
  top: string[];
  total: number;
  recall: number;
  ndcg: number;
  /** found more than twice the records it should */
  overBroad: boolean;
};

export function judge(query: JudgedQuery, top: string[], total: number, k = 10): QueryOutcome {
  return {
    query,
    top,
    total,
    recall: recallAt(k, top, query.relevant),
    ndcg: ndcgAt(k, top, query.relevant),
    overBroad: total > 2 * Object.keys(query.relevant).length,
  };
}

export type Summary = { queries: number; recall: number; ndcg: number; overBroad: number };

function summarise(outcomes: QueryOutcome[]): Summary {
  const mean = (f: (o: QueryOutcome) => number) =>
    outcomes.length ? outcomes.reduce((sum, o) => sum + f(o), 0) / outcomes.length : 0;
  return {
    queries: outcomes.length,
    recall: mean((o) => o.recall),
    ndcg: mean((o) => o.ndcg),
    overBroad: outcomes.filter((o) => o.overBroad).length,
  };
}

export function summariseByType(outcomes: QueryOutcome[]): Record<QueryType | "all", Summary> {
  const result = { all: summarise(outcomes) } as Record<QueryType | "all", Summary>;
  for (const type of QUERY_TYPES) result[type] = summarise(outcomes.filter((o) => o.query.type === type));
  return result;
}

/** A query misses its targets when a relevant record is not on the first page, or it finds too much. */
export const failed = (o: QueryOutcome) => o.recall < 1 || o.overBroad || o.ndcg < 0.85;
