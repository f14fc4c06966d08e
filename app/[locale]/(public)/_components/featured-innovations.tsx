import { getTranslations } from "next-intl/server";
import { ButtonLink } from "@/components/ui/button-link";
import { localized } from "@/lib/i18n/content";
import { Link } from "@/lib/i18n/link";
import type { Locale } from "@/lib/i18n/routing";
import type { FeaturedInnovation, StageTerm } from "@/lib/home/queries";

type Props = { innovations: FeaturedInnovation[]; stages: StageTerm[]; locale: Locale };

/** Cards for featured innovations; renders nothing when none are featured. */
export async function FeaturedInnovations({ innovations, stages, locale }: Props) {
  if (innovations.length === 0) return null;
  const t = await getTranslations("Home");
  const stageByKey = new Map(stages.map((stage) => [stage.key, stage]));
  // lang only where the text differs from the page language (fallback to Latvian).
  const langOf = (lang: Locale) => (lang === locale ? undefined : lang);

  return (
    <section aria-labelledby="featured-heading" className="mt-12">
      <h2 id="featured-heading" className="text-2xl font-bold text-brand-strong">
        {t("featuredHeading")}
      </h2>
      <ul className="mt-4 grid gap-4 md:grid-cols-2 lg:grid-cols-3">
        {innovations.map((innovation) => {
          const title = localized(innovation, "title", locale);
          const summary = localized(innovation, "summary", locale);
          const stage = stageByKey.get(innovation.stage);
          const stageLabel = stage ? localized(stage, "label", locale) : null;
          return (
            <li key={innovation.slug} className="flex flex-col rounded-lg border border-line p-5">
              <h3 className="text-lg font-bold">
                <Link href={`/innovations/${innovation.slug}`} lang={langOf(title.lang)}>
                  {title.text}
                </Link>
              </h3>
              {stageLabel ? (
                <p className="mt-1 text-sm font-semibold text-muted" lang={langOf(stageLabel.lang)}>
                  {stageLabel.text}
                </p>
              ) : null}
              {summary.text ? (
                <p className="mt-2 line-clamp-4" lang={langOf(summary.lang)}>
                  {summary.text}
                </p>
              ) : null}
            </li>
          );
        })}
      </ul>
      <p className="mt-6">
        <ButtonLink href="/innovations" variant="secondary">
          {t("featuredMore")}
        </ButtonLink>
      </p>
    </section>
  );
}
