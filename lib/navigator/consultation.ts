// "Ask SIKC about this": the navigator's answers as a consultation request
// the person only completes. The request form (/consultations) reads these
// parameters (lib/consultations/prefill.ts): topic, stage, theme, region and
// organisation type as vocabulary keys, and `summary` as the opening text of
// the question, which names the answers and the best matches.
import { createTranslator } from "next-intl";
import en from "@/messages/en/navigator.json";
import lv from "@/messages/lv/navigator.json";
import type { Locale } from "@/lib/i18n/routing";
import { RESIDENT, type Answers } from "./answers";
import type { LabelOf } from "./reasons";

/** The longest summary sent; the request form takes 4 000 characters and the person adds their own question. */
export const SUMMARY_MAX = 1200;
/** Matches of each kind named in the summary. */
const NAMED = 3;

export type SummaryMatches = { calls: string[]; organisations: string[] };

/** The answers and the best matches as plain text, ending where the person's own question begins. */
export function consultationSummary(
  answers: Answers,
  matches: SummaryMatches,
  label: LabelOf,
  needLabel: (need: string) => string,
  locale: Locale,
): string {
  const t = createTranslator({ locale, messages: locale === "lv" ? lv : en, namespace: "navigator" });
  const given = [
    answers.who === RESIDENT ? t("resident") : answers.who && label("ORGANISATION_TYPE", answers.who),
    answers.stage && label("STAGE", answers.stage),
    answers.theme && label("THEME", answers.theme),
    answers.group && label("TARGET_GROUP", answers.group),
    answers.municipality
      ? label("MUNICIPALITY", answers.municipality)
      : answers.region && label("REGION", answers.region),
    ...answers.needs.map(needLabel),
  ].filter((v): v is string => Boolean(v));
  const lines = [t("summary.intro")];
  if (given.length) lines.push(t("summary.answers", { answers: given.join("; ") }));
  if (matches.calls.length) lines.push(t("summary.calls", { list: matches.calls.slice(0, NAMED).join("; ") }));
  if (matches.organisations.length)
    lines.push(t("summary.organisations", { list: matches.organisations.slice(0, NAMED).join("; ") }));
  const question = `\n\n${t("summary.question")} `;
  return lines.join("\n").slice(0, SUMMARY_MAX - question.length) + question;
}

/** The consultation form's address with everything the navigator knows filled in. */
export function consultationParams(answers: Answers, topic: string, summary: string): URLSearchParams {
  const params = new URLSearchParams({ topic });
  if (answers.stage) params.set("stage", answers.stage);
  if (answers.theme) params.set("theme", answers.theme);
  if (answers.region) params.set("region", answers.region);
  if (answers.who && answers.who !== RESIDENT) params.set("organisationType", answers.who);
  params.set("summary", summary);
  return params;
}
