import type { SearchHit } from "@/lib/search/engine";
import { InnovationCardContent, innovationCardTerms } from "@/components/innovations/innovation-card";
import { localized } from "@/lib/i18n/content";
import type { Labeler } from "@/lib/innovations/labels";
import type { Locale } from "@/lib/i18n/routing";

/** One card per hit: title, summary, stage badge, region and themes. */
export async function ResultList({ hits, labels, locale }: { hits: SearchHit[]; labels: Labeler; locale: Locale }) {
  const terms = await innovationCardTerms();
  return (
    <ol className="space-y-4" data-results>
      {hits.map((hit) => (
        <li key={hit.slug} className="innovation-card rounded-lg border border-line p-5" data-slug={hit.slug}>
          <InnovationCardContent
            locale={locale}
            terms={terms}
            innovation={{
              slug: hit.slug,
              title: localized(hit, "title", locale),
              summary: localized(hit, "summary", locale),
              stage: labels.term("STAGE", hit.stage),
              region: hit.region ? labels.term("REGION", hit.region) : null,
              themes: hit.themes.map((key) => ({ key, label: labels.term("THEME", key) })),
            }}
          />
        </li>
      ))}
    </ol>
  );
}
