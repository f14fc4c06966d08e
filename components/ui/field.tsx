"use client";
// Form field primitives for every form, public and staff, after the GOV.UK
// Design System: a visible label ("(optional)" after optional ones), the hint
// under it, the error message under the hint (with a visually hidden "Error:"
// prefix), then the control; hint and error are tied to the control with
// aria-describedby and an error sets aria-invalid. Checkbox and radio groups
// are a fieldset whose legend is the question.
//
//   <TextField {...f.text("email")} type="email" label="E-mail" required autoComplete="email" />
//   <TextareaField {...f.text("description")} label="Description" hint="…" required />
//   <SelectField {...f.text("type")} label="Type" options={types} />
//   <CheckboxGroupField {...f.list("themes")} label="Themes" options={themes} />
//   <RadioGroupField {...f.list("stage")} label="Stage" options={stages} required />
//   <CheckboxField {...f.checked("featured")} label="Featured" />
// `f` is the binding of <Form> (components/ui/form.tsx): id, name, default value and resolved error.
import clsx from "clsx";
import type { InputHTMLAttributes, ReactNode } from "react";
import { useFormText } from "./form-text";

export type Option = { value: string; label: string; group?: string };

type Common = {
  id: string;
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  /** The resolved error text. */
  error?: string | undefined;
  required?: boolean;
  className?: string;
};

export const controlClass =
  "mt-1 block w-full rounded border border-muted bg-white px-3 py-2 text-ink aria-invalid:border-2 aria-invalid:border-red-700";

/** The ids a control is described by: its hint, its error, and any extra (e.g. a form-wide message). */
export const describedBy = (id: string, hint: boolean, error: boolean, extra?: string) =>
  [hint ? `${id}-hint` : null, error ? `${id}-error` : null, extra ?? null].filter(Boolean).join(" ") || undefined;

const ariaFor = (id: string, hint: unknown, error: string | undefined, extra?: string) =>
  ({
    "aria-invalid": error ? true : undefined,
    "aria-describedby": describedBy(id, Boolean(hint), Boolean(error), extra),
  }) as const;

function LabelText({ label, required }: { label: ReactNode; required: boolean | undefined }) {
  const text = useFormText();
  return (
    <>
      {label}
      {required ? null : <span className="font-normal text-muted"> ({text.optional})</span>}
    </>
  );
}

