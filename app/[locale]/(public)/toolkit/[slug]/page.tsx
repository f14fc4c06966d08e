import type { Metadata } from "next";
import { hasLocale } from "next-intl";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { RelatedInnovations } from "@/components/innovations/detail/related-innovations";
import { langAttr, localized } from "@/lib/i18n/content";
import { languageName } from "@/lib/i18n/language-names";
import { Link } from "@/lib/i18n/link";
import { routing, type Locale } from "@/lib/i18n/routing";
import { serializeJsonLd } from "@/lib/innovations/json-ld";
import { createLabeler } from "@/lib/innovations/labels";
import { absoluteUrl, alternatesFor } from "@/lib/innovations/urls";
import { resourceJsonLd } from "@/lib/resources/json-ld";
import {
  getInnovationsForResource,
  getPublicResource,
  getPublisherOrganisations,
  getToolkitTerms,
} from "@/lib/resources/public-queries";
import { allowedTypeOf } from "@/lib/uploads/policy";
import { ExternalLink } from "@/components/ui/external-link";
import { Fact } from "@/components/ui/fact";

type Props = { params: Promise<{ locale: string; slug: string }> };

async function resolve(params: Props["params"]): Promise<{ locale: Locale; slug: string }> {
  const { locale, slug } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  return { locale, slug };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await resolve(params);
  const resource = await getPublicResource(slug);
  if (!resource) return {};
  return {
    title: localized(resource, "title", locale).text,
    description: localized(resource, "summary", locale).text || undefined,
    alternates: alternatesFor(`/toolkit/${resource.slug}`, locale),
  };
}

