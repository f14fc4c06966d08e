// The text layer every search of the portal shares: the innovation engine,
// the organisation directory and the toolkit. A table that wants to be
// searched keeps a `search_vector` column built with public.search_lv() and
// public.search_en() (a trigger; see the search_in_postgres migration for
// Innovation, Organisation and Resource), and a search reads:
//
//   const text = await textQuery(db, q);     // null when q has no words
//   db.$queryRaw`SELECT r."id" FROM "Resource" r
//     WHERE ${text ? textMatch(Prisma.sql`r."search_vector"`, text) : Prisma.sql`true`}
//     ORDER BY ${text ? textRank(Prisma.sql`r."search_vector"`, text) : Prisma.sql`0`} DESC`
//
// public.search_query() turns the words into tsqueries with every word form
// (Latvian Hunspell dictionary, English stemmer), typos (one per word of 5+
// letters, from the shared word list) and the staff's synonyms; the last
// word also matches as a prefix. They reach the search statement as
// constants, so the planner sees them and uses the GIN indexes.
import { Prisma } from "@/generated/prisma/client";
import type { createPrismaClient } from "@/lib/db-client";
import { queryWords } from "./text";

type QueryDb = Pick<ReturnType<typeof createPrismaClient>, "$queryRaw">;

/** tsqueries as text: `full` must match; `exact` (no typos) and `words` (as typed, no synonyms) rank. Null: nothing to look for. */
export type TextQuery = { full: string | null; exact: string | null; words: string | null };

export async function textQuery(db: QueryDb, q: string): Promise<TextQuery | null> {
  const words = queryWords(q);
  if (words.length === 0) return null;
  const [row] = await db.$queryRaw<TextQuery[]>`
    SELECT "full"::text AS "full", "exact"::text AS "exact", "words"::text AS "words"
    FROM public.search_query(${words}::text[])`;
  return row ?? { full: null, exact: null, words: null };
}

/** Whether a search vector matches every word (in any form, within a typo, or through a synonym). */
export function textMatch(vector: Prisma.Sql, text: TextQuery): Prisma.Sql {
  // words that all vanish in normalisation leave nothing to look for, and find nothing
  return text.full === null ? Prisma.sql`false` : Prisma.sql`${vector} @@ ${text.full}::tsquery`;
}

/** Relevance: the words as typed, then through synonyms, then with typos; within each, by where they are (title A … labels D). */
export function textRank(vector: Prisma.Sql, text: TextQuery): Prisma.Sql {
  return Prisma.sql`public.search_rank(${vector},
    ROW(${text.full}::tsquery, ${text.exact}::tsquery, ${text.words}::tsquery)::public.search_query)`;
}
