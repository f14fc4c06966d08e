// Which values each facet accepts: Term keys of its vocabulary, organisation
// slugs for "supporter"; years are checked by format in params.ts.
import type { Vocabulary } from "@/generated/prisma/client";
import type { createPrismaClient } from "@/lib/db-client";
import type { Facet } from "./engine";
import type { FacetVocabulary } from "./params";

type VocabularyDb = Pick<ReturnType<typeof createPrismaClient>, "term" | "organisation">;

export const FACET_VOCABULARY: Partial<Record<Facet, Vocabulary>> = {
  stage: "STAGE",
  theme: "THEME",
  targetGroup: "TARGET_GROUP",
  region: "REGION",
  status: "STATUS",
  implementerType: "ORGANISATION_TYPE",
};

export async function loadFacetVocabulary(db: VocabularyDb): Promise<FacetVocabulary> {
  const vocabularies = Object.values(FACET_VOCABULARY);
  const [terms, organisations] = await Promise.all([
    // Inactive terms stay valid: old links and records may still carry them.
    db.term.findMany({ where: { vocabulary: { in: vocabularies } }, select: { vocabulary: true, key: true } }),
    db.organisation.findMany({ select: { slug: true } }),
  ]);
  const result: FacetVocabulary = { supporter: new Set(organisations.map((o) => o.slug)) };
  for (const [facet, vocabulary] of Object.entries(FACET_VOCABULARY) as [Facet, Vocabulary][]) {
    result[facet] = new Set(terms.filter((t) => t.vocabulary === vocabulary).map((t) => t.key));
  }
  return result;
}
