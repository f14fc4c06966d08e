// Accessible form fields for the public forms (consultations, submissions; the login field's
// pattern): the label names the field, the hint and the error are tied to it
// with aria-describedby, and aria-invalid marks a field with an error.
import type { ReactNode } from "react";

export type Choice = { value: string; label: string };

const inputClass =
  "mt-1 block w-full rounded border border-muted bg-white px-3 py-2 text-ink aria-invalid:border-2 aria-invalid:border-red-700";

const describedBy = (id: string, hint: boolean, error: boolean) =>
  [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;

function Label({
  id,
  label,
  required,
  requiredText,
  optionalText,
}: {
  id: string;
  label: string;
  required: boolean;
  requiredText: string;
  optionalText: string;
}) {
  return (
    <label htmlFor={id} className="block font-semibold">
      {label} <span className="font-normal text-muted">({required ? requiredText : optionalText})</span>
    </label>
  );
}

function Hint({ id, hint }: { id: string; hint: string | undefined }) {
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

type Common = {
  id: string;
  name: string;
  label: string;
  hint?: string;
  error?: string | undefined;
  required?: boolean;
  requiredText: string;
  optionalText: string;
};

export function TextField(
  props: Common & {
    type?: "text" | "email" | "tel";
    autoComplete?: string;
    defaultValue: string;
    multiline?: boolean;
    maxLength?: number;
    /** The on-screen keyboard to offer, e.g. "numeric" for figures. */
    inputMode?: "text" | "numeric" | "decimal" | "email";
  },
) {
  const {
    id,
    name,
    label,
    hint,
    error,
    required = false,
    type = "text",
    autoComplete,
    defaultValue,
    multiline,
    maxLength,
    inputMode,
  } = props;
  const aria = {
    "aria-invalid": error ? true : undefined,
    "aria-describedby": describedBy(id, Boolean(hint), Boolean(error)),
  } as const;
  return (
    <div>
      <Label
        id={id}
        label={label}
        required={required}
        requiredText={props.requiredText}
        optionalText={props.optionalText}
      />
      <Hint id={id} hint={hint} />
      {multiline ? (
        <textarea
          id={id}
          name={name}
          rows={8}
          defaultValue={defaultValue}
          required={required}
          maxLength={maxLength}
          className={inputClass}
          {...aria}
        />
      ) : (
        <input
          id={id}
          name={name}
          type={type}
          autoComplete={autoComplete}
          inputMode={inputMode}
          defaultValue={defaultValue}
          required={required}
          className={inputClass}
          {...aria}
          {...(type === "email" ? { spellCheck: false, autoCapitalize: "none" } : {})}
        />
      )}
      <FieldError id={id} error={error} />
    </div>
  );
}

export function SelectField(props: Common & { choices: Choice[]; defaultValue: string; placeholder: string }) {
  const { id, name, label, hint, error, choices, defaultValue, placeholder } = props;
  return (
    <div>
      <Label
        id={id}
        label={label}
        required={false}
        requiredText={props.requiredText}
        optionalText={props.optionalText}
      />
      <Hint id={id} hint={hint} />
      <select
        id={id}
        name={name}
        defaultValue={defaultValue}
        className={inputClass}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, Boolean(hint), Boolean(error))}
      >
        <option value="">{placeholder}</option>
        {choices.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
      <FieldError id={id} error={error} />
    </div>
  );
}

/** A group of checkboxes or radios: the legend names the group, errors are announced with it. */
export function ChoiceGroup(
  props: Common & { type: "checkbox" | "radio"; choices: Choice[]; checked: readonly string[]; children?: ReactNode },
) {
  const { id, name, label, hint, error, type, choices, checked, required = false, children } = props;
  return (
    <fieldset
      id={id}
      tabIndex={-1}
      aria-describedby={describedBy(id, Boolean(hint), Boolean(error))}
      className={error ? "rounded border-2 border-red-700 p-3" : "rounded border border-muted p-3"}
    >
      <legend className="px-1 font-semibold">
        {label} <span className="font-normal text-muted">({required ? props.requiredText : props.optionalText})</span>
      </legend>
      <Hint id={id} hint={hint} />
      <FieldError id={id} error={error} />
      <div className="mt-2 grid gap-2 sm:grid-cols-2">
        {choices.map((c) => (
          <label key={c.value} className="flex items-start gap-2">
            <input
              type={type}
              name={name}
              value={c.value}
              defaultChecked={checked.includes(c.value)}
              className="mt-1 size-4"
            />
            <span>{c.label}</span>
          </label>
        ))}
      </div>
      {children}
    </fieldset>
  );
}
