// Reads for the staff's synonym pages.
import "server-only";
import { db } from "@/lib/db";

export type SynonymGroupRow = { id: string; terms: string[]; updatedAt: Date };

/** Every group, alphabetically by its first term (Latvian order). */
export async function listSynonymGroups(): Promise<SynonymGroupRow[]> {
  const groups = await db.synonymGroup.findMany({ select: { id: true, terms: true, updatedAt: true } });
  const collator = new Intl.Collator("lv");
  return groups.sort((a, b) => collator.compare(a.terms[0] ?? "", b.terms[0] ?? ""));
}

export async function getSynonymGroup(id: string): Promise<SynonymGroupRow | null> {
  return db.synonymGroup.findUnique({ where: { id }, select: { id: true, terms: true, updatedAt: true } });
}
