// A staff list as a table: caption, column headers that sort by link (with
// aria-sort on the sorted one), row headers, and an empty state. No client
// JavaScript; sort links keep the list's search and filters (lib/admin/list-query.ts).
//
//   <DataTable caption="Organisations" list={list} rows={rows} rowKey={(r) => r.id}
//     empty="No organisations match." columns={[
//       { key: "name", header: "Name", sortKey: "name", rowHeader: true, cell: (r) => <a href=…>{r.nameLv}</a> },
//       { key: "type", header: "Type", cell: (r) => r.typeLabel },
//     ]} />
import clsx from "clsx";
import NextLink from "next/link";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { listHref, type ListLinks } from "./list-links";

export type Column<T> = {
  key: string;
  header: string;
  cell: (row: T) => ReactNode;
  /** A value of the list spec's `sorts`: the header becomes a sort link. */
  sortKey?: string;
  /** Render this column's cells as <th scope="row"> (use it for the name column). */
  rowHeader?: boolean;
  className?: string;
};

type Props<T> = {
  caption: string;
  columns: readonly Column<T>[];
  rows: readonly T[];
  rowKey: (row: T) => string;
  list: ListLinks;
  /** Shown instead of the table when there are no rows. */
  empty: ReactNode;
};

export function DataTable<T>({ caption, columns, rows, rowKey, list, empty }: Props<T>) {
  const t = useTranslations("curation.kit");
  if (rows.length === 0) {
    return (
      <p className="rounded border border-line bg-surface p-4 text-ink" data-testid="empty-state">
        {empty}
      </p>
    );
  }
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left text-sm">
        <caption className="mb-2 text-left font-semibold text-brand-strong">{caption}</caption>
        <thead>
          <tr className="border-b-2 border-line">
            {columns.map((column) => {
              const sortable =
                column.sortKey !== undefined && (list.spec.sorts as readonly string[]).includes(column.sortKey);
              const active = sortable && list.query.sort === column.sortKey;
              const nextDir = active && list.query.dir === "asc" ? "desc" : "asc";
              return (
                <th
                  key={column.key}
                  scope="col"
                  className={clsx("px-2 py-2 font-semibold", column.className)}
                  aria-sort={active ? (list.query.dir === "asc" ? "ascending" : "descending") : undefined}
                >
                  {sortable ? (
                    <NextLink
                      href={listHref(list, { sort: column.sortKey, dir: nextDir })}
                      title={t("sortHint", { column: column.header })}
                      className="inline-flex items-center gap-1"
                    >
                      {column.header}
                      {active ? (
                        <>
                          <span aria-hidden="true">{list.query.dir === "asc" ? "▲" : "▼"}</span>
                          <span className="sr-only">
                            ({list.query.dir === "asc" ? t("sortAscending") : t("sortDescending")})
                          </span>
                        </>
                      ) : null}
                    </NextLink>
                  ) : (
                    column.header
                  )}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)} className="border-b border-line align-top">
              {columns.map((column) =>
                column.rowHeader ? (
                  <th key={column.key} scope="row" className={clsx("px-2 py-2 font-normal", column.className)}>
                    {column.cell(row)}
                  </th>
                ) : (
                  <td key={column.key} className={clsx("px-2 py-2", column.className)}>
                    {column.cell(row)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
