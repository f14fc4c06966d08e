// Page links for a staff list: previous/next, first/last and two pages either
// side of the current one; the current page has aria-current="page".
import clsx from "clsx";
import NextLink from "next/link";
import { useTranslations } from "next-intl";
import { pageCount } from "@/lib/admin/list-query";
import { listHref, type ListLinks } from "./list-links";

function windowed(current: number, last: number): (number | null)[] {
  const pages = new Set([1, last, current - 2, current - 1, current, current + 1, current + 2]);
  const sorted = [...pages].filter((p) => p >= 1 && p <= last).sort((a, b) => a - b);
  return sorted.flatMap((p, i) => (i > 0 && p - sorted[i - 1]! > 1 ? [null, p] : [p]));
}

const item =
  "inline-flex min-h-11 min-w-11 items-center justify-center rounded border-2 px-3 font-semibold no-underline";

export function Pagination({ list, total }: { list: ListLinks; total: number }) {
  const t = useTranslations("curation.kit");
  const last = pageCount(total, list.query.pageSize);
  if (last <= 1) return null;
  const current = Math.min(list.query.page, last);
  return (
    <nav aria-label={t("pagination")} className="mt-6">
      <p className="mb-2 text-sm text-muted">{t("pageOf", { page: current, pages: last })}</p>
      <ul className="flex flex-wrap items-center gap-2">
        {current > 1 ? (
          <li>
            <NextLink href={listHref(list, { page: current - 1 })} rel="prev" className={clsx(item, "border-brand")}>
              {t("previous")}
            </NextLink>
          </li>
        ) : null}
        {windowed(current, last).map((page, index) =>
          page === null ? (
            <li key={`gap-${index}`} aria-hidden="true" className="px-1">
              …
            </li>
          ) : (
            <li key={page}>
              <NextLink
                href={listHref(list, { page })}
                aria-current={page === current ? "page" : undefined}
                aria-label={t("page", { page })}
                className={clsx(
                  item,
                  page === current ? "border-brand bg-brand text-white hover:text-white" : "border-line",
                )}
              >
                {page}
              </NextLink>
            </li>
          ),
        )}
        {current < last ? (
          <li>
            <NextLink href={listHref(list, { page: current + 1 })} rel="next" className={clsx(item, "border-brand")}>
              {t("next")}
            </NextLink>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
