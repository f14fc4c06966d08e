import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ButtonLink } from "@/components/ui/button-link";
import { StageList } from "@/components/stages/stage-list";
import { getCallsClosingSoonest } from "@/lib/funding/public-queries";
import { getFeaturedInnovations, getStageCounts, getStages } from "@/lib/home/queries";
import { createLabeler } from "@/lib/innovations/labels";
import { getTermLabels } from "@/lib/innovations/queries";
import { resolveLocale, type LocaleParams } from "@/lib/i18n/locale";
import { getPortalStats } from "@/lib/stats/queries";
import { FeaturedInnovations } from "./_components/featured-innovations";
import { ClosingCalls } from "./_components/closing-calls";
import { HomeStart } from "./_components/home-start";
import { StatsList } from "./_components/stats-list";

// The counts change with every publication; never serve a build-time snapshot.
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "Home" });
  return { title: t("metaTitle") };
}

export default async function HomePage({ params }: LocaleParams) {
  const locale = await resolveLocale(params);
  const t = await getTranslations("Home");
  const now = new Date();
  const [stats, stages, featured, counts, closing, terms] = await Promise.all([
    getPortalStats(now),
    getStages(),
    getFeaturedInnovations(),
    getStageCounts(now),
    getCallsClosingSoonest(now),
    getTermLabels(),
  ]);

  return (
    <>
      <HomeStart locale={locale} />

      <section aria-labelledby="what-heading" className="max-w-3xl">
        <h2 id="what-heading" className="text-2xl font-bold text-brand-strong">
          {t("whatHeading")}
        </h2>
        <p className="mt-3 text-lg leading-relaxed">{t("whatPlain")}</p>
        <figure className="mt-4 border-l-4 border-brand bg-surface p-4">
          <figcaption className="font-semibold">{t("whatDefinitionLabel")}</figcaption>
          <blockquote className="mt-1 italic">{t("whatDefinition")}</blockquote>
        </figure>
      </section>

      <StatsList stats={stats} />

      <StageList stages={stages} counts={counts} locale={locale} />

      <ClosingCalls calls={closing} labels={createLabeler(terms, [], locale)} locale={locale} now={now} />

      <section aria-labelledby="navigator-heading" className="mt-12 rounded-lg border border-line p-6">
        <h2 id="navigator-heading" className="text-2xl font-bold text-brand-strong">
          {t("navigatorHeading")}
        </h2>
        <p className="mt-2 max-w-3xl">{t("navigatorText")}</p>
        <div className="mt-4 flex flex-wrap gap-3">
          <ButtonLink href="/navigator">{t("navigatorLink")}</ButtonLink>
          <ButtonLink href="/consultations" variant="secondary">
            {t("consultationLink")}
          </ButtonLink>
        </div>
      </section>

      <FeaturedInnovations innovations={featured} stages={stages} locale={locale} />
    </>
  );
}
