"use client";
// A long list (organisations, experts) as a native <select> with a filter box
// above it: typing narrows the options, the select keeps its own keyboard
// behaviour, and the chosen option stays listed even when filtered out.
import { useTranslations } from "next-intl";
import { useState } from "react";
import { controlClass, describedBy, FieldError } from "@/components/ui/field";
import type { Option } from "@/components/ui/field";

type Props = {
  id: string;
  name: string;
  label: string;
  options: readonly Option[];
  defaultValue: string;
  error?: string | undefined;
};

const fold = (s: string) =>
  s
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase();

export function SearchableSelect({ id, name, label, options, defaultValue, error }: Props) {
  const t = useTranslations("curationInnovations.form");
  const [query, setQuery] = useState("");
  const [value, setValue] = useState(defaultValue);
  const q = fold(query.trim());
  const shown = q ? options.filter((o) => o.value === value || fold(o.label).includes(q)) : options;
  return (
    <div className="grid gap-2 sm:grid-cols-2">
      <div>
        <label htmlFor={`${id}-filter`} className="block text-sm font-semibold">
          {t("filterList", { label })}
        </label>
        <input
          id={`${id}-filter`}
          type="search"
          value={query}
          onChange={(e) => setQuery(e.currentTarget.value)}
          data-guard-ignore=""
          aria-controls={id}
          autoComplete="off"
          className={controlClass}
        />
      </div>
      <div>
        <label htmlFor={id} className="block font-semibold">
          {label}
        </label>
        <select
          id={id}
          name={name}
          value={value}
          onChange={(e) => setValue(e.currentTarget.value)}
          className={controlClass}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, false, Boolean(error), `${id}-count`)}
        >
          <option value="">{t("choose")}</option>
          {shown.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
          {value && !options.some((o) => o.value === value) ? <option value={value}>{value}</option> : null}
        </select>
        <p id={`${id}-count`} className="mt-1 text-sm text-muted" aria-live="polite">
          {t("optionsShown", { count: shown.length })}
        </p>
        <FieldError id={id} error={error} />
      </div>
    </div>
  );
}
