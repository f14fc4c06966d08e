import { getTranslations } from "next-intl/server";
import { localized } from "@/lib/i18n/content";
import type { RelatedInnovation } from "@/lib/innovations/queries";
import { langAttr, type Labeler } from "@/lib/innovations/labels";
import { Link } from "@/lib/i18n/link";
import type { Locale } from "@/lib/i18n/routing";

type Props = { innovations: RelatedInnovation[]; labels: Labeler; locale: Locale };

export async function RelatedInnovations({ innovations, labels, locale }: Props) {
  if (innovations.length === 0) return null;
  const t = await getTranslations("innovations.detail");
  return (
    <section aria-labelledby="related-heading" className="mt-12">
      <h2 id="related-heading" className="text-2xl font-bold text-brand-strong">
        {t("related")}
      </h2>
      <p className="mt-2">{t("relatedIntro")}</p>
      <ul className="mt-4 grid gap-4 md:grid-cols-2" data-related>
        {innovations.map((innovation) => {
          const title = localized(innovation, "title", locale);
          const summary = localized(innovation, "summary", locale);
          const stage = labels.term("STAGE", innovation.stage);
          const region = innovation.region ? labels.term("REGION", innovation.region) : null;
          return (
            <li key={innovation.slug} className="rounded-lg border border-line p-4">
              <h3 className="font-bold">
                <Link href={`/innovations/${innovation.slug}`} lang={langAttr(title, locale)}>
                  {title.text}
                </Link>
              </h3>
              <p className="mt-1 text-sm text-muted">
                <span lang={langAttr(stage, locale)}>{stage.text}</span>
                {region ? (
                  <>
                    {" · "}
                    <span lang={langAttr(region, locale)}>{region.text}</span>
                  </>
                ) : null}
              </p>
              <p className="mt-2 line-clamp-3" lang={langAttr(summary, locale)}>
                {summary.text}
              </p>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
