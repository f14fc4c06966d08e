"use client";
// Inputs inside a repeatable row: a visible label, the row-numbered name and
// the row's error tied to the control.
import { controlClass, describedBy, FieldError, type Option } from "@/components/ui/field";
import type { RowBinding } from "./repeatable-rows";

type Common = { row: RowBinding; field: string; label: string; className?: string };

export function RowText({
  row,
  field,
  label,
  className,
  type = "text",
  lang,
  inputMode,
}: Common & { type?: "text" | "url" | "number"; lang?: string; inputMode?: "decimal" | "numeric" }) {
  const id = row.id(field);
  const error = row.error(field);
  return (
    <div className={className}>
      <label htmlFor={id} className="block font-semibold">
        {label}
      </label>
      <input
        id={id}
        name={row.name(field)}
        type={type}
        defaultValue={row.value(field)}
        lang={lang}
        inputMode={inputMode}
        className={controlClass}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, false, Boolean(error))}
      />
      <FieldError id={id} error={error} />
    </div>
  );
}

export function RowSelect({
  row,
  field,
  label,
  className,
  options,
  groups,
  placeholder = "—",
}: Common & {
  options?: readonly Option[];
  /** Options under <optgroup> labels. */
  groups?: readonly { label: string; options: readonly Option[] }[];
  placeholder?: string;
}) {
  const id = row.id(field);
  const error = row.error(field);
  return (
    <div className={className}>
      <label htmlFor={id} className="block font-semibold">
        {label}
      </label>
      <select
        id={id}
        name={row.name(field)}
        defaultValue={row.value(field)}
        className={controlClass}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, false, Boolean(error))}
      >
        <option value="">{placeholder}</option>
        {options?.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
        {groups?.map((g) => (
          <optgroup key={g.label} label={g.label}>
            {g.options.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
      <FieldError id={id} error={error} />
    </div>
  );
}
