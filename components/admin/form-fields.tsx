// Field primitives for staff forms. Each has a visible label (with
// "required"/"optional"), an optional hint, and an error tied to the control
// by aria-describedby with aria-invalid set. Use them inside <AdminForm>,
// whose binding supplies id, name, default value and the resolved error:
//   <TextField {...f.text("website")} type="url" label="Website" hint="https://…" />
//   <SelectField {...f.text("type")} label="Type" options={types} required />
//   <CheckboxGroupField {...f.list("roles")} label="Roles" options={roles} />
//   <CheckboxField {...f.checked("showPublicly")} label="Show publicly" />
//   <DateField {...f.text("startsOn")} label="Starts on" />
// For bilingual text use <BilingualField> (bilingual-field.tsx).
import clsx from "clsx";
import { useTranslations } from "next-intl";
import type { InputHTMLAttributes, ReactNode } from "react";

export type Option = { value: string; label: string };

type Common = {
  id: string;
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  /** The resolved error text (the binding resolves i18n keys). */
  error?: string | undefined;
  required?: boolean;
  className?: string;
};

export const controlClass =
  "mt-1 block w-full rounded border border-muted bg-white px-3 py-2 text-ink aria-invalid:border-2 aria-invalid:border-red-700";

export const describedBy = (id: string, hint: boolean, error: boolean, extra?: string) =>
  [hint ? `${id}-hint` : null, error ? `${id}-error` : null, extra ?? null].filter(Boolean).join(" ") || undefined;

export function FieldLabel({
  htmlFor,
  label,
  required,
}: {
  htmlFor: string;
  label: ReactNode;
  required: boolean | undefined;
}) {
  const t = useTranslations("curation.kit");
  return (
    <label htmlFor={htmlFor} className="block font-semibold">
      {label} <span className="font-normal text-muted">({required ? t("required") : t("optional")})</span>
    </label>
  );
}

export function FieldHint({ id, hint }: { id: string; hint: ReactNode | undefined }) {
  return hint ? (
    <p id={`${id}-hint`} className="mt-1 text-sm text-muted">
      {hint}
    </p>
  ) : null;
}

export function FieldError({ id, error }: { id: string; error: string | undefined }) {
  return error ? (
    <p id={`${id}-error`} className="mt-1 font-semibold text-red-800">
      {error}
    </p>
  ) : null;
}

const aria = (id: string, hint: unknown, error: string | undefined) =>
  ({
    "aria-invalid": error ? true : undefined,
    "aria-describedby": describedBy(id, Boolean(hint), Boolean(error)),
  }) as const;

type InputExtras = Pick<
  InputHTMLAttributes<HTMLInputElement>,
  | "autoComplete"
  | "maxLength"
  | "inputMode"
  | "lang"
  | "spellCheck"
  | "placeholder"
  | "min"
  | "max"
  | "step"
  | "pattern"
>;

export function TextField(
  props: Common & InputExtras & { defaultValue: string; type?: "text" | "email" | "url" | "tel" | "number" | "search" },
) {
  const { id, name, label, hint, error, required, className, defaultValue, type = "text", ...extras } = props;
  return (
    <div className={className}>
      <FieldLabel htmlFor={id} label={label} required={required} />
      <FieldHint id={id} hint={hint} />
      <input
        id={id}
        name={name}
        type={type}
        defaultValue={defaultValue}
        required={required}
        className={controlClass}
        {...aria(id, hint, error)}
        {...extras}
      />
      <FieldError id={id} error={error} />
    </div>
  );
}

export function TextareaField(
  props: Common & { defaultValue: string; rows?: number; maxLength?: number; lang?: string },
) {
  const { id, name, label, hint, error, required, className, defaultValue, rows = 6, maxLength, lang } = props;
  return (
    <div className={className}>
      <FieldLabel htmlFor={id} label={label} required={required} />
      <FieldHint id={id} hint={hint} />
      <textarea
        id={id}
        name={name}
        rows={rows}
        defaultValue={defaultValue}
        required={required}
        maxLength={maxLength}
        lang={lang}
        className={controlClass}
        {...aria(id, hint, error)}
      />
      <FieldError id={id} error={error} />
    </div>
  );
}

