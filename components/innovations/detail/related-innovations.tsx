import { getTranslations } from "next-intl/server";
import { InnovationCard } from "@/components/innovations/innovation-card";
import { localized } from "@/lib/i18n/content";
import type { RelatedInnovation } from "@/lib/innovations/queries";
import type { Labeler } from "@/lib/innovations/labels";
import type { Locale } from "@/lib/i18n/routing";

type Props = {
  innovations: RelatedInnovation[];
  labels: Labeler;
  locale: Locale;
  /** Heading and introduction when the list is not "related innovations" (e.g. on a toolkit page). */
  heading?: string;
  intro?: string;
};

export async function RelatedInnovations({ innovations, labels, locale, heading, intro }: Props) {
  if (innovations.length === 0) return null;
  const t = await getTranslations("innovations.detail");
  return (
    <section aria-labelledby="related-heading" className="mt-12">
      <h2 id="related-heading" className="text-2xl font-bold text-brand-strong">
        {heading ?? t("related")}
      </h2>
      <p className="mt-2">{intro ?? t("relatedIntro")}</p>
      <ul className="mt-4 grid gap-4 md:grid-cols-2" data-related>
        {innovations.map((innovation) => (
          <li key={innovation.slug} className="innovation-card rounded-lg border border-line p-4">
            <InnovationCard
              locale={locale}
              innovation={{
                slug: innovation.slug,
                title: localized(innovation, "title", locale),
                summary: localized(innovation, "summary", locale),
                stage: labels.term("STAGE", innovation.stage),
                region: innovation.region ? labels.term("REGION", innovation.region) : null,
              }}
            />
          </li>
        ))}
      </ul>
    </section>
  );
}
