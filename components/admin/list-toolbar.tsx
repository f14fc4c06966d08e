// The filter bar above a staff list: a GET form (works without JavaScript;
// the URL is the state) with a search box, one select per filter, sort and
// order, an "Apply" button and a "Clear filters" link.
//
//   <ListToolbar list={list} searchLabel="Search by name" filters={[
//       { name: "type", label: "Type", options: [{ value: "ngo", label: "NGO" }] },
//     ]} sorts={[{ value: "name", label: "Name" }, { value: "updated", label: "Last changed" }]} />
import NextLink from "next/link";
import { useTranslations } from "next-intl";
import type { ListLinks } from "./list-links";

export type Option = { value: string; label: string };
export type ToolbarFilter = { name: string; label: string; options: readonly Option[] };

const control = "mt-1 block w-full rounded border border-muted bg-white px-3 py-2 text-ink";

export function ListToolbar({
  list,
  searchLabel,
  filters = [],
  sorts = [],
  id = "list",
}: {
  list: ListLinks;
  searchLabel: string;
  filters?: readonly ToolbarFilter[];
  sorts?: readonly Option[];
  /** Prefix of the controls' ids (change it if a page has two toolbars). */
  id?: string;
}) {
  const t = useTranslations("curation.kit");
  const { query } = list;
  const filterValues = query.filters as Record<string, string | undefined>;
  return (
    <form
      method="get"
      action={list.basePath}
      role="search"
      aria-label={t("filters")}
      className="mb-6 rounded border border-line bg-surface p-4"
    >
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <div className="sm:col-span-2">
          <label htmlFor={`${id}-q`} className="block font-semibold">
            {searchLabel}
          </label>
          <input id={`${id}-q`} name="q" type="search" defaultValue={query.q} className={control} />
        </div>
        {filters.map((filter) => (
          <div key={filter.name}>
            <label htmlFor={`${id}-${filter.name}`} className="block font-semibold">
              {filter.label}
            </label>
            <select
              id={`${id}-${filter.name}`}
              name={filter.name}
              defaultValue={filterValues[filter.name] ?? ""}
              className={control}
            >
              <option value="">{t("all")}</option>
              {filter.options.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          </div>
        ))}
        {sorts.length > 0 ? (
          <>
            <div>
              <label htmlFor={`${id}-sort`} className="block font-semibold">
                {t("sortBy")}
              </label>
              <select id={`${id}-sort`} name="sort" defaultValue={query.sort} className={control}>
                {sorts.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </select>
            </div>
            <div>
              <label htmlFor={`${id}-dir`} className="block font-semibold">
                {t("sortDir")}
              </label>
              <select id={`${id}-dir`} name="dir" defaultValue={query.dir} className={control}>
                <option value="asc">{t("asc")}</option>
                <option value="desc">{t("desc")}</option>
              </select>
            </div>
          </>
        ) : null}
      </div>
      {query.pageSize !== (list.spec.defaultPageSize ?? list.spec.pageSizes?.[0] ?? 25) ? (
        <input type="hidden" name="pageSize" value={query.pageSize} />
      ) : null}
      <div className="mt-4 flex flex-wrap items-center gap-4">
        <button
          type="submit"
          className="min-h-11 rounded bg-brand px-5 py-2 font-semibold text-white hover:bg-brand-strong"
        >
          {t("apply")}
        </button>
        <NextLink href={list.basePath}>{t("clear")}</NextLink>
      </div>
    </form>
  );
}

/** "12 records" above or below the table; role=status so a changed count is announced. */
export function ResultCount({ total }: { total: number }) {
  const t = useTranslations("curation.kit");
  return (
    <p role="status" className="mb-2 text-muted">
      {t("results", { count: total })}
    </p>
  );
}
