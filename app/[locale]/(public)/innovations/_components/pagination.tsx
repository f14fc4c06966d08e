import { FinderPagination } from "@/components/finder/pagination";
import { localizedHref } from "@/lib/i18n/paths";
import type { Locale } from "@/lib/i18n/routing";
import { searchHref, type PageQuery } from "./href";

export function Pagination({ query, lastPage, locale }: { query: PageQuery; lastPage: number; locale: Locale }) {
  return (
    <FinderPagination
      page={query.page}
      lastPage={lastPage}
      hrefFor={(page) => localizedHref(searchHref(query, { page }), locale)}
    />
  );
}
