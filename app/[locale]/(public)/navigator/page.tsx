// The support navigator's start page ("check before you start"): what it
// does, what it asks, and the way in. The questions and the result page are
// its sub-pages; the answers travel in the URL.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ButtonLink } from "@/components/ui/button-link";
import { PageHeading } from "@/components/ui/page-heading";
import { Link } from "@/lib/i18n/link";
import { resolveLocale, type LocaleParams } from "@/lib/i18n/locale";
import { alternatesFor } from "@/lib/innovations/urls";
import { QUESTIONS } from "@/lib/navigator/answers";
import { questionPath, RESULTS_PATH } from "@/lib/navigator/flow";
import { StepFocus } from "./_components/step-focus";

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "navigator" });
  return { title: t("title"), description: t("lead"), alternates: alternatesFor("/navigator", locale) };
}

export default async function NavigatorStartPage({ params }: LocaleParams) {
  await resolveLocale(params);
  const t = await getTranslations("navigator");
  return (
    <div className="max-w-3xl">
      <StepFocus />
      <PageHeading title={t("title")} lead={t("lead")} />
      <section aria-labelledby="navigator-questions">
        <h2 id="navigator-questions" className="text-xl font-bold text-brand-strong">
          {t("questionsHeading")}
        </h2>
        <ol className="mt-3 list-decimal space-y-1 pl-6">
          {QUESTIONS.map((q) => (
            <li key={q}>{t(`questions.${q}.title`)}</li>
          ))}
        </ol>
      </section>
      <section aria-labelledby="navigator-before" className="mt-8">
        <h2 id="navigator-before" className="text-xl font-bold text-brand-strong">
          {t("beforeHeading")}
        </h2>
        <ul className="mt-3 list-disc space-y-2 pl-6">
          <li>{t("before.time")}</li>
          <li>{t("before.skip")}</li>
          <li>{t("before.privacy")}</li>
          <li>{t("before.data")}</li>
        </ul>
      </section>
      <p className="mt-8">
        <ButtonLink href={questionPath(QUESTIONS[0])} data-start>
          {t("start")}
          <span aria-hidden="true" className="ml-2">
            →
          </span>
        </ButtonLink>
      </p>
      <p className="mt-6">
        <Link href={RESULTS_PATH}>{t("withoutAnswers")}</Link>
      </p>
    </div>
  );
}
