// A data table: a caption (visible, or for screen readers only), column
// headers, an optional row-header column, and an empty state instead of an
// empty table. No client JavaScript. Staff lists with sorting and paging use
// <DataTable> (components/admin/data-table.tsx), which renders this.
//
//   <Table caption="Slots" rows={slots} rowKey={(s) => s.id} empty="No slots."
//     columns={[{ key: "time", header: "Time", rowHeader: true, cell: (s) => s.label }, …]} />
import clsx from "clsx";
import type { ReactNode } from "react";

export type TableColumn<T> = {
  key: string;
  header: ReactNode;
  cell: (row: T) => ReactNode;
  /** This column's cells are <th scope="row"> (the name column). */
  rowHeader?: boolean;
  /** Set on the sorted column. */
  ariaSort?: "ascending" | "descending";
  className?: string;
};

export function Table<T>({
  caption,
  captionHidden = false,
  columns,
  rows,
  rowKey,
  empty,
  className,
  testId,
  headersHidden = false,
  rowAttributes,
}: {
  caption: ReactNode;
  /** The caption is read by screen readers only (a heading above already names the table). */
  captionHidden?: boolean;
  columns: readonly TableColumn<T>[];
  rows: readonly T[];
  rowKey: (row: T, index: number) => string;
  /** Shown instead of the table when there are no rows; the table is shown empty when absent. */
  empty?: ReactNode;
  className?: string;
  testId?: string;
  /** Column headers for screen readers only (a two-column list whose header row would only repeat the caption). */
  headersHidden?: boolean;
  /** data-* attributes of a row (what tests and scripts read). */
  rowAttributes?: (row: T) => Record<`data-${string}`, string>;
}) {
  if (rows.length === 0 && empty !== undefined) {
    return (
      <p className="rounded border border-line bg-surface p-4 text-ink" data-testid="empty-state">
        {empty}
      </p>
    );
  }
  return (
    <div className={clsx("overflow-x-auto", className)}>
      <table className="w-full border-collapse text-left text-sm" data-testid={testId}>
        <caption className={captionHidden ? "sr-only" : "mb-2 text-left font-semibold text-brand-strong"}>
          {caption}
        </caption>
        <thead className={headersHidden ? "sr-only" : undefined}>
          <tr className="border-b-2 border-line">
            {columns.map((column) => (
              <th
                key={column.key}
                scope="col"
                aria-sort={column.ariaSort}
                className={clsx("px-2 py-2 font-semibold", column.className)}
              >
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <tr key={rowKey(row, index)} className="border-b border-line align-top" {...rowAttributes?.(row)}>
              {columns.map((column) =>
                column.rowHeader ? (
                  <th
                    key={column.key}
                    scope="row"
                    className={clsx(
                      "px-2 py-2",
                      !column.className?.includes("font-") && "font-normal",
                      column.className,
                    )}
                  >
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
