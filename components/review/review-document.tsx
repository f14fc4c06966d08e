// The annual review as one document, for the public page, the staff preview
// and print: headline and status, contents, the staff's introduction, key
// figures, then each section with the staff's text around its figures, the
// current year's live figures, and what the figures mean and where they come
// from. Every figure names its source; every dataset can be downloaded.
import { getTranslations } from "next-intl/server";
import { LICENSE } from "@/lib/open-data/license";
import { localized, langAttr, type LocalizedText } from "@/lib/i18n/content";
import { localizedHref } from "@/lib/i18n/paths";
import type { Locale } from "@/lib/i18n/routing";
import { KEY_FIGURES } from "@/lib/review/key-figures";
import type { ReviewPage } from "@/lib/review/queries";
import { COMPUTED_SECTIONS, type Dataset, type ReviewSection } from "@/lib/review/schema";
import { formatRigaDate } from "@/lib/time/riga";
import { CoverageGrid } from "@/components/ecosystem/coverage-grid";
import { GlossaryTerm } from "@/components/glossary/glossary-term";
import { Challenges } from "./challenges";
import { DatasetFigure } from "./dataset-figure";
import { KeyFigures } from "./key-figures";
import { Markdown } from "./markdown";
import { PrintButton } from "./print-button";

type Part = { id: string; heading: string; lang?: Locale; body: LocalizedText | null };

type Props = {
  page: ReviewPage;
  locale: Locale;
  /** "files": charts as SVG files of the open-data API (public pages); "inline": drawn into the page (a draft's preview). */
  charts: "files" | "inline";
};

