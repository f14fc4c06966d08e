// One question of the support navigator per page: a GET form whose action is
// the next page, carrying the earlier answers as hidden fields, so it works
// without JavaScript; with it, next/form moves to the next step without a
// reload. Every question can be skipped; "Back" and "Skip" are plain links.
import type { Metadata } from "next";
import Form from "next/form";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/link";
import { resolveLocale } from "@/lib/i18n/locale";
import { localizedHref } from "@/lib/i18n/paths";
import { answerParams, QUESTIONS } from "@/lib/navigator/answers";
import {
  backPath,
  CHANGE_PARAM,
  hrefWith,
  isQuestion,
  nextPath,
  questionNumber,
  RESULTS_PATH,
  skipHref,
} from "@/lib/navigator/flow";
import { readNavigatorAnswers } from "@/lib/navigator/page-data";
import { IgnoredNote } from "../_components/ignored-note";
import { QuestionControls } from "../_components/question-controls";
import { StepFocus } from "../_components/step-focus";

type Props = {
  params: Promise<{ locale: string; question: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [locale, { question }] = await Promise.all([resolveLocale(params), params]);
  if (!isQuestion(question)) return {};
  const t = await getTranslations({ locale, namespace: "navigator" });
  // Only the start page is indexed: a question page without its earlier answers is no landing page.
  return {
    title: `${t(`questions.${question}.title`)} – ${t("title")}`,
    robots: { index: false, follow: true },
  };
}

export default async function QuestionPage({ params, searchParams }: Props) {
  const [locale, { question }, raw] = await Promise.all([resolveLocale(params), params, searchParams]);
  if (!isQuestion(question)) notFound();
  const [t, { answers, ignored, terms }] = await Promise.all([getTranslations("navigator"), readNavigatorAnswers(raw)]);
  const changing = [raw[CHANGE_PARAM]].flat()[0] === "1";
  const last = nextPath(question, changing) === RESULTS_PATH;
  const carried = answerParams(answers, question);
  const hintId = `question-${question}-hint`;

  return (
    <div className="max-w-3xl">
      <StepFocus />
      <p className="mb-6">
        <Link href={hrefWith(backPath(question, changing), answers)} data-back>
          <span aria-hidden="true">← </span>
          {t("back")}
        </Link>
      </p>
      <IgnoredNote ignored={ignored.filter((q) => q !== question)} />
      <Form action={localizedHref(nextPath(question, changing), locale)} data-question={question}>
        {[...carried].map(([name, value]) => (
          <input key={`${name}=${value}`} type="hidden" name={name} value={value} />
        ))}
        <QuestionControls
          question={question}
          answers={answers}
          terms={terms}
          locale={locale}
          hintId={hintId}
          caption={t("progress", { number: questionNumber(question), total: QUESTIONS.length })}
        />
        <p className="mt-8 flex flex-wrap items-center gap-x-8 gap-y-4">
          <button
            type="submit"
            className="min-h-11 rounded bg-brand px-6 py-2 font-semibold text-white hover:bg-brand-strong"
          >
            {last ? t("seeResults") : t("continue")}
          </button>
          <Link href={skipHref(question, answers, changing)} data-skip>
            {t("skip")}
          </Link>
        </p>
      </Form>
    </div>
  );
}