export function DateField(props: Common & { defaultValue: string; min?: string; max?: string }) {
  const { id, name, label, hint, error, required, className, defaultValue, min, max } = props;
  return (
    <div className={className}>
      <FieldLabel htmlFor={id} label={label} required={required} />
      <FieldHint id={id} hint={hint} />
      <input
        id={id}
        name={name}
        type="date"
        defaultValue={defaultValue}
        min={min}
        max={max}
        required={required}
        className={clsx(controlClass, "sm:w-56")}
        {...aria(id, hint, error)}
      />
      <FieldError id={id} error={error} />
    </div>
  );
}

export function SelectField(
  props: Common & {
    defaultValue: string;
    options: readonly Option[];
    /** First, empty choice; default "—". */ placeholder?: string;
  },
) {
  const { id, name, label, hint, error, required, className, defaultValue, options, placeholder = "—" } = props;
  return (
    <div className={className}>
      <FieldLabel htmlFor={id} label={label} required={required} />
      <FieldHint id={id} hint={hint} />
      <select
        id={id}
        name={name}
        defaultValue={defaultValue}
        required={required}
        className={controlClass}
        {...aria(id, hint, error)}
      >
        <option value="">{placeholder}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
        {/* a stored value no longer in the list (e.g. a retired term) stays selectable rather than silently dropped */}
        {defaultValue && !options.some((o) => o.value === defaultValue) ? (
          <option value={defaultValue}>{defaultValue}</option>
        ) : null}
      </select>
      <FieldError id={id} error={error} />
    </div>
  );
}

/** Multi-select as a group of checkboxes: the legend names the group; posts one value per ticked box. */
export function CheckboxGroupField(
  props: Common & {
    defaultValue: readonly string[];
    options: readonly Option[];
    columns?: 1 | 2 | 3;
    /** Long lists (e.g. every organisation) scroll inside a box; ticked ones are listed first. */ scroll?: boolean;
  },
) {
  const { id, name, label, hint, error, required, className, defaultValue, columns = 2, scroll = false } = props;
  const options = scroll
    ? [...props.options].sort((a, b) => Number(defaultValue.includes(b.value)) - Number(defaultValue.includes(a.value)))
    : props.options;
  const t = useTranslations("curation.kit");
  const extra = defaultValue.filter((v) => !options.some((o) => o.value === v)).map((v) => ({ value: v, label: v }));
  return (
    <fieldset
      id={id}
      tabIndex={-1}
      aria-describedby={describedBy(id, Boolean(hint), Boolean(error))}
      className={clsx("rounded p-3", error ? "border-2 border-red-700" : "border border-muted", className)}
    >
      <legend className="px-1 font-semibold">
        {label} <span className="font-normal text-muted">({required ? t("required") : t("optional")})</span>
      </legend>
      <FieldHint id={id} hint={hint} />
      <FieldError id={id} error={error} />
      <div
        className={clsx(
          "mt-2 grid gap-2",
          columns === 2 && "sm:grid-cols-2",
          columns === 3 && "sm:grid-cols-3",
          scroll && "max-h-64 overflow-y-auto rounded border border-line p-2",
        )}
      >
        {[...options, ...extra].map((o) => (
          <label key={o.value} className="flex items-start gap-2">
            <input
              type="checkbox"
              name={name}
              value={o.value}
              defaultChecked={defaultValue.includes(o.value)}
              className="mt-1 size-4"
            />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** One checkbox (posts "on" when ticked). */
export function CheckboxField(props: Omit<Common, "required"> & { defaultChecked: boolean }) {
  const { id, name, label, hint, error, className, defaultChecked } = props;
  return (
    <div className={className}>
      <label className="flex items-start gap-2 font-semibold">
        <input
          id={id}
          type="checkbox"
          name={name}
          defaultChecked={defaultChecked}
          className="mt-1 size-4"
          {...aria(id, hint, error)}
        />
        <span>{label}</span>
      </label>
      <div className="ml-6">
        <FieldHint id={id} hint={hint} />
        <FieldError id={id} error={error} />
      </div>
    </div>
  );
}
