"use client";
// Rows the staff add and remove (links, indicators, experts…). Inputs are
// named "<group>.<index>.<field>", renumbered on every change so the server's
// error paths match what is on screen. Add/remove are buttons (keyboard
// operable); focus moves to the new row, or back to "Add" after removal.
import { useTranslations } from "next-intl";
import { useRef, useState, type ReactNode } from "react";
import type { FormValues } from "@/lib/forms/state";

export type RowBinding = {
  /** Input name and id for `field` in this row. */
  name: (field: string) => string;
  id: (field: string) => string;
  value: (field: string) => string;
  error: (field: string) => string | undefined;
};

type Props = {
  group: string;
  formId: string;
  legend: string;
  hint?: string;
  /** Accessible name of row n, e.g. "Link 2". */
  rowLabel: (n: number) => string;
  addLabel: string;
  values: FormValues;
  error: (name: string) => string | undefined;
  children: (row: RowBinding) => ReactNode;
};

function initialRows(values: FormValues, group: string): Record<string, string>[] {
  const rows: Record<string, string>[] = [];
  const pattern = new RegExp(`^${group}\\.(\\d+)\\.(\\w+)$`);
  for (const [name, value] of Object.entries(values)) {
    const m = pattern.exec(name);
    if (m && typeof value === "string") (rows[Number(m[1])] ??= {})[m[2] ?? ""] = value;
  }
  return Array.from(rows, (r) => r ?? {});
}

let nextKey = 0;

export function RepeatableRows({ group, formId, legend, hint, rowLabel, addLabel, values, error, children }: Props) {
  const t = useTranslations("curationInnovations.form");
  const [rows, setRows] = useState(() => initialRows(values, group).map((v) => ({ key: nextKey++, v })));
  // After a row is added or removed, the server's row-numbered errors no longer match: hide them.
  const [changed, setChanged] = useState(false);
  const addButton = useRef<HTMLButtonElement>(null);
  const list = useRef<HTMLOListElement>(null);

  // Adding or removing a row is an unsaved change too: tell the form's guard.
  const markDirty = () => addButton.current?.dispatchEvent(new Event("change", { bubbles: true }));
  const add = () => {
    setRows((r) => [...r, { key: nextKey++, v: {} }]);
    setChanged(true);
    markDirty();
    requestAnimationFrame(() =>
      list.current?.querySelector<HTMLElement>("li:last-child input, li:last-child select")?.focus(),
    );
  };
  const remove = (key: number) => {
    setRows((r) => r.filter((row) => row.key !== key));
    setChanged(true);
    markDirty();
    requestAnimationFrame(() => addButton.current?.focus());
  };

  return (
    <fieldset className="rounded border border-line p-4" data-rows={group}>
      <legend className="px-1 text-lg font-semibold text-brand-strong">{legend}</legend>
      {hint ? <p className="text-sm text-muted">{hint}</p> : null}
      {rows.length === 0 ? <p className="mt-2 text-muted">{t("noRows")}</p> : null}
      <ol ref={list} className="mt-2 space-y-4">
        {rows.map((row, index) => {
          const name = (field: string) => `${group}.${index}.${field}`;
          const binding: RowBinding = {
            name,
            id: (field) => `${formId}-${name(field)}`,
            value: (field) => row.v[field] ?? "",
            error: (field) => (changed ? undefined : error(name(field))),
          };
          return (
            <li key={row.key} className="rounded border border-line bg-surface p-3">
              <p className="mb-2 font-semibold">{rowLabel(index + 1)}</p>
              {children(binding)}
              <button
                type="button"
                onClick={() => remove(row.key)}
                className="mt-3 min-h-11 rounded border-2 border-red-800 bg-white px-4 py-1 font-semibold text-red-800 hover:bg-red-50"
              >
                {t("removeRow", { row: rowLabel(index + 1) })}
              </button>
            </li>
          );
        })}
      </ol>
      <button
        ref={addButton}
        type="button"
        onClick={add}
        className="mt-3 min-h-11 rounded border-2 border-brand bg-white px-4 py-1 font-semibold text-brand hover:bg-surface"
      >
        {addLabel}
      </button>
    </fieldset>
  );
}
