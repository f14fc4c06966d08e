// What list widgets (table, toolbar, pagination, export links) need to build
// their links: the parsed query, its spec and the page's localized path.
import { listSearch, type ListQuery, type ListSpec } from "@/lib/admin/list-query";

export type ListLinks = {
  query: ListQuery;
  spec: ListSpec;
  /** The list page's localized path, e.g. localizedHref("/admin/organisations", locale). */
  basePath: string;
};

export function listHref(list: ListLinks, patch: Parameters<typeof listSearch>[2] = {}): string {
  return `${list.basePath}${listSearch(list.query, list.spec, patch)}`;
}
