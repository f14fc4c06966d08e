import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageHeading } from "@/components/ui/page-heading";
import { resolveLocale } from "@/lib/i18n/locale";
import { PREFILL_PARAMS } from "@/lib/consultations/prefill";
import { Link } from "@/lib/i18n/link";
import { alternatesFor } from "@/lib/innovations/urls";
import { site } from "@/lib/site";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "consultations.start" });
  return { title: t("title"), description: t("lead"), alternates: alternatesFor("/consultations", locale) };
}

/** A link's prefill (the support navigator's answers) goes on to the form, which drops what it does not know. */
function formQuery(raw: Record<string, string | string[] | undefined>): Record<string, string> {
  const query: Record<string, string> = {};
  for (const [name, max] of Object.entries(PREFILL_PARAMS)) {
    const value = [raw[name]].flat()[0];
    if (value) query[name] = value.slice(0, max);
  }
  return query;
}

const facts = ["who", "cost", "when", "how"] as const;

/**
 * The start page before the long form (GOV.UK's start-page pattern): who
 * answers, that it costs nothing, how soon, what you need and what happens
 * next, then one "Start now" button.
 */
export default async function ConsultationsStartPage({ params, searchParams }: Props) {
  await resolveLocale(params);
  const [raw, t, thanks] = await Promise.all([
    searchParams,
    getTranslations("consultations.start"),
    getTranslations("consultations.thanks"),
  ]);
  return (
    <div className="max-w-3xl">
      <PageHeading title={t("title")} lead={t("lead")} />
      <dl className="space-y-5">
        {facts.map((fact) => (
          <div key={fact} data-fact={fact}>
            <dt className="text-xl font-bold text-brand-strong">{t(`${fact}Heading`)}</dt>
            <dd className="mt-1 leading-relaxed">{t(`${fact}Text`)}</dd>
          </div>
        ))}
      </dl>
      <section aria-labelledby="start-next" className="mt-6">
        <h2 id="start-next" className="text-xl font-bold text-brand-strong">
          {thanks("nextHeading")}
        </h2>
        <ol className="mt-2 list-decimal space-y-1 pl-6">
          <li>{thanks("next1")}</li>
          <li>{thanks("next2")}</li>
          <li>{thanks("next3")}</li>
        </ol>
      </section>
      <p className="mt-8">
        <Link
          href={{ pathname: "/consultations/request", query: formQuery(raw) }}
          role="button"
          draggable={false}
          className="inline-flex min-h-12 items-center gap-2 rounded bg-[#00703c] px-6 py-3 text-lg font-bold text-white no-underline shadow-[0_2px_0_#002d18] hover:bg-[#005a30] hover:text-white"
          data-start
        >
          {t("startButton")}
          <svg aria-hidden="true" width="17.5" height="19" viewBox="0 0 33 40" fill="currentColor">
            <path d="M0 0h13l20 20-20 20H0l20-20z" />
          </svg>
        </Link>
      </p>
      <p className="mt-6 text-muted">{t("timeNeeded")}</p>
      <h2 className="mt-8 text-xl font-bold text-brand-strong">{t("otherWaysHeading")}</h2>
      <p className="mt-2">
        {t("otherWaysText")} <a href={`mailto:${site.email}`}>{site.email}</a>
      </p>
      <p className="mt-2">{t("manageText")}</p>
    </div>
  );
}
