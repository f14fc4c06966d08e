import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import NextLink from "next/link";
import { notFound } from "next/navigation";
import { EntityHistory } from "@/components/admin/entity-history";
import { StatusBadge } from "@/components/admin/status-badge";
import { StatusMessage } from "@/components/admin/status-message";
import { PageHeading } from "@/components/ui/page-heading";
import { requirePagePermission } from "@/lib/auth/guard";
import { can } from "@/lib/auth/roles";
import { resolveLocale } from "@/lib/i18n/locale";
import { localizedHref } from "@/lib/i18n/paths";
import { getReviewForEditing, innovationChoices } from "@/lib/review/admin-queries";
import { COMPUTED_SECTIONS } from "@/lib/review/schema";
import { formatRigaDate } from "@/lib/time/riga";
import { ChallengeForm, PublishForm, ReviewTextForm, SectionForm } from "../_components/review-forms";

type Props = {
  params: Promise<{ locale: string; year: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "review.admin" });
  return { title: t("editTitle", { year: (await params).year }), robots: { index: false } };
}

export default async function EditReviewPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const { year: yearText } = await params;
  const user = await requirePagePermission(locale, "content:read", `/admin/reviews/${encodeURIComponent(yearText)}`);
  const review = /^\d{4}$/.test(yearText) ? await getReviewForEditing(Number(yearText)) : null;
  if (!review) notFound();
  const [t, tp, query, innovations] = await Promise.all([
    getTranslations("review.admin"),
    getTranslations("review.page"),
    searchParams,
    innovationChoices(),
  ]);
  const writable = can(user.role, "content:write");
  const published = review.publication === "PUBLISHED";
  const arrival = query.created === "1" ? t("created") : query.published === "1" ? t("publishedDone") : null;
  const saved =
    query.saved === "section" ? t("sectionSaved") : query.saved === "challenge" ? t("challengeSaved") : null;
  const staffKeys = review.sections.map((s) => s.key);
  // computed sections first (with their default headings), then the staff's and the datasets' own
  const sectionKeys = [
    ...COMPUTED_SECTIONS,
    ...[...staffKeys, ...review.datasetSections].filter(
      (k, i, all) => all.indexOf(k) === i && !(COMPUTED_SECTIONS as readonly string[]).includes(k),
    ),
  ];
  const sectionValues = (key: string) => {
    const s = review.sections.find((x) => x.key === key);
    const computed = (COMPUTED_SECTIONS as readonly string[]).includes(key);
    return {
      lv: s?.lv ?? (computed ? tp(key as "innovations") : key),
      en: s?.en ?? "",
      bodyLv: s?.bodyLv ?? "",
      bodyEn: s?.bodyEn ?? "",
    };
  };
  const sectionLegend = (key: string) => {
    const note = (COMPUTED_SECTIONS as readonly string[]).includes(key)
      ? t("computedSection")
      : review.datasetSections.includes(key)
        ? t("datasetSection", { count: review.datasetCount })
        : null;
    return `${sectionValues(key).lv}${note ? ` (${note})` : ""}`;
  };

  return (
    <>
      <p className="mb-2">
        <NextLink href={localizedHref("/admin/reviews", locale)}>← {t("back")}</NextLink>
      </p>
      <PageHeading title={t("editTitle", { year: review.year })} />
      <div className="-mt-6 mb-6 flex flex-wrap items-center gap-4">
        <StatusBadge status={review.publication} />
        <NextLink href={localizedHref(`/admin/reviews/${review.year}/preview`, locale)}>{t("preview")}</NextLink>
        {published ? <a href={localizedHref(`/review/${review.year}`, locale)}>{t("publicPage")}</a> : null}
        <NextLink href={localizedHref(`/admin/reviews/${review.year}/reports`, locale)}>
          {t("reportsLink", { submitted: review.reports.SUBMITTED })}
        </NextLink>
      </div>
      <StatusMessage message={saved} />

      <section aria-labelledby="publish-heading" className="mb-10 max-w-4xl rounded border border-line p-4">
        <h2 id="publish-heading" className="text-xl font-semibold text-brand-strong">
          {t("publishHeading")}
        </h2>
        {published && review.publishedAt ? (
          <>
            <p className="mt-2">{t("publishedOn", { date: formatRigaDate(review.publishedAt, locale) })}</p>
            <p className="mt-1 text-sm text-muted">{t("textAfterPublish")}</p>
          </>
        ) : writable ? (
          <PublishForm id={review.id} />
        ) : (
          <p className="mt-2">{t("publishLead")}</p>
        )}
      </section>

      {writable ? (
        <>
          <section aria-labelledby="text-heading" className="mb-10">
            <h2 id="text-heading" className="text-xl font-semibold text-brand-strong">
              {t("textHeading")}
            </h2>
            <ReviewTextForm
              id={review.id}
              arrival={arrival}
              values={{
                titleLv: review.titleLv,
                titleEn: review.titleEn ?? "",
                introLv: review.introLv ?? "",
                introEn: review.introEn ?? "",
              }}
            />
          </section>

          <section id="sections" aria-labelledby="sections-heading" className="mb-10 space-y-6">
            <h2 id="sections-heading" className="text-xl font-semibold text-brand-strong">
              {t("sectionsHeading")}
            </h2>
            <p className="max-w-3xl text-muted">{t("sectionsLead")}</p>
            {sectionKeys.map((key) => (
              <SectionForm
                key={key}
                id={review.id}
                year={review.year}
                sectionKey={key}
                values={sectionValues(key)}
                deletable={
                  staffKeys.includes(key) &&
                  !(COMPUTED_SECTIONS as readonly string[]).includes(key) &&
                  !review.datasetSections.includes(key)
                }
                legend={sectionLegend(key)}
              />
            ))}
            <SectionForm
              id={review.id}
              year={review.year}
              sectionKey=""
              values={{ lv: "", en: "", bodyLv: "", bodyEn: "" }}
              deletable={false}
              legend={t("newSection")}
            />
          </section>

          <section id="challenges" aria-labelledby="challenges-heading" className="mb-10 space-y-6">
            <h2 id="challenges-heading" className="text-xl font-semibold text-brand-strong">
              {t("challengesHeading")}
            </h2>
            <p className="max-w-3xl text-muted">{t("challengesLead")}</p>
            {review.challenges.map((c) => (
              <ChallengeForm
                key={c.id}
                id={review.id}
                year={review.year}
                challengeId={c.id}
                innovations={innovations}
                legend={c.titleLv}
                values={{
                  titleLv: c.titleLv,
                  titleEn: c.titleEn ?? "",
                  bodyLv: c.bodyLv ?? "",
                  bodyEn: c.bodyEn ?? "",
                  innovationIds: c.innovationIds,
                }}
              />
            ))}
            <ChallengeForm
              id={review.id}
              year={review.year}
              challengeId=""
              innovations={innovations}
              legend={t("newChallenge")}
              values={{ titleLv: "", titleEn: "", bodyLv: "", bodyEn: "", innovationIds: [] }}
            />
          </section>
        </>
      ) : null}
      <EntityHistory entityType="AnnualReview" entityId={review.id} page={Number(query.historyPage) || 1} />
    </>
  );
}
