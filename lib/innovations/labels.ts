// Turns stored keys (Term keys, organisation slugs, years) into the labels a
// page shows, in the page's language with the Latvian fallback marked.
import type { Facet } from "@/lib/search/engine";
import { FACET_VOCABULARY } from "@/lib/search/vocabulary";
import { localized, type LocalizedText } from "@/lib/i18n/content";
import type { Locale } from "@/lib/i18n/routing";
import type { Vocabulary } from "@/generated/prisma/client";
import type { OrganisationName, TermLabels } from "./queries";

export type Labeler = {
  term(vocabulary: Vocabulary, key: string): LocalizedText;
  facetValue(facet: Facet, value: string): LocalizedText;
  /** Terms of a vocabulary in display order (stages by position). */
  terms(vocabulary: Vocabulary): { key: string; label: LocalizedText }[];
};

export function createLabeler(terms: TermLabels, organisations: OrganisationName[], locale: Locale): Labeler {
  const byVocabulary = new Map<string, Map<string, LocalizedText>>();
  for (const [vocabulary, list] of Object.entries(terms)) {
    byVocabulary.set(vocabulary, new Map((list ?? []).map((t) => [t.key, localized(t, "label", locale)])));
  }
  const orgs = new Map(organisations.map((o) => [o.slug, localized(o, "name", locale)]));
  // An unknown key shows as itself rather than vanishing; it is data, so marked Latvian.
  const raw = (key: string): LocalizedText => ({ text: key, lang: locale, fallback: false });

  const term = (vocabulary: Vocabulary, key: string) => byVocabulary.get(vocabulary)?.get(key) ?? raw(key);
  return {
    term,
    facetValue(facet, value) {
      if (facet === "supporter") return orgs.get(value) ?? raw(value);
      const vocabulary = FACET_VOCABULARY[facet];
      return vocabulary ? term(vocabulary, value) : raw(value);
    },
    terms(vocabulary) {
      return (terms[vocabulary] ?? []).map((t) => ({ key: t.key, label: localized(t, "label", locale) }));
    },
  };
}
