// "Did you mean": a spelling the search knows for words it does not, from the
// shared word list (public.search_suggest), used by the search pages when
// nothing matched. Not "server-only": it takes its client like the engines.
import type { createPrismaClient } from "@/lib/db-client";
import { queryWords } from "./text";

type SuggestDb = Pick<ReturnType<typeof createPrismaClient>, "$queryRaw">;

/** The query with every unknown word replaced by the closest known one; null when no word needs it. */
export async function suggestSpelling(db: SuggestDb, q: string): Promise<string | null> {
  const words = queryWords(q);
  if (words.length === 0) return null;
  const [row] = await db.$queryRaw<{ s: (string | null)[] | null }[]>`
    SELECT public.search_suggest(${words}::text[]) AS s`;
  const suggestions = row?.s ?? [];
  if (!suggestions.some((s) => s !== null)) return null;
  return words.map((w, i) => suggestions[i] ?? w).join(" ");
}
