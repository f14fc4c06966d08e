import type { Metadata } from "next";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { localized, type LocalizedText, langAttr } from "@/lib/i18n/content";
import { Link } from "@/lib/i18n/link";
import { routing, type Locale } from "@/lib/i18n/routing";
import { innovationJsonLd, serializeJsonLd } from "@/lib/innovations/json-ld";
import { createLabeler } from "@/lib/innovations/labels";
import { getInnovationDetail, getRelatedInnovations, getTermLabels } from "@/lib/innovations/queries";
import { absoluteUrl, alternatesFor } from "@/lib/innovations/urls";
import { AssessmentList } from "./_components/assessment-list";
import { Facts } from "./_components/facts";
import { IndicatorsTable } from "./_components/indicators-table";
import { LinksAndProjects } from "./_components/links-and-projects";
import { People } from "./_components/people";
import { RelatedInnovations } from "./_components/related-innovations";
import { StagePath } from "./_components/stage-path";

type Props = { params: Promise<{ locale: string; slug: string }> };

async function resolve(params: Props["params"]): Promise<{ locale: Locale; slug: string }> {
  const { locale, slug } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  return { locale, slug };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await resolve(params);
  const innovation = await getInnovationDetail(slug);
  if (!innovation) return {};
  const t = await getTranslations({ locale, namespace: "Metadata" });
  const title = localized(innovation, "title", locale).text;
  const description = localized(innovation, "summary", locale).text;
  const path = `/innovations/${innovation.slug}`;
  return {
    title,
    description,
    alternates: alternatesFor(path, locale),
    openGraph: {
      type: "article",
      title,
      description,
      url: absoluteUrl(path, locale),
      siteName: t("siteName"),
      locale: locale === "lv" ? "lv_LV" : "en_GB",
      alternateLocale: locale === "lv" ? ["en_GB"] : ["lv_LV"],
      modifiedTime: innovation.updatedAt.toISOString(),
    },
  };
}

function TextSection({ id, heading, text, locale }: { id: string; heading: string; text: LocalizedText; locale: Locale }) {
  if (!text.text) return null;
  return (
    <section aria-labelledby={`${id}-heading`} className="mt-8" data-field={id}>
      <h2 id={`${id}-heading`} className="text-2xl font-bold text-brand-strong">
        {heading}
      </h2>
      <p className="mt-2 max-w-3xl whitespace-pre-line" lang={langAttr(text, locale)}>
        {text.text}
      </p>
    </section>
  );
}

export default async function InnovationPage({ params }: Props) {
  const { locale, slug } = await resolve(params);
  const innovation = await getInnovationDetail(slug);
  if (!innovation) notFound();
  const [terms, related, t] = await Promise.all([
    getTermLabels(),
    getRelatedInnovations(innovation),
    getTranslations("innovations.detail"),
  ]);
  const labels = createLabeler(terms, [], locale);
  const field = (name: Parameters<typeof localized<typeof innovation>>[1]) => localized(innovation, name, locale);
  const title = field("title");
  const summary = field("summary");
  const impactHeading =
    innovation.impactKind === "EXISTING" ? t("impactExisting") : innovation.impactKind === "EXPECTED" ? t("impactExpected") : t("impact");
  const orgLinks = (role: "IMPLEMENTER" | "SUPPORTER") =>
    innovation.organisations
      .filter((o) => o.role === role)
      .map(({ organisation }) => ({
        name: localized(organisation, "name", locale).text,
        url: absoluteUrl(`/organisations/${organisation.slug}`, locale),
      }));
  const jsonLd = innovationJsonLd({
    url: absoluteUrl(`/innovations/${innovation.slug}`, locale),
    name: title.text,
    description: summary.text,
    inLanguage: summary.lang,
    about: innovation.themes.map((k) => labels.term("THEME", k).text),
    audience: innovation.targetGroups.map((k) => labels.term("TARGET_GROUP", k).text),
    areaServed: innovation.region ? labels.term("REGION", innovation.region).text : null,
    implementers: orgLinks("IMPLEMENTER"),
    supporters: orgLinks("SUPPORTER"),
    datePublished: innovation.publishedAt?.toISOString() ?? null,
    dateModified: innovation.updatedAt.toISOString(),
  });

  return (
    <article>
      {/* The only raw HTML on the page: JSON with <, > and & escaped (serializeJsonLd). */}
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(jsonLd) }} />
      <nav aria-label={t("breadcrumbLabel")} className="mb-4 text-sm">
        <Link href="/innovations">{t("breadcrumb")}</Link>
      </nav>
      <header className="mb-8">
        <h1 lang={langAttr(title, locale)} className="text-3xl font-bold tracking-tight text-brand-strong sm:text-4xl">
          {title.text}
        </h1>
        {summary.text ? (
          <p lang={langAttr(summary, locale)} className="mt-3 max-w-3xl text-lg text-muted" data-field="summary">
            {summary.text}
          </p>
        ) : null}
      </header>

      <div className="grid gap-8 lg:grid-cols-[1fr_20rem]">
        <div>
          <TextSection id="problem" heading={t("problem")} text={field("problem")} locale={locale} />
          <TextSection id="solution" heading={t("solution")} text={field("solution")} locale={locale} />
          <TextSection id="novelty" heading={t("novelty")} text={field("novelty")} locale={locale} />
          <TextSection id="impact" heading={impactHeading} text={field("impact")} locale={locale} />
          <TextSection id="results" heading={t("results")} text={field("results")} locale={locale} />
          <TextSection id="transferability" heading={t("transferability")} text={field("transferability")} locale={locale} />
        </div>
        <div className="lg:mt-8">
          <Facts innovation={innovation} labels={labels} locale={locale} />
        </div>
      </div>

      <StagePath current={innovation.stage} labels={labels} locale={locale} />
      <IndicatorsTable indicators={innovation.indicators} title={title} locale={locale} />
      <AssessmentList assessments={innovation.assessments} labels={labels} locale={locale} />
      <People innovation={innovation} labels={labels} locale={locale} />
      <LinksAndProjects links={innovation.links} projects={innovation.projects} locale={locale} />
      <RelatedInnovations innovations={related} labels={labels} locale={locale} />

      <aside aria-labelledby="correction-heading" className="mt-12 rounded-lg border-l-4 border-accent bg-surface p-5">
        <h2 id="correction-heading" className="text-lg font-bold">
          {t("correctionNote")}
        </h2>
        <p className="mt-2">
          <Link href={{ pathname: "/submit", query: { correction: innovation.slug } }} data-correction>
            {t("correction")}
          </Link>
        </p>
      </aside>
    </article>
  );
}
