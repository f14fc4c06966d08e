import NextLink from "next/link";
import { getTranslations } from "next-intl/server";
import { langAttr, localized } from "@/lib/i18n/content";
import { languageName } from "@/lib/i18n/language-names";
import { localizedHref } from "@/lib/i18n/paths";
import type { Locale } from "@/lib/i18n/routing";
import type { Labeler } from "@/lib/innovations/labels";
import type { ResourceCard } from "@/lib/resources/public-queries";

/**
 * Toolkit items as cards: title link, type, summary, and publisher, year,
 * language and stages as a described list. `heading` is the level of the
 * titles (h3 in the finder's results, h3 under an h2 elsewhere).
 */
export async function ResourceList({
  resources,
  labels,
  publishers,
  locale,
}: {
  resources: ResourceCard[];
  labels: Labeler;
  publishers: Map<string, string>;
  locale: Locale;
}) {
  const t = await getTranslations("toolkit.card");
  return (
    <ol className="space-y-4" data-results>
      {resources.map((r) => {
        const title = localized(r, "title", locale);
        const summary = localized(r, "summary", locale);
        const type = labels.term("RESOURCE_TYPE", r.type);
        const publisher = r.publisher ? (publishers.get(r.publisher) ?? r.publisher) : null;
        return (
          <li key={r.id} className="rounded-lg border border-line p-5" data-slug={r.slug}>
            <p className="text-sm font-semibold uppercase tracking-wide text-accent" lang={langAttr(type, locale)}>
              {type.text}
            </p>
            <h3 className="mt-1 text-lg font-bold">
              <NextLink href={localizedHref(`/toolkit/${r.slug}`, locale)} lang={langAttr(title, locale)}>
                {title.text}
              </NextLink>
            </h3>
            {summary.text ? (
              <p className="mt-2 line-clamp-3" lang={langAttr(summary, locale)}>
                {summary.text}
              </p>
            ) : null}
            <dl className="mt-3 flex flex-wrap gap-x-5 gap-y-1 text-sm">
              {publisher ? (
                <div className="flex gap-1">
                  <dt className="text-muted">{`${t("publisher")}:`}</dt>
                  <dd>{publisher}</dd>
                </div>
              ) : null}
              {r.year ? (
                <div className="flex gap-1">
                  <dt className="text-muted">{`${t("year")}:`}</dt>
                  <dd>{r.year}</dd>
                </div>
              ) : null}
              {r.language ? (
                <div className="flex gap-1">
                  <dt className="text-muted">{`${t("language")}:`}</dt>
                  <dd>{languageName(r.language, locale).text}</dd>
                </div>
              ) : null}
              {r.stages.length ? (
                <div className="flex gap-1">
                  <dt className="text-muted">{`${t("stages")}:`}</dt>
                  <dd>{r.stages.map((s) => labels.term("STAGE", s).text).join(", ")}</dd>
                </div>
              ) : null}
              <div className="flex gap-1">
                <dt className="sr-only">{t("access")}</dt>
                <dd className="text-muted">{r.fileId ? t("download") : r.url ? t("online") : t("offline")}</dd>
              </div>
            </dl>
          </li>
        );
      })}
    </ol>
  );
}
