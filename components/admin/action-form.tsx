"use client";
// One accessible staff form for the consultation inbox and slots pages: a
// server-action form (works without JavaScript) enhanced with useActionState.
// Each field has a visible label; an error sits next to its field, linked with
// aria-describedby and aria-invalid; a failed answer shows a focused summary;
// a success is announced in a polite live region. Fields are described as data
// so every form on these pages behaves the same.
import clsx from "clsx";
import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef } from "react";
import { useFormStatus } from "react-dom";
import type { ActionDenied } from "@/lib/auth/guard";
import type { StaffFormState } from "@/lib/consultations/staff/form-state";

export type FormOption = { value: string; label: string; group?: string };
type Base = { name: string; label: string; hint?: string; required?: boolean; defaultValue?: string };
export type FormField =
  | (Base & {
      kind: "text" | "email" | "date" | "time" | "number" | "url";
      min?: string;
      max?: string;
      maxLength?: number;
    })
  | (Base & { kind: "textarea"; rows?: number; maxLength?: number })
  | (Base & { kind: "select"; options: FormOption[]; placeholder?: string })
  | (Base & { kind: "checkbox" })
  | { kind: "hidden"; name: string; value: string };

type Answer = StaffFormState | ActionDenied;
type Props = {
  /** Prefix of every id in the form; unique on the page. */
  id: string;
  action: (previous: Answer, formData: FormData) => Promise<Answer>;
  fields: FormField[];
  submitLabel: string;
  /** A heading inside the form (h2 or h3). */
  title?: string;
  headingLevel?: 2 | 3;
  danger?: boolean;
  className?: string;
  layout?: "stack" | "grid";
};

const INITIAL: StaffFormState = { attempt: 0, ok: null, fieldErrors: {}, values: {} };
const inputClass =
  "mt-1 block w-full rounded border border-muted bg-white px-3 py-2 text-ink aria-invalid:border-2 aria-invalid:border-red-700";

function Submit({ label, danger }: { label: string; danger?: boolean }) {
  const { pending } = useFormStatus();
  const t = useTranslations("inbox.form");
  return (
    <button
      type="submit"
      disabled={pending}
      aria-disabled={pending}
      className={clsx(
        "min-h-11 rounded px-5 py-2 font-semibold text-white disabled:opacity-70",
        danger ? "bg-red-800 hover:bg-red-900" : "bg-brand hover:bg-brand-strong",
      )}
    >
      {pending ? t("saving") : label}
    </button>
  );
}

