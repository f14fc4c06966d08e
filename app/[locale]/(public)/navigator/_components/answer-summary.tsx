// "Your answers" with a Change link beside each (the GOV.UK summary list):
// the link opens that one question and comes back here.
import NextLink from "next/link";
import { getTranslations } from "next-intl/server";
import { localizedHref } from "@/lib/i18n/paths";
import type { Locale } from "@/lib/i18n/routing";
import { QUESTIONS, RESIDENT, type Answers, type Question } from "@/lib/navigator/answers";
import { changeHref } from "@/lib/navigator/flow";
import type { LabelOf } from "@/lib/navigator/reasons";

export async function AnswerSummary({ answers, label, locale }: { answers: Answers; label: LabelOf; locale: Locale }) {
  const t = await getTranslations("navigator");
  const value = (q: Question): string | null => {
    switch (q) {
      case "who":
        return answers.who === RESIDENT ? t("resident") : answers.who ? label("ORGANISATION_TYPE", answers.who) : null;
      case "stage":
        return answers.stage ? label("STAGE", answers.stage) : null;
      case "theme":
        return answers.theme ? label("THEME", answers.theme) : null;
      case "group":
        return answers.group ? label("TARGET_GROUP", answers.group) : null;
      case "place":
        if (answers.municipality) return label("MUNICIPALITY", answers.municipality);
        return answers.region ? label("REGION", answers.region) : null;
      case "need":
        return answers.needs.length ? answers.needs.map((n) => t(`needs.${n}`)).join("; ") : null;
    }
  };
  return (
    <section aria-labelledby="answers-heading" data-answers>
      <h2 id="answers-heading" className="text-xl font-bold text-brand-strong">
        {t("results.answersHeading")}
      </h2>
      <dl className="mt-3 divide-y divide-line border-y border-line">
        {QUESTIONS.map((q) => {
          const v = value(q);
          return (
            <div key={q} className="flex flex-wrap justify-between gap-x-4 py-3" data-answer={q}>
              <dt className="font-semibold">{t(`questions.${q}.summary`)}</dt>
              <dd className="order-3 w-full">
                <span className={v ? undefined : "text-muted"}>{v ?? t("results.notAnswered")}</span>
              </dd>
              <dd>
                <NextLink href={localizedHref(changeHref(q, answers), locale)}>
                  {t("results.change")}
                  <span className="sr-only"> {t(`questions.${q}.summary`)}</span>
                </NextLink>
              </dd>
            </div>
          );
        })}
      </dl>
    </section>
  );
}
