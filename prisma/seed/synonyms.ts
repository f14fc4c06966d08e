// Loads the starting set of search synonyms (data/synonyms.json) into an empty
// synonym table; once staff have edited synonyms, a re-seed leaves them alone.
import type { SeedDb } from "./types";
import synonyms from "./data/synonyms.json" with { type: "json" };

export const synonymSeedGroups = (): string[][] => synonyms.groups.map((g) => g.terms);

export async function seedSynonyms(db: SeedDb): Promise<number> {
  if ((await db.synonymGroup.count()) > 0) return 0;
  const { count } = await db.synonymGroup.createMany({ data: synonymSeedGroups().map((terms) => ({ terms })) });
  return count;
}