export function ActionForm({
  id,
  action,
  fields,
  submitLabel,
  title,
  headingLevel = 2,
  danger,
  className,
  layout = "stack",
}: Props) {
  const t = useTranslations("inbox");
  const [answer, formAction] = useActionState(action, INITIAL);
  const state: StaffFormState =
    "attempt" in answer ? answer : { ...INITIAL, ok: false, fieldErrors: { form: [`inbox.errors.${answer.error}`] } };
  const summaryRef = useRef<HTMLDivElement>(null);
  const failed = state.ok === false;
  useEffect(() => {
    if (failed) summaryRef.current?.focus();
  }, [failed, state.attempt]);

  const message = (key: string | undefined) => {
    if (!key) return undefined;
    const short = key.replace(/^inbox\.errors\./, "");
    return t.has(`errors.${short}` as "errors.generic")
      ? t(`errors.${short}` as "errors.generic")
      : t("errors.generic");
  };
  const fieldId = (name: string) => `${id}-${name}`;
  const errorOf = (name: string) => message(state.fieldErrors[name]?.[0]);
  const labelled = fields.filter((f): f is Exclude<FormField, { kind: "hidden" }> => f.kind !== "hidden");
  const summaryItems = [
    ...labelled.flatMap((f) =>
      errorOf(f.name) ? [{ href: `#${fieldId(f.name)}`, text: `${f.label}: ${errorOf(f.name)}` }] : [],
    ),
    ...Object.keys(state.fieldErrors)
      .filter((k) => !labelled.some((f) => f.name === k))
      .map((k) => ({ href: undefined, text: message(state.fieldErrors[k]?.[0]) ?? t("errors.generic") })),
  ];
  const value = (f: Base) => state.values[f.name] ?? f.defaultValue ?? "";
  const Heading = headingLevel === 2 ? "h2" : "h3";

  return (
    <form
      key={state.attempt}
      action={formAction}
      noValidate
      aria-labelledby={title ? `${id}-title` : undefined}
      className={clsx("space-y-4", className)}
    >
      {title ? (
        <Heading id={`${id}-title`} className="text-lg font-semibold text-brand-strong">
          {title}
        </Heading>
      ) : null}
      {failed ? (
        <div
          ref={summaryRef}
          id={`${id}-summary`}
          tabIndex={-1}
          role="alert"
          className="rounded border-l-4 border-red-700 bg-red-50 p-3 text-red-900"
        >
          <p className="font-semibold">{t("form.problem")}</p>
          <ul className="mt-1 list-disc pl-6">
            {summaryItems.map((item) => (
              <li key={item.text}>
                {item.href ? (
                  <a href={item.href} className="text-red-900 underline">
                    {item.text}
                  </a>
                ) : (
                  item.text
                )}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <div className={layout === "grid" ? "grid gap-4 sm:grid-cols-2 lg:grid-cols-3" : "space-y-4"}>
        {fields.map((f) => {
          if (f.kind === "hidden") return <input key={f.name} type="hidden" name={f.name} value={f.value} />;
          const fid = fieldId(f.name);
          const error = errorOf(f.name);
          const describedBy =
            [f.hint ? `${fid}-hint` : null, error ? `${fid}-error` : null].filter(Boolean).join(" ") || undefined;
          const aria = { "aria-invalid": error ? true : undefined, "aria-describedby": describedBy } as const;
          const hint = f.hint ? (
            <p id={`${fid}-hint`} className="mt-1 text-sm text-muted">
              {f.hint}
            </p>
          ) : null;
          const err = error ? (
            <p id={`${fid}-error`} className="mt-1 font-semibold text-red-800">
              {error}
            </p>
          ) : null;
          if (f.kind === "checkbox") {
            return (
              <div key={f.name} className={layout === "grid" ? "sm:col-span-2 lg:col-span-3" : undefined}>
                <label className="flex items-start gap-2">
                  <input
                    id={fid}
                    type="checkbox"
                    name={f.name}
                    defaultChecked={value(f) === "on"}
                    className="mt-1 size-4"
                    {...aria}
                  />
                  <span>{f.label}</span>
                </label>
                {hint}
                {err}
              </div>
            );
          }
          const label = (
            <label htmlFor={fid} className="block font-semibold">
              {f.label}{" "}
              <span className="font-normal text-muted">({f.required ? t("form.required") : t("form.optional")})</span>
            </label>
          );
          let control;
          if (f.kind === "textarea") {
            control = (
              <textarea
                id={fid}
                name={f.name}
                rows={f.rows ?? 5}
                maxLength={f.maxLength}
                defaultValue={value(f)}
                required={f.required}
                className={inputClass}
                {...aria}
              />
            );
          } else if (f.kind === "select") {
            const groups = [...new Set(f.options.map((o) => o.group).filter((g): g is string => Boolean(g)))];
            const option = (o: FormOption) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            );
            control = (
              <select
                id={fid}
                name={f.name}
                defaultValue={value(f)}
                required={f.required}
                className={inputClass}
                {...aria}
              >
                {f.placeholder !== undefined ? <option value="">{f.placeholder}</option> : null}
                {f.options.filter((o) => !o.group).map(option)}
                {groups.map((g) => (
                  <optgroup key={g} label={g}>
                    {f.options.filter((o) => o.group === g).map(option)}
                  </optgroup>
                ))}
              </select>
            );
          } else {
            control = (
              <input
                id={fid}
                name={f.name}
                type={f.kind}
                min={f.min}
                max={f.max}
                maxLength={f.maxLength}
                defaultValue={value(f)}
                required={f.required}
                className={inputClass}
                {...aria}
                {...(f.kind === "email" ? { spellCheck: false, autoCapitalize: "none" } : {})}
              />
            );
          }
          return (
            <div
              key={f.name}
              className={f.kind === "textarea" && layout === "grid" ? "sm:col-span-2 lg:col-span-3" : undefined}
            >
              {label}
              {hint}
              {control}
              {err}
            </div>
          );
        })}
      </div>
      <div className="flex flex-wrap items-center gap-4">
        <Submit label={submitLabel} danger={danger} />
        <p role="status" aria-live="polite" className="text-green-800 font-semibold">
          {state.ok && state.done ? t(`done.${state.done}` as "done.status", state.counts ?? {}) : null}
        </p>
      </div>
    </form>
  );
}
