// The text layer every search of the portal shares: the innovation engine,
// the organisation directory and the toolkit. A table that wants to be
// searched keeps a `search_vector` column built with public.search_lv() and
// public.search_en() (a trigger; see the search_in_postgres migration for
// Innovation, Organisation and Resource), and a query reads:
//
//   const text = textSearch(q);            // null when q has no words
//   db.$queryRaw`WITH ${text.cte}
//     SELECT r."id" FROM "Resource" r, q
//     WHERE ${text.match(Prisma.sql`r."search_vector"`)}
//     ORDER BY ${text.rank(Prisma.sql`r."search_vector"`)} DESC`
//
// public.search_query() turns the words into tsqueries with every word form
// (Latvian Hunspell dictionary, English stemmer), typos (one per word of 5+
// letters, from the shared word list) and the staff's synonyms; the last
// word also matches as a prefix.
import { Prisma } from "@/generated/prisma/client";
import { queryWords } from "./text";

export type TextSearch = {
  /** A CTE named `q` holding the query's tsqueries ("full", "exact", "words"); put it in the statement's WITH and `q` in its FROM. */
  cte: Prisma.Sql;
  /** Whether a search vector matches every word (in any form, within a typo, or through a synonym). */
  match: (vector: Prisma.Sql) => Prisma.Sql;
  /** Relevance: the words as typed, then through synonyms, then with typos; within each by where they are (title A … labels D). */
  rank: (vector: Prisma.Sql) => Prisma.Sql;
};

export function textSearch(q: string): TextSearch | null {
  const words = queryWords(q);
  if (words.length === 0) return null;
  return {
    cte: Prisma.sql`q AS MATERIALIZED (SELECT (public.search_query(${words}::text[])).* )`,
    // A query whose words all vanish in normalisation (nothing left to look for) matches everything.
    match: (vector) => Prisma.sql`(q."full" IS NULL OR ${vector} @@ q."full")`,
    rank: (vector) => Prisma.sql`public.search_rank(${vector}, (q."full", q."exact", q."words")::public.search_query)`,
  };
}
