// The public innovation page's body, given the record: used by the public
// detail page and by the staff preview of a draft, so staff see exactly what
// the public will. `preview` leaves out what only a published record has
// (structured data for search engines, the correction link).
import { getTranslations } from "next-intl/server";
import { localized, type LocalizedText, langAttr } from "@/lib/i18n/content";
import { Link } from "@/lib/i18n/link";
import type { Locale } from "@/lib/i18n/routing";
import { innovationJsonLd, serializeJsonLd } from "@/lib/innovations/json-ld";
import type { Labeler } from "@/lib/innovations/labels";
import type { InnovationDetail, RelatedInnovation } from "@/lib/innovations/queries";
import { absoluteUrl } from "@/lib/innovations/urls";
import { AssessmentList } from "./assessment-list";
import { Facts } from "./facts";
import { IndicatorsTable } from "./indicators-table";
import { LinksAndProjects } from "./links-and-projects";
import { People } from "./people";
import { RelatedInnovations } from "./related-innovations";
import { StagePath } from "./stage-path";
import { UsefulResources } from "./useful-resources";
import type { ResourceCard } from "@/lib/resources/public-queries";

type Props = {
  innovation: InnovationDetail;
  related: RelatedInnovation[];
  labels: Labeler;
  locale: Locale;
  preview?: boolean;
  /** Toolkit items for the innovation's stage ("Useful at this stage"). */
  resources?: ResourceCard[];
};

function TextSection({
  id,
  heading,
  text,
  locale,
}: {
  id: string;
  heading: string;
  text: LocalizedText;
  locale: Locale;
}) {
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

function JsonLd({ innovation, labels, locale }: Omit<Props, "related">) {
  const orgLinks = (role: "IMPLEMENTER" | "SUPPORTER") =>
    innovation.organisations
      .filter((o) => o.role === role)
      .map(({ organisation }) => ({
        name: localized(organisation, "name", locale).text,
        url: absoluteUrl(`/organisations/${organisation.slug}`, locale),
      }));
  const summary = localized(innovation, "summary", locale);
  const jsonLd = innovationJsonLd({
    url: absoluteUrl(`/innovations/${innovation.slug}`, locale),
    name: localized(innovation, "title", locale).text,
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
  // The only raw HTML on the page: JSON with <, > and & escaped (serializeJsonLd).
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(jsonLd) }} />;
}

export async function InnovationArticle({
  innovation,
  related,
  labels,
  locale,
  preview = false,
  resources = [],
}: Props) {
  const t = await getTranslations({ locale, namespace: "innovations.detail" });
  const field = (name: Parameters<typeof localized<typeof innovation>>[1]) => localized(innovation, name, locale);
  const title = field("title");
  const summary = field("summary");
  const impactHeading =
    innovation.impactKind === "EXISTING"
      ? t("impactExisting")
      : innovation.impactKind === "EXPECTED"
        ? t("impactExpected")
        : t("impact");

  return (
    <article>
      {preview ? null : <JsonLd innovation={innovation} labels={labels} locale={locale} />}
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
          <TextSection
            id="transferability"
            heading={t("transferability")}
            text={field("transferability")}
            locale={locale}
          />
        </div>
        <div className="lg:mt-8">
          <Facts innovation={innovation} labels={labels} locale={locale} />
        </div>
      </div>

      <StagePath current={innovation.stage} labels={labels} locale={locale} />
      <UsefulResources stage={innovation.stage} resources={resources} labels={labels} locale={locale} />
      <IndicatorsTable indicators={innovation.indicators} title={title} locale={locale} />
      <AssessmentList assessments={innovation.assessments} labels={labels} locale={locale} />
      <People innovation={innovation} labels={labels} locale={locale} />
      <LinksAndProjects links={innovation.links} projects={innovation.projects} locale={locale} />
      <RelatedInnovations innovations={related} labels={labels} locale={locale} />

      {preview ? null : (
        <aside
          aria-labelledby="correction-heading"
          className="mt-12 rounded-lg border-l-4 border-accent bg-surface p-5"
        >
          <h2 id="correction-heading" className="text-lg font-bold">
            {t("correctionNote")}
          </h2>
          <p className="mt-2">
            <Link href={{ pathname: "/submit", query: { correction: innovation.slug } }} data-correction>
              {t("correction")}
            </Link>
          </p>
        </aside>
      )}
    </article>
  );
}
