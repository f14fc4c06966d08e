import { getTranslations } from "next-intl/server";
import { InnovationCard } from "@/components/innovations/innovation-card";
import { ButtonLink } from "@/components/ui/button-link";
import { localized } from "@/lib/i18n/content";
import type { Locale } from "@/lib/i18n/routing";
import type { FeaturedInnovation, StageTerm } from "@/lib/home/queries";

type Props = { innovations: FeaturedInnovation[]; stages: StageTerm[]; locale: Locale };

/** Cards for featured innovations; renders nothing when none are featured. */
export async function FeaturedInnovations({ innovations, stages, locale }: Props) {
  if (innovations.length === 0) return null;
  const t = await getTranslations("Home");
  const stageByKey = new Map(stages.map((stage) => [stage.key, stage]));

  return (
    <section aria-labelledby="featured-heading" className="mt-12">
      <h2 id="featured-heading" className="text-2xl font-bold text-brand-strong">
        {t("featuredHeading")}
      </h2>
      <ul className="mt-4 grid gap-4 md:grid-cols-2 lg:grid-cols-3">
        {innovations.map((innovation) => {
          const stage = stageByKey.get(innovation.stage);
          return (
            <li key={innovation.slug} className="innovation-card flex flex-col rounded-lg border border-line p-5">
              <InnovationCard
                locale={locale}
                innovation={{
                  slug: innovation.slug,
                  title: localized(innovation, "title", locale),
                  summary: localized(innovation, "summary", locale),
                  stage: stage ? localized(stage, "label", locale) : null,
                }}
              />
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