export function FieldLabel({ htmlFor, label, required }: { htmlFor: string; label: ReactNode; required?: boolean }) {
  return (
    <label htmlFor={htmlFor} className="block font-semibold">
      <LabelText label={label} required={required} />
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
  const text = useFormText();
  return error ? (
    <p id={`${id}-error`} className="mt-1 font-semibold text-red-800">
      <span className="sr-only">{text.error}: </span>
      {error}
    </p>
  ) : null;
}

/** The frame of one field: label, hint, error, then the control; a red bar beside it while it has an error. */
function Field({
  id,
  label,
  hint,
  error,
  required,
  className,
  children,
}: Omit<Common, "name"> & { children: ReactNode }) {
  return (
    <div className={clsx(error && "border-l-4 border-red-700 pl-3", className)}>
      <FieldLabel htmlFor={id} label={label} required={required} />
      <FieldHint id={id} hint={hint} />
      <FieldError id={id} error={error} />
      {children}
    </div>
  );
}

type InputExtras = Pick<
  InputHTMLAttributes<HTMLInputElement>,
  | "autoComplete"
  | "maxLength"
  | "inputMode"
  | "lang"
  | "spellCheck"
  | "min"
  | "max"
  | "step"
  | "pattern"
  | "autoCapitalize"
>;

export function TextField(
  props: Common &
    InputExtras & {
      defaultValue: string;
      type?: "text" | "email" | "url" | "tel" | "number" | "search" | "date" | "time" | "password";
      /** Ids of other descriptions (e.g. a form-wide message that concerns this field), which also mark it invalid. */
      describedByExtra?: string;
      inputClassName?: string;
    },
) {
  const { id, name, label, hint, error, required, className, defaultValue, type = "text", describedByExtra } = props;
  const { inputClassName, ...rest } = props;
  const extras: InputExtras = {
    autoComplete: rest.autoComplete,
    maxLength: rest.maxLength,
    inputMode: rest.inputMode ?? (type === "email" ? "email" : undefined),
    lang: rest.lang,
    spellCheck: rest.spellCheck ?? (type === "email" ? false : undefined),
    autoCapitalize: rest.autoCapitalize ?? (type === "email" ? "none" : undefined),
    min: rest.min,
    max: rest.max,
    step: rest.step,
    pattern: rest.pattern,
  };
  return (
    <Field id={id} label={label} hint={hint} error={error} required={required} className={className}>
      <input
        id={id}
        name={name}
        type={type}
        defaultValue={defaultValue}
        required={required}
        className={clsx(controlClass, inputClassName ?? (type === "date" || type === "time" ? "sm:w-56" : undefined))}
        {...ariaFor(id, hint, error, describedByExtra)}
        aria-invalid={error || describedByExtra ? true : undefined}
        {...extras}
      />
    </Field>
  );
}

export function TextareaField(
  props: Common & { defaultValue: string; rows?: number; maxLength?: number; lang?: string },
) {
  const { id, name, label, hint, error, required, className, defaultValue, rows = 6, maxLength, lang } = props;
  return (
    <Field id={id} label={label} hint={hint} error={error} required={required} className={className}>
      <textarea
        id={id}
        name={name}
        rows={rows}
        defaultValue={defaultValue}
        required={required}
        maxLength={maxLength}
        lang={lang}
        className={controlClass}
        {...ariaFor(id, hint, error)}
      />
    </Field>
  );
}

/** A select with an empty first choice; options with a `group` go under an <optgroup> of that name. */
export function SelectField(
  props: Common & {
    defaultValue: string;
    options: readonly Option[];
    /** The empty first choice; default "—". */
    placeholder?: string;
  },
) {
  const { id, name, label, hint, error, required, className, defaultValue, options, placeholder = "—" } = props;
  const groups = [...new Set(options.map((o) => o.group).filter((g): g is string => Boolean(g)))];
  const option = (o: Option) => (
    <option key={o.value} value={o.value}>
      {o.label}
    </option>
  );
  return (
    <Field id={id} label={label} hint={hint} error={error} required={required} className={className}>
      <select
        id={id}
        name={name}
        defaultValue={defaultValue}
        required={required}
        className={controlClass}
        {...ariaFor(id, hint, error)}
      >
        <option value="">{placeholder}</option>
        {options.filter((o) => !o.group).map(option)}
        {groups.map((g) => (
          <optgroup key={g} label={g}>
            {options.filter((o) => o.group === g).map(option)}
          </optgroup>
        ))}
        {/* a stored value no longer in the list (e.g. a retired term) stays selectable rather than silently dropped */}
        {defaultValue && !options.some((o) => o.value === defaultValue) ? (
          <option value={defaultValue}>{defaultValue}</option>
        ) : null}
      </select>
    </Field>
  );
}

/**
 * A group of related controls: a fieldset whose legend is the question, the
 * hint and the error under it. The fieldset carries the id, so the error
 * summary's link lands on the group.
 */
export function FieldGroup({
  id,
  label,
  hint,
  error,
  required,
  className,
  children,
}: Omit<Common, "name"> & { children: ReactNode }) {
  return (
    <fieldset
      id={id}
      tabIndex={-1}
      aria-describedby={describedBy(id, Boolean(hint), Boolean(error))}
      className={clsx("rounded p-3", error ? "border-2 border-red-700" : "border border-muted", className)}
    >
      <legend className="px-1 font-semibold">
        <LabelText label={label} required={required} />
      </legend>
      <FieldHint id={id} hint={hint} />
      <FieldError id={id} error={error} />
      {children}
    </fieldset>
  );
}

/** A section of a long form: its fields under a legend that names them (e.g. "Basics", "Contact"). */
export function FormSection({ legend, children }: { legend: ReactNode; children: ReactNode }) {
  return (
    <fieldset className="space-y-4">
      <legend className="text-xl font-semibold text-brand-strong">{legend}</legend>
      {children}
    </fieldset>
  );
}

type ChoiceProps = Common & {
  defaultValue: readonly string[];
  options: readonly Option[];
  columns?: 1 | 2 | 3;
  /** Long lists (e.g. every organisation) scroll inside a box; ticked ones are listed first. */
  scroll?: boolean;
};

function Choices({ type, ...props }: ChoiceProps & { type: "checkbox" | "radio" }) {
  const { id, name, label, hint, error, required, className, defaultValue, columns = 2, scroll = false } = props;
  const options = scroll
    ? [...props.options].sort((a, b) => Number(defaultValue.includes(b.value)) - Number(defaultValue.includes(a.value)))
    : props.options;
  // a stored value no longer offered stays visible (and ticked) rather than silently dropped
  const extra = defaultValue.filter((v) => !options.some((o) => o.value === v)).map((v) => ({ value: v, label: v }));
  return (
    <FieldGroup id={id} label={label} hint={hint} error={error} required={required} className={className}>
      <div
        className={clsx(
          "mt-2 grid gap-2",
          columns === 2 && "sm:grid-cols-2",
          columns === 3 && "sm:grid-cols-3",
          scroll && "max-h-64 overflow-y-auto rounded border border-line p-2",
        )}
      >
        {[...options, ...extra].map((o) => (
          <Choice key={o.value} type={type} name={name} value={o.value} checked={defaultValue.includes(o.value)}>
            {o.label}
          </Choice>
        ))}
      </div>
    </FieldGroup>
  );
}

/** One checkbox or radio button with its label, for groups that lay their choices out themselves. */
export function Choice({
  type,
  name,
  value,
  checked,
  children,
  className,
}: {
  type: "checkbox" | "radio";
  name: string;
  value: string;
  checked: boolean;
  children: ReactNode;
  className?: string;
}) {
  return (
    <label className={clsx("flex items-start gap-2", className)}>
      <input type={type} name={name} value={value} defaultChecked={checked} className="mt-1 size-4 shrink-0" />
      <span>{children}</span>
    </label>
  );
}

/** Several answers: posts one value per ticked box. */
export function CheckboxGroupField(props: ChoiceProps) {
  return <Choices type="checkbox" {...props} />;
}

/** One answer of several. */
export function RadioGroupField(props: ChoiceProps) {
  return <Choices type="radio" {...props} />;
}

/** One checkbox (posts "on" when ticked). A box that must be ticked (e.g. "I have read…") needs no marker: its label says so. */
export function CheckboxField(props: Common & { defaultChecked: boolean }) {
  const { id, name, label, hint, error, className, defaultChecked } = props;
  return (
    <div className={clsx(error && "border-l-4 border-red-700 pl-3", className)}>
      <FieldError id={id} error={error} />
      <label className="flex items-start gap-2 font-semibold">
        <input
          id={id}
          type="checkbox"
          name={name}
          defaultChecked={defaultChecked}
          className="mt-1 size-4 shrink-0"
          {...ariaFor(id, hint, error)}
        />
        <span>{label}</span>
      </label>
      <div className="ml-6">
        <FieldHint id={id} hint={hint} />
      </div>
    </div>
  );
}
