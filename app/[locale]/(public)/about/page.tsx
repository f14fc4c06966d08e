import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { StageList } from "@/components/stages/stage-list";
import { ButtonLink } from "@/components/ui/button-link";
import { PageHeading } from "@/components/ui/page-heading";
import { getStageCounts, getStages } from "@/lib/home/queries";
import { Link } from "@/lib/i18n/link";
import { resolveLocale, type LocaleParams } from "@/lib/i18n/locale";
import { alternatesFor } from "@/lib/innovations/urls";
import { site } from "@/lib/site";

// The stage counts change with every publication.
export const dynamic = "force-dynamic";

const LINES = [
  { key: "capacity", href: "/toolkit" },
  { key: "network", href: "/organisations" },
  { key: "knowledge", href: "/innovations" },
  { key: "synergy", href: "/navigator" },
  { key: "funding", href: "/funding" },
] as const;
const AUDIENCES = ["supporters", "innovators", "implementers", "beneficiaries"] as const;
const FEATURES = [
  "relevance",
  "fit",
  "novelty",
  "collaboration",
  "effectiveness",
  "sustainability",
  "impact",
  "scalability",
] as const;
const FREE = ["consultations", "database", "toolkit", "funding", "seminars"] as const;
const SOURCES = ["strategy", "report", "research", "slides"] as const;

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "about" });
  return { title: t("title"), description: t("lead"), alternates: alternatesFor("/about", locale) };
}

const h2 = "text-2xl font-bold text-brand-strong";

export default async function AboutPage({ params }: LocaleParams) {
  const locale = await resolveLocale(params);
  const [t, stages, counts] = await Promise.all([getTranslations("about"), getStages(), getStageCounts()]);

  return (
    <>
      <PageHeading title={t("title")} lead={t("lead")} />

      <section aria-labelledby="what-heading" className="max-w-3xl">
        <h2 id="what-heading" className={h2}>
          {t("whatHeading")}
        </h2>
        <p className="mt-3">{t("what1")}</p>
        <figure className="mt-4 border-l-4 border-brand bg-surface p-4">
          <figcaption className="font-semibold">{t("goalLabel")}</figcaption>
          <blockquote className="mt-1 italic">{t("goal")}</blockquote>
        </figure>
      </section>

      <section aria-labelledby="lines-heading" className="mt-12">
        <h2 id="lines-heading" className={h2}>
          {t("linesHeading")}
        </h2>
        <p className="mt-2 max-w-3xl">{t("linesIntro")}</p>
        <ol className="mt-4 grid gap-4 md:grid-cols-2 lg:grid-cols-3" data-lines>
          {LINES.map(({ key, href }, index) => (
            <li key={key} className="flex flex-col rounded-lg border border-line p-5" data-line={key}>
              <h3 className="text-lg font-bold">
                <span aria-hidden="true" className="mr-2 text-accent">
                  {index + 1}.
                </span>
                {t(`lines.${key}.title`)}
              </h3>
              <p className="mt-2 flex-1">{t(`lines.${key}.text`)}</p>
              <p className="mt-3">
                <Link href={href}>{t(`lines.${key}.link`)}</Link>
              </p>
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="who-heading" className="mt-12 max-w-3xl">
        <h2 id="who-heading" className={h2}>
          {t("whoHeading")}
        </h2>
        <ul className="mt-3 list-disc space-y-2 pl-6">
          {AUDIENCES.map((key) => (
            <li key={key}>{t(`who.${key}`)}</li>
          ))}
        </ul>
      </section>

      <StageList
        stages={stages}
        counts={counts}
        locale={locale}
        headingId="about-stages-heading"
        intro={t("stagesIntro")}
      />

      <section aria-labelledby="features-heading" className="mt-12">
        <h2 id="features-heading" className={h2}>
          {t("featuresHeading")}
        </h2>
        <p className="mt-2 max-w-3xl">{t("featuresIntro")}</p>
        <ol className="mt-4 grid gap-3 md:grid-cols-2" data-features>
          {FEATURES.map((key, index) => (
            <li key={key} className="rounded-lg border border-line p-4">
              <h3 className="font-bold">
                <span aria-hidden="true" className="mr-2 text-accent">
                  {index + 1}.
                </span>
                {t(`features.${key}.title`)}
              </h3>
              <p className="mt-1">{t(`features.${key}.text`)}</p>
            </li>
          ))}
        </ol>
        <p className="mt-3 text-sm text-muted">{t("featuresSource")}</p>
      </section>

      <section aria-labelledby="free-heading" className="mt-12 max-w-3xl">
        <h2 id="free-heading" className={h2}>
          {t("freeHeading")}
        </h2>
        <p className="mt-2">{t("freeIntro")}</p>
        <ul className="mt-3 list-disc space-y-2 pl-6">
          {FREE.map((key) => (
            <li key={key}>{t(`free.${key}`)}</li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="contact-heading" className="mt-12 rounded-lg border border-line bg-surface p-6">
        <h2 id="contact-heading" className={h2}>
          {t("contactHeading")}
        </h2>
        <p className="mt-2 max-w-3xl">{t("contactText")}</p>
        <div className="mt-4 flex flex-wrap items-center gap-4">
          <ButtonLink href="/consultations">{t("contactForm")}</ButtonLink>
          <p>
            {t("contactEmail")}: <a href={`mailto:${site.email}`}>{site.email}</a>
          </p>
        </div>
      </section>

      <section aria-labelledby="sources-heading" className="mt-12 max-w-3xl text-sm">
        <h2 id="sources-heading" className="text-lg font-bold">
          {t("sourcesHeading")}
        </h2>
        <ul className="mt-2 list-disc space-y-1 pl-6">
          {SOURCES.map((key) => (
            <li key={key}>{t(`sources.${key}`)}</li>
          ))}
        </ul>
      </section>
    </>
  );
}
