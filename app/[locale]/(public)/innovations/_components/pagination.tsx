import clsx from "clsx";
import NextLink from "next/link";
import { getTranslations } from "next-intl/server";
import { localizedHref } from "@/lib/i18n/paths";
import type { Locale } from "@/lib/i18n/routing";
import { searchHref, type PageQuery } from "./href";

/** Pages to offer: first, last, and two either side of the current one; null marks a gap. */
function pageWindow(current: number, last: number): (number | null)[] {
  const pages = new Set([1, last, current - 2, current - 1, current, current + 1, current + 2]);
  const sorted = [...pages].filter((p) => p >= 1 && p <= last).sort((a, b) => a - b);
  return sorted.flatMap((p, i) => (i > 0 && p - sorted[i - 1]! > 1 ? [null, p] : [p]));
}

const item =
  "inline-flex min-h-11 min-w-11 items-center justify-center rounded border-2 px-3 font-semibold no-underline";

export async function Pagination({ query, lastPage, locale }: { query: PageQuery; lastPage: number; locale: Locale }) {
  if (lastPage <= 1) return null;
  const t = await getTranslations("innovations.search");
  const current = Math.min(query.page, lastPage);
  // next/link with the href resolved here: the portal's async Link would add a lazy payload row per page link.
  const href = (page: number) => localizedHref(searchHref(query, { page }), locale);
  return (
    <nav aria-label={t("pagination")} className="mt-8">
      <ul className="flex flex-wrap items-center gap-2">
        {current > 1 ? (
          <li>
            <NextLink href={href(current - 1)} rel="prev" className={clsx(item, "border-brand")}>
              {t("previous")}
            </NextLink>
          </li>
        ) : null}
        {pageWindow(current, lastPage).map((page, index) =>
          page === null ? (
            <li key={`gap-${index}`} aria-hidden="true" className="px-1">
              …
            </li>
          ) : (
            <li key={page}>
              <NextLink
                href={href(page)}
                aria-current={page === query.page ? "page" : undefined}
                aria-label={t("pageLabel", { page })}
                className={clsx(
                  item,
                  page === query.page ? "border-brand bg-brand text-white hover:text-white" : "border-line",
                )}
              >
                {page}
              </NextLink>
            </li>
          ),
        )}
        {current < lastPage ? (
          <li>
            <NextLink href={href(current + 1)} rel="next" className={clsx(item, "border-brand")}>
              {t("next")}
            </NextLink>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
