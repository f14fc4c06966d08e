import { getTranslations } from "next-intl/server";
import type { SearchHit } from "@/lib/search/engine";
import { localized } from "@/lib/i18n/content";
import { langAttr, type Labeler } from "@/lib/innovations/labels";
import { Link } from "@/lib/i18n/link";
import type { Locale } from "@/lib/i18n/routing";

/** One card per hit: title, summary, stage badge, region and themes. */
export async function ResultList({ hits, labels, locale }: { hits: SearchHit[]; labels: Labeler; locale: Locale }) {
  const t = await getTranslations("innovations.search.card");
  return (
    <ol className="space-y-4" data-results>
      {hits.map((hit) => {
        const title = localized(hit, "title", locale);
        const summary = localized(hit, "summary", locale);
        const stage = labels.term("STAGE", hit.stage);
        const region = hit.region ? labels.term("REGION", hit.region) : null;
        const themes = hit.themes.map((key) => labels.term("THEME", key));
        return (
          <li key={hit.id} className="rounded-lg border border-line p-5" data-slug={hit.slug}>
            <h3 className="text-lg font-bold">
              <Link href={`/innovations/${hit.slug}`} lang={langAttr(title, locale)}>
                {title.text}
              </Link>
            </h3>
            {summary.text ? (
              <p className="mt-2 line-clamp-3" lang={langAttr(summary, locale)}>
                {summary.text}
              </p>
            ) : null}
            <dl className="mt-3 flex flex-wrap gap-x-5 gap-y-2 text-sm">
              <div className="flex gap-1">
                <dt className="sr-only">{t("stage")}</dt>
                <dd className="rounded bg-brand px-2 py-0.5 font-semibold text-white" lang={langAttr(stage, locale)}>
                  {stage.text}
                </dd>
              </div>
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
                    {themes.map((theme, i) => (
                      <span key={hit.themes[i]} lang={langAttr(theme, locale)}>
                        {i > 0 ? ", " : ""}
                        {theme.text}
                      </span>
                    ))}
                  </dd>
                </div>
              ) : null}
            </dl>
          </li>
        );
      })}
    </ol>
  );
}
