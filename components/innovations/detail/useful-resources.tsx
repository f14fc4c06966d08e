import NextLink from "next/link";
import { getTranslations } from "next-intl/server";
import { langAttr, localized } from "@/lib/i18n/content";
import { localizedHref } from "@/lib/i18n/paths";
import type { Locale } from "@/lib/i18n/routing";
import type { Labeler } from "@/lib/innovations/labels";
import type { ResourceCard } from "@/lib/resources/public-queries";

/** "Useful at this stage": up to three toolkit items for the innovation's stage, and the way to all of them. */
export async function UsefulResources({
  stage,
  resources,
  labels,
  locale,
}: {
  stage: string;
  resources: ResourceCard[];
  labels: Labeler;
  locale: Locale;
}) {
  if (resources.length === 0) return null;
  const t = await getTranslations("toolkit.useful");
  const stageLabel = labels.term("STAGE", stage);
  return (
    <section aria-labelledby="useful-heading" className="mt-12" data-useful>
      <h2 id="useful-heading" className="text-2xl font-bold text-brand-strong">
        {t("heading")}
      </h2>
      <p className="mt-2">{t("intro", { stage: stageLabel.text })}</p>
      <ul className="mt-4 grid gap-4 md:grid-cols-3">
        {resources.map((r) => {
          const title = localized(r, "title", locale);
          const type = labels.term("RESOURCE_TYPE", r.type);
          return (
            <li key={r.id} className="rounded-lg border border-line p-4" data-slug={r.slug}>
              <p className="text-sm font-semibold uppercase tracking-wide text-accent" lang={langAttr(type, locale)}>
                {type.text}
              </p>
              <h3 className="mt-1 font-bold">
                <NextLink href={localizedHref(`/toolkit/${r.slug}`, locale)} lang={langAttr(title, locale)}>
                  {title.text}
                </NextLink>
              </h3>
            </li>
          );
        })}
      </ul>
      <p className="mt-4">
        <NextLink href={localizedHref(`/toolkit?stage=${stage}`, locale)}>{t("all")}</NextLink>
      </p>
    </section>
  );
}
