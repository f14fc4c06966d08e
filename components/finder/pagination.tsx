import clsx from "clsx";
import NextLink from "next/link";
import { getTranslations } from "next-intl/server";

/** Pages to offer: first, last, and two either side of the current one; null marks a gap. */
function pageWindow(current: number, last: number): (number | null)[] {
  const pages = new Set([1, last, current - 2, current - 1, current, current + 1, current + 2]);
  const sorted = [...pages].filter((p) => p >= 1 && p <= last).sort((a, b) => a - b);
  return sorted.flatMap((p, i) => (i > 0 && p - sorted[i - 1]! > 1 ? [null, p] : [p]));
}

const item =
  "inline-flex min-h-11 min-w-11 items-center justify-center rounded border-2 px-3 font-semibold no-underline";

/**
 * Numbered result pages of a finder, as plain links (they work without
 * JavaScript). `hrefFor` gives the full URL of a page, locale prefix included:
 * next/link with a resolved href, as the portal's async Link would add a lazy
 * payload row per page link.
 */
export async function FinderPagination({
  page,
  lastPage,
  hrefFor,
}: {
  page: number;
  lastPage: number;
  hrefFor: (page: number) => string;
}) {
  if (lastPage <= 1) return null;
  const t = await getTranslations("Finder");
  const current = Math.min(page, lastPage);
  return (
    <nav aria-label={t("pagination")} className="mt-8">
      <ul className="flex flex-wrap items-center gap-2">
        {current > 1 ? (
          <li>
            <NextLink href={hrefFor(current - 1)} rel="prev" className={clsx(item, "border-brand")}>
              {t("previous")}
            </NextLink>
          </li>
        ) : null}
        {pageWindow(current, lastPage).map((p, index) =>
          p === null ? (
            <li key={`gap-${index}`} aria-hidden="true" className="px-1">
              …
            </li>
          ) : (
            <li key={p}>
              <NextLink
                href={hrefFor(p)}
                aria-current={p === page ? "page" : undefined}
                aria-label={t("pageLabel", { page: p })}
                className={clsx(item, p === page ? "border-brand bg-brand text-white hover:text-white" : "border-line")}
              >
                {p}
              </NextLink>
            </li>
          ),
        )}
        {current < lastPage ? (
          <li>
            <NextLink href={hrefFor(current + 1)} rel="next" className={clsx(item, "border-brand")}>
              {t("next")}
            </NextLink>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
