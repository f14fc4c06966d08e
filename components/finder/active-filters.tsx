import NextLink from "next/link";
import { getTranslations } from "next-intl/server";
import { langAttr, type LocalizedText } from "@/lib/i18n/content";
import type { Locale } from "@/lib/i18n/routing";

export type Chip = { id: string; facet: string; label: LocalizedText; href: string };

const chip =
  "inline-flex min-h-11 items-center gap-2 rounded-full border-2 border-brand bg-white px-3 py-1 text-sm font-semibold text-brand no-underline hover:bg-surface hover:underline";

/** Each active filter as a link that removes it, plus "clear all"; nothing when no filter is on. */
export async function ActiveFilters({
  chips,
  clearHref,
  locale,
}: {
  chips: Chip[];
  clearHref: string;
  locale: Locale;
}) {
  if (chips.length === 0) return null;
  const t = await getTranslations("Finder");
  return (
    <section aria-labelledby="active-filters-heading" className="mb-4">
      <h3 id="active-filters-heading" className="sr-only">
        {t("activeFilters")}
      </h3>
      <ul className="flex flex-wrap items-center gap-2">
        {chips.map(({ id, facet, label, href }) => (
          <li key={id}>
            <NextLink href={href} className={chip} data-chip={id}>
              <span className="sr-only">{t("removeFilter")}: </span>
              <span>{facet}:</span>
              <span lang={langAttr(label, locale)}>{label.text}</span>
              <span aria-hidden="true">×</span>
            </NextLink>
          </li>
        ))}
        <li>
          <NextLink href={clearHref} className="inline-flex min-h-11 items-center px-2 font-semibold" data-chip="clear">
            {t("clearAll")}
          </NextLink>
        </li>
      </ul>
    </section>
  );
}
