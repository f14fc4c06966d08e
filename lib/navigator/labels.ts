// The navigator's vocabulary labels in the page's language, and the choices
// each question offers (only active terms: a retired term is no answer).
import { localized } from "@/lib/i18n/content";
import type { Locale } from "@/lib/i18n/routing";
import type { NavigatorTerm, NavigatorVocabulary } from "./queries";
import type { LabelOf } from "./reasons";

export type Choice = { value: string; label: string };

export function navigatorLabels(terms: NavigatorTerm[], locale: Locale) {
  const byKey = new Map(terms.map((t) => [`${t.vocabulary}:${t.key}`, localized(t, "label", locale).text]));
  // A key without a term shows as itself rather than vanishing.
  const label: LabelOf = (vocabulary, key) => byKey.get(`${vocabulary}:${key}`) ?? key;
  const choices = (vocabulary: NavigatorVocabulary, keep: (t: NavigatorTerm) => boolean = () => true): Choice[] =>
    terms
      .filter((t) => t.vocabulary === vocabulary && t.active && keep(t))
      .map((t) => ({ value: t.key, label: byKey.get(`${vocabulary}:${t.key}`)! }));
  return { label, choices };
}