export async function ReviewDocument({ page, locale, charts }: Props) {
  const t = await getTranslations({ locale, namespace: "review" });
  const { year, review, figures, previous } = page;
  const title = review ? localized(review, "title", locale) : null;
  const intro = review ? localized(review, "intro", locale) : null;
  const date = (iso: string | Date) => formatRigaDate(new Date(iso), locale);
  const api = `/api/v1/reviews/${year}`;
  const sections = review?.sections ?? [];

  const part = (key: string, fallback: string): Part => {
    const staff: ReviewSection | undefined = sections.find((s) => s.key === key);
    if (!staff) return { id: key, heading: fallback, body: null };
    const heading = localized({ headingLv: staff.lv, headingEn: staff.en }, "heading", locale);
    const body = localized({ bodyLv: staff.bodyLv ?? "", bodyEn: staff.bodyEn ?? "" }, "body", locale);
    return {
      id: key,
      heading: heading.text || fallback,
      lang: langAttr(heading, locale),
      body: body.text ? body : null,
    };
  };

  const previousOf = (d: Dataset) =>
    previous ? [...previous.datasets, ...previous.importedDatasets].find((p) => p.key === d.key) : undefined;
  const figure = (d: Dataset) => (
    <DatasetFigure
      key={d.key}
      dataset={d}
      locale={locale}
      year={year}
      previous={previousOf(d)}
      downloadBase={`${api}/datasets`}
      chartBase={charts === "files" ? `${api}/charts` : undefined}
    />
  );

  const computed = COMPUTED_SECTIONS.map((key) => part(key, t(`page.${key}`)));
  const importedKeys = [
    ...sections.map((s) => s.key).filter((k) => !(COMPUTED_SECTIONS as readonly string[]).includes(k)),
    ...figures.importedDatasets.map((d) => d.section),
  ].filter((k, i, all) => all.indexOf(k) === i && !(COMPUTED_SECTIONS as readonly string[]).includes(k));
  const imported = importedKeys
    .map((key) => ({ ...part(key, key), datasets: figures.importedDatasets.filter((d) => d.section === key) }))
    .filter((p) => p.datasets.length > 0 || p.body);

  const contents = [
    ...(intro?.text ? [{ id: "intro", heading: t("page.introHeading") }] : []),
    { id: "key-figures", heading: t("page.keyFigures") },
    ...computed,
    ...imported,
    ...(page.soFar ? [{ id: "so-far", heading: t("page.soFar", { year: page.currentYear }) }] : []),
    { id: "about", heading: t("page.about") },
  ];

  const body = (p: Part) => (p.body ? <Markdown text={p.body.text} lang={langAttr(p.body, locale)} /> : null);
  const sectionHeading = (p: Part) => (
    <h2 id={`${p.id}-heading`} lang={p.lang} className="text-2xl font-bold text-brand-strong">
      {p.heading}
    </h2>
  );
  const [innovations, support, coverage, challenges] = computed as [Part, Part, Part, Part];

  return (
    <article className="review-document">
      <header className="mb-8">
        <h1
          className="text-3xl font-bold tracking-tight text-brand-strong sm:text-4xl"
          lang={title ? langAttr(title, locale) : undefined}
        >
          {title?.text || (review ? t("page.defaultTitle", { year }) : t("page.soFarTitle", { year }))}
        </h1>
        <p className="mt-3 max-w-3xl text-lg">
          {t.rich("page.lead", {
            term: (chunks) => <GlossaryTerm term="ecosystemReview">{chunks}</GlossaryTerm>,
          })}
        </p>
        <div className="mt-3 max-w-3xl space-y-1 text-muted">
          {review?.publication === "PUBLISHED" && review.publishedAt ? (
            <p>{t("page.published", { date: date(review.publishedAt) })}</p>
          ) : null}
          <p data-testid="figures-status">
            {page.frozen
              ? t("page.frozen", { date: date(figures.takenAt) })
              : t("page.live", { date: date(figures.takenAt) })}
          </p>
          {review && review.publication !== "PUBLISHED" ? (
            <p className="rounded border-l-4 border-accent bg-surface p-3 text-ink">{t("page.draftNotice")}</p>
          ) : null}
          {!review ? <p>{t("page.liveNotPublished")}</p> : null}
        </div>
        <div className="review-actions mt-4 flex flex-wrap items-center gap-4 print:hidden">
          <a href={api} className="font-semibold">
            {t("page.downloadAll")}
          </a>
          <PrintButton label={t("page.print")} />
        </div>
        <p className="mt-2 text-sm text-muted print:hidden">{t("page.printHint")}</p>
        {page.publishedYears.length > 1 || (page.publishedYears.length > 0 && !page.publishedYears.includes(year)) ? (
          <nav aria-label={t("page.yearsNav")} className="mt-4 print:hidden">
            <span className="mr-2 text-sm text-muted">{t("page.otherYears")}:</span>
            <ul className="inline-flex flex-wrap gap-3">
              {page.publishedYears
                .filter((y) => y !== year)
                .map((y) => (
                  <li key={y}>
                    <a href={localizedHref(`/review/${y}`, locale)}>{y}</a>
                  </li>
                ))}
            </ul>
          </nav>
        ) : null}
      </header>

      <nav aria-labelledby="contents-heading" className="mb-10 rounded bg-surface p-4 print:hidden">
        <h2 id="contents-heading" className="font-semibold">
          {t("page.contents")}
        </h2>
        <ol className="mt-2 list-decimal space-y-1 pl-6">
          {contents.map((c) => (
            <li key={c.id}>
              <a href={`#${c.id}`}>{c.heading}</a>
            </li>
          ))}
        </ol>
      </nav>

      {intro?.text ? (
        <section id="intro" aria-labelledby="intro-heading" className="mb-12">
          <h2 id="intro-heading" className="text-2xl font-bold text-brand-strong">
            {t("page.introHeading")}
          </h2>
          <div className="mt-4">
            <Markdown text={intro.text} lang={langAttr(intro, locale)} />
          </div>
        </section>
      ) : null}

      <section id="key-figures" aria-labelledby="key-figures-heading" className="mb-12">
        <h2 id="key-figures-heading" className="mb-4 text-2xl font-bold text-brand-strong">
          {t("page.keyFigures")}
        </h2>
        <KeyFigures figures={figures} previous={previous} locale={locale} headingId="key-figures-heading" />
        {!previous ? <p className="mt-3 text-sm text-muted">{t("page.yoyNone")}</p> : null}
        <p className="review-downloads mt-2 text-sm">
          <span className="font-semibold">{t("chart.download")}</span>{" "}
          <a href={`${api}/datasets/${KEY_FIGURES}.csv`} download>
            {t("chart.csv")}
            <span className="sr-only"> – {t("page.keyFigures")}</span>
          </a>
          {" · "}
          <a href={`${api}/datasets/${KEY_FIGURES}.json`}>
            {t("chart.json")}
            <span className="sr-only"> – {t("page.keyFigures")}</span>
          </a>
        </p>
      </section>

      {[innovations, support].map((p) => (
        <section key={p.id} id={p.id} aria-labelledby={`${p.id}-heading`} className="mb-12">
          {sectionHeading(p)}
          {body(p)}
          {figures.datasets.filter((d) => d.section === p.id).map(figure)}
        </section>
      ))}

      <section id="coverage" aria-labelledby="coverage-heading" className="mb-12">
        {sectionHeading(coverage)}
        {body(coverage)}
        <div className="mt-4">
          <CoverageGrid coverage={figures.coverage} locale={locale} caption={t("coverage.caption", { year })} />
        </div>
        <p className="mt-3 max-w-3xl text-sm text-muted">{t("coverage.rules")}</p>
        <p className="mt-1 text-sm">
          <a href={`${api}/coverage.csv`} download>
            {t("coverage.download")}
          </a>
        </p>
      </section>

      <section id="challenges" aria-labelledby="challenges-heading" className="mb-12">
        {sectionHeading(challenges)}
        {body(challenges)}
        <Challenges challenges={review?.challenges ?? []} linked={figures.challengeInnovations} locale={locale} />
      </section>

      {imported.map((p) => (
        <section key={p.id} id={p.id} aria-labelledby={`${p.id}-heading`} className="mb-12">
          {sectionHeading(p)}
          {body(p)}
          {p.datasets.map(figure)}
        </section>
      ))}

      {page.soFar ? (
        <section
          id="so-far"
          aria-labelledby="so-far-heading"
          className="mb-12 rounded border border-line p-4 print:hidden"
        >
          <h2 id="so-far-heading" className="text-2xl font-bold text-brand-strong">
            {t("page.soFar", { year: page.currentYear })}
          </h2>
          <p className="mb-4 text-muted">{t("page.soFarLead", { date: date(page.soFar.takenAt) })}</p>
          <KeyFigures figures={page.soFar} previous={null} locale={locale} headingId="so-far-heading" compact />
          <p className="mt-4">
            <a href={localizedHref(`/review/${page.currentYear}`, locale)}>
              {t("page.soFarLink", { year: page.currentYear })}
            </a>
          </p>
        </section>
      ) : null}

      <section id="about" aria-labelledby="about-heading" className="mb-12 max-w-3xl space-y-3">
        <h2 id="about-heading" className="text-2xl font-bold text-brand-strong">
          {t("page.about")}
        </h2>
        <p>{t("page.aboutPopulation")}</p>
        <p>
          {figures.innovations.stageHistorySince
            ? t("page.aboutStages", { date: date(figures.innovations.stageHistorySince) })
            : t("page.aboutNoStages")}
        </p>
        <p>{t("page.aboutSupport")}</p>
        <p>{t("page.aboutImported")}</p>
        <p>
          {t("page.aboutLicence", { licence: LICENSE.name })} <a href={LICENSE.url}>{LICENSE.url}</a>
        </p>
        <p className="text-sm text-muted">{t("page.aboutSchema", { version: figures.schemaVersion })}</p>
      </section>
    </article>
  );
}
