// The navigator's one result page: the answers with a way to change each, what
// to do next, and the lists (calls, organisations, materials, innovations,
// SIKC's consultation) in the order that fits the answers, every item with the
// reason it was matched. Rendered per request from the URL; works with no
// answers at all (then it shows the most general support).
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageHeading } from "@/components/ui/page-heading";
import { Link } from "@/lib/i18n/link";
import { resolveLocale } from "@/lib/i18n/locale";
import { localizedHref } from "@/lib/i18n/paths";
import { hasAnswers, QUESTIONS, type Need } from "@/lib/navigator/answers";
import { consultationParams, consultationSummary } from "@/lib/navigator/consultation";
import { navigatorLabels } from "@/lib/navigator/labels";
import { NAVIGATOR_PATH, questionPath } from "@/lib/navigator/flow";
import { findSupport } from "@/lib/navigator/queries";
import { readNavigatorAnswers } from "@/lib/navigator/page-data";
import { AnswerSummary } from "../_components/answer-summary";
import { IgnoredNote } from "../_components/ignored-note";
import { NextSteps } from "../_components/next-steps";
import { ResultLists } from "../_components/result-lists";
import { StepFocus } from "../_components/step-focus";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "navigator" });
  // Answers make endless URLs of one page: only the start page is for search engines.
  return { title: `${t("results.title")} – ${t("title")}`, robots: { index: false, follow: true } };
}

export default async function NavigatorResultsPage({ params, searchParams }: Props) {
  const [locale, raw] = await Promise.all([resolveLocale(params), searchParams]);
  const now = new Date();
  const [t, { answers, ignored, terms }] = await Promise.all([getTranslations("navigator"), readNavigatorAnswers(raw)]);
  const result = await findSupport(answers, terms, locale, now);
  const answered = hasAnswers(answers);
  const labels = navigatorLabels(terms, locale);
  const summary = consultationSummary(
    answers,
    {
      calls: result.calls.shown.map((m) => m.name),
      organisations: result.organisations.shown.map((m) => m.name),
    },
    labels.label,
    (need) => t(`needs.${need as Need}`),
    locale,
  );
  const consultation = localizedHref(
    "/consultations/request",
    locale,
    consultationParams(answers, result.topic, summary).toString(),
  );

  return (
    <>
      <StepFocus />
      <PageHeading
        title={answered ? t("results.title") : t("results.titleGeneral")}
        lead={answered ? t("results.lead") : t("results.leadGeneral")}
      />
      <IgnoredNote ignored={ignored} />
      {answered ? null : (
        <p className="-mt-4 mb-8">
          <Link href={questionPath(QUESTIONS[0])}>{t("results.answerQuestions")}</Link>
        </p>
      )}
      <div className="grid gap-10 lg:grid-cols-[1fr_19rem]">
        <div className="min-w-0 space-y-10">
          <NextSteps result={result} answers={answers} consultation={consultation} locale={locale} />
          <ResultLists
            result={result}
            answers={answers}
            label={labels.label}
            consultation={consultation}
            locale={locale}
            now={now}
          />
        </div>
        <aside className="space-y-4">
          <AnswerSummary answers={answers} label={labels.label} locale={locale} />
          <p>
            <Link href={NAVIGATOR_PATH}>{t("results.startAgain")}</Link>
          </p>
        </aside>
      </div>
    </>
  );
}
