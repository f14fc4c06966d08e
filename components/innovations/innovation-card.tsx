import { getTranslations } from "next-intl/server";
import { langAttr, type LocalizedText } from "@/lib/i18n/content";
import { Link } from "@/lib/i18n/link";
import type { Locale } from "@/lib/i18n/routing";

export type InnovationCardData = {
  slug: string;
  title: LocalizedText;
  summary: LocalizedText;
  stage: LocalizedText | null;
  region?: LocalizedText | null;
  themes?: { key: string; label: LocalizedText }[];
};

/**
 * The one card every list of innovations uses (search results, related
 * innovations, featured on the home page): title link, summary, then stage,
 * region and themes as a described list. The caller renders the <li>.
 */
export async function InnovationCard({ innovation, locale }: { innovation: InnovationCardData; locale: Locale }) {
  const t = await getTranslations("innovations.search.card");
  const { slug, title, summary, stage, region, themes = [] } = innovation;
  return (
    <>
      <h3 className="text-lg font-bold">
        <Link href={`/innovations/${slug}`} lang={langAttr(title, locale)}>
          {title.text}
        </Link>
      </h3>
      {summary.text ? (
        <p className="mt-2 line-clamp-3" lang={langAttr(summary, locale)}>
          {summary.text}
        </p>
      ) : null}
      <dl className="mt-3 flex flex-wrap gap-x-5 gap-y-2 text-sm">
        {stage ? (
          <div className="flex gap-1">
            <dt className="sr-only">{t("stage")}</dt>
            <dd className="rounded bg-brand px-2 py-0.5 font-semibold text-white" lang={langAttr(stage, locale)}>
              {stage.text}
            </dd>
          </div>
        ) : null}
        {region ? (
          <div className="flex gap-1">
            <dt className="text-muted">{t("region")}:</dt>
            <dd lang={langAttr(region, locale)}>{region.text}</dd>
          </div>
        ) : null}
        {themes.length ? (
          <div className="flex gap-1">
            <dt className="text-muted">{t("themes")}:</dt>
            <dd>
              {themes.map(({ key, label }, i) => (
                <span key={key} lang={langAttr(label, locale)}>
                  {i > 0 ? ", " : ""}
                  {label.text}
                </span>
              ))}
            </dd>
          </div>
        ) : null}
      </dl>
    </>
  );
}
