// Reads for the vocabulary screens (content:read).
import "server-only";
import { db } from "@/lib/db";
import type { Vocabulary } from "@/generated/prisma/enums";
import { VOCABULARIES } from "./schema";
import { termUsage, vocabularyUsage, type Usage } from "./usage";

export type VocabularySummary = { vocabulary: Vocabulary; terms: number; hidden: number };

export async function listVocabularies(): Promise<VocabularySummary[]> {
  const rows = await db.term.groupBy({ by: ["vocabulary", "active"], _count: { _all: true } });
  return VOCABULARIES.map((vocabulary) => {
    const of = rows.filter((r) => r.vocabulary === vocabulary);
    const count = (active: boolean) => of.find((r) => r.active === active)?._count._all ?? 0;
    return { vocabulary, terms: count(true) + count(false), hidden: count(false) };
  });
}

export type TermRow = {
  id: string;
  key: string;
  labelLv: string;
  labelEn: string;
  position: number;
  parentKey: string | null;
  active: boolean;
  usage: Usage;
};

/** A vocabulary's terms in display order (the order public pages use), each with its usage. */
export async function listTerms(vocabulary: Vocabulary): Promise<TermRow[]> {
  const [terms, usage] = await Promise.all([
    db.term.findMany({
      where: { vocabulary },
      orderBy: [{ position: "asc" }, { labelLv: "asc" }, { key: "asc" }],
      select: { id: true, key: true, labelLv: true, labelEn: true, position: true, parentKey: true, active: true },
    }),
    vocabularyUsage(db, vocabulary),
  ]);
  return terms.map((t) => ({ ...t, usage: usage.get(t.key) ?? {} }));
}

/** Planning regions, for a new municipality's parent. */
export async function listRegions(): Promise<{ key: string; labelLv: string }[]> {
  return db.term.findMany({
    where: { vocabulary: "REGION" },
    orderBy: [{ position: "asc" }, { labelLv: "asc" }],
    select: { key: true, labelLv: true },
  });
}

export async function getTerm(vocabulary: Vocabulary, id: string): Promise<TermRow | null> {
  const term = await db.term.findFirst({
    where: { id, vocabulary },
    select: { id: true, key: true, labelLv: true, labelEn: true, position: true, parentKey: true, active: true },
  });
  if (!term) return null;
  return { ...term, usage: await termUsage(db, vocabulary, term.key) };
}
