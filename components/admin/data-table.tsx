// A staff list as a table (components/ui/table.tsx) whose column headers sort
// by link, with aria-sort on the sorted one. No client JavaScript; sort links
// keep the list's search and filters (lib/admin/list-query.ts).
//
//   <DataTable caption="Organisations" list={list} rows={rows} rowKey={(r) => r.id}
//     empty="No organisations match." columns={[
//       { key: "name", header: "Name", sortKey: "name", rowHeader: true, cell: (r) => <a href=…>{r.nameLv}</a> },
//       { key: "type", header: "Type", cell: (r) => r.typeLabel },
//     ]} />
import NextLink from "next/link";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Table, type TableColumn } from "@/components/ui/table";
import { listHref, type ListLinks } from "./list-links";

export type Column<T> = Omit<TableColumn<T>, "header" | "ariaSort"> & {
  header: string;
  /** A value of the list spec's `sorts`: the header becomes a sort link. */
  sortKey?: string;
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
  const sortable = (column: Column<T>) =>
    column.sortKey !== undefined && (list.spec.sorts as readonly string[]).includes(column.sortKey);
  const direction = list.query.dir === "asc" ? "ascending" : "descending";
  const header = (column: Column<T>): TableColumn<T> => {
    if (!sortable(column)) return column;
    const active = list.query.sort === column.sortKey;
    const nextDir = active && list.query.dir === "asc" ? "desc" : "asc";
    return {
      ...column,
      ariaSort: active ? direction : undefined,
      header: (
        <NextLink
          href={listHref(list, { sort: column.sortKey, dir: nextDir })}
          title={t("sortHint", { column: column.header })}
          className="inline-flex items-center gap-1"
        >
          {column.header}
          {active ? (
            <>
              <span aria-hidden="true">{list.query.dir === "asc" ? "▲" : "▼"}</span>
              <span className="sr-only">({list.query.dir === "asc" ? t("sortAscending") : t("sortDescending")})</span>
            </>
          ) : null}
        </NextLink>
      ),
    };
  };
  return <Table caption={caption} columns={columns.map(header)} rows={rows} rowKey={rowKey} empty={empty} />;
}
