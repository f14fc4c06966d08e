// The staff's synonym groups (SynonymGroup, edited at /admin/synonyms) as the
// engines take them: the PostgreSQL engine reads their normalised terms in
// SQL (public.search_query); Meilisearch gets them in its settings, applied
// by the worker when they change (lib/search/sync.ts, search.settings).
import type { createPrismaClient } from "@/lib/db-client";

type SynonymDb = Pick<ReturnType<typeof createPrismaClient>, "synonymGroup">;

export async function loadSynonymGroups(db: SynonymDb): Promise<string[][]> {
  const groups = await db.synonymGroup.findMany({ select: { terms: true }, orderBy: { createdAt: "asc" } });
  return groups.map((g) => g.terms);
}

/** Meilisearch's synonyms: every term of a group maps to all the others (mutual), lowercased as it matches. */
export function synonymMap(groups: string[][]): Record<string, string[]> {
  const map: Record<string, string[]> = {};
  for (const group of groups) {
    const terms = [...new Set(group.map((t) => t.trim().toLowerCase()).filter(Boolean))];
    for (const term of terms) map[term] = [...new Set([...(map[term] ?? []), ...terms.filter((t) => t !== term)])];
  }
  return map;
}