export default async function ResourcePage({ params }: Props) {
  const { locale, slug } = await resolve(params);
  const resource = await getPublicResource(slug);
  if (!resource) notFound();
  const [terms, related, organisations, t, f, format] = await Promise.all([
    getToolkitTerms(),
    getInnovationsForResource(resource),
    getPublisherOrganisations([resource.publisher]),
    getTranslations("toolkit.detail"),
    getTranslations("Finder"),
    getFormatter(),
  ]);
  const labels = createLabeler(terms, [], locale);
  const title = localized(resource, "title", locale);
  const summary = localized(resource, "summary", locale);
  const type = labels.term("RESOURCE_TYPE", resource.type);
  const organisation = organisations[0];
  const publisherName = organisation ? localized(organisation, "name", locale).text : resource.publisher;
  const file = resource.file;
  const fileType = file ? allowedTypeOf(file.mimeType) : undefined;
  const fileFormat = fileType?.ext.toUpperCase() ?? file?.mimeType;
  const fileSize = file ? format.number(file.sizeBytes / 1024 / 1024, { maximumFractionDigits: 1 }) : "";
  const fileUrl = file ? `/api/uploads/${file.id}` : null;
  const termList = (vocabulary: "AUDIENCE" | "THEME", keys: string[]) =>
    keys.map((k) => labels.term(vocabulary, k).text).join(", ");

  const jsonLd = resourceJsonLd({
    url: absoluteUrl(`/toolkit/${resource.slug}`, locale),
    type: resource.type,
    typeLabel: type.text,
    name: title.text,
    description: summary.text,
    inLanguage: resource.language,
    publisher: publisherName
      ? { name: publisherName, url: organisation ? absoluteUrl(`/organisations/${organisation.slug}`, locale) : null }
      : null,
    year: resource.year,
    license: resource.license,
    contentUrl: fileUrl ? new URL(fileUrl, absoluteUrl("/", locale)).toString() : resource.url,
    encodingFormat: file?.mimeType ?? null,
    audience: resource.audiences.map((k) => labels.term("AUDIENCE", k).text),
    about: resource.themes.map((k) => labels.term("THEME", k).text),
    dateModified: resource.updatedAt.toISOString(),
  });

  return (
    <article>
      {/* The only raw HTML on the page: JSON with <, > and & escaped (serializeJsonLd). */}
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(jsonLd) }} />
      <nav aria-label={t("breadcrumbLabel")} className="mb-4 text-sm">
        <Link href="/toolkit">{t("breadcrumb")}</Link>
      </nav>
      <header className="mb-8">
        <p className="text-sm font-semibold uppercase tracking-wide text-accent" lang={langAttr(type, locale)}>
          {type.text}
        </p>
        <h1
          lang={langAttr(title, locale)}
          className="mt-1 text-3xl font-bold tracking-tight text-brand-strong sm:text-4xl"
        >
          {title.text}
        </h1>
        {summary.text ? (
          <p lang={langAttr(summary, locale)} className="mt-3 max-w-3xl text-lg" data-field="summary">
            {summary.text}
          </p>
        ) : null}
      </header>

      <div className="grid gap-8 lg:grid-cols-[1fr_20rem]">
        <section aria-labelledby="facts-heading">
          <h2 id="facts-heading" className="text-2xl font-bold text-brand-strong">
            {t("facts")}
          </h2>
          <dl className="mt-3" data-facts>
            <Fact term={t("type")}>
              <Link href={{ pathname: "/toolkit", query: { type: resource.type } }} lang={langAttr(type, locale)}>
                {type.text}
              </Link>
            </Fact>
            {resource.audiences.length ? (
              <Fact term={t("audiences")}>{termList("AUDIENCE", resource.audiences)}</Fact>
            ) : null}
            {resource.stages.length ? (
              <Fact term={t("stages")}>
                <ul className="flex flex-wrap gap-x-4">
                  {resource.stages.map((key) => {
                    const stage = labels.term("STAGE", key);
                    return (
                      <li key={key}>
                        <Link href={{ pathname: "/toolkit", query: { stage: key } }} lang={langAttr(stage, locale)}>
                          {stage.text}
                        </Link>
                      </li>
                    );
                  })}
                </ul>
              </Fact>
            ) : null}
            {resource.themes.length ? <Fact term={t("themes")}>{termList("THEME", resource.themes)}</Fact> : null}
            <Fact term={t("publisher")}>
              {organisation ? (
                <Link href={`/organisations/${organisation.slug}`}>{publisherName}</Link>
              ) : (
                (publisherName ?? f("notStated"))
              )}
            </Fact>
            <Fact term={t("year")}>{resource.year ?? f("notStated")}</Fact>
            <Fact term={t("language")}>
              {resource.language ? languageName(resource.language, locale).text : f("notStated")}
            </Fact>
            <Fact term={t("license")}>{resource.license ?? t("licenseNone")}</Fact>
          </dl>
        </section>

        <section aria-labelledby="access-heading" className="rounded-lg border border-line bg-surface p-5 self-start">
          <h2 id="access-heading" className="text-xl font-bold text-brand-strong">
            {t("access")}
          </h2>
          {fileUrl ? (
            <p className="mt-3">
              <a
                href={fileUrl}
                download
                type={file!.mimeType}
                className="inline-flex min-h-11 items-center rounded bg-brand px-5 py-2 font-semibold text-white no-underline hover:bg-brand-strong hover:text-white hover:underline"
                data-download
              >
                {t("download", { format: fileFormat ?? "", size: fileSize })}
              </a>
            </p>
          ) : null}
          {resource.url ? (
            <p className="mt-3">
              <ExternalLink href={resource.url} className="font-semibold" data-external>
                {t("open")}
              </ExternalLink>
            </p>
          ) : null}
          {resource.alternateUrls.length ? (
            <>
              <p className="mt-3 text-sm">{t("alternates")}</p>
              <ul className="mt-1 list-disc pl-6 text-sm">
                {resource.alternateUrls.map((url) => (
                  <li key={url}>
                    <ExternalLink href={url}>{new URL(url).host}</ExternalLink>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {!fileUrl && !resource.url ? (
            <p className="mt-3" data-offline>
              {t.rich("offline", { email: (chunks) => <a href="mailto:inovacija@sif.gov.lv">{chunks}</a> })}
            </p>
          ) : null}
        </section>
      </div>

      {resource.isDemo ? (
        <p className="mt-8 max-w-3xl rounded border-l-4 border-accent bg-surface p-4" data-demo>
          {t("demo")}
        </p>
      ) : null}

      <RelatedInnovations
        innovations={related}
        labels={labels}
        locale={locale}
        heading={t("related")}
        intro={t("relatedIntro")}
      />

      <aside aria-labelledby="help-heading" className="mt-12 rounded-lg border-l-4 border-accent bg-surface p-5">
        <h2 id="help-heading" className="text-lg font-bold">
          {t("helpHeading")}
        </h2>
        <p className="mt-2">
          <Link href="/consultations">{t("help")}</Link>
        </p>
      </aside>
    </article>
  );
}
