"use client";
// A staff form around a server action built with lib/admin/form-action.ts:
// useActionState, every typed value kept after an error (the form re-mounts
// per answer with the echoed values as defaults), errors next to fields and
// in a focused summary, "Saved." in a live region, the unsaved-changes
// guard, and the submit button with its pending state.
//
//   <AdminForm id="organisation" action={saveOrganisation} initialValues={toFormValues(org)}
//     fieldOrder={["nameLv", "nameEn", "slug", "type"]} hidden={{ id: org.id }}>
//     {(f) => (<>
//       <BilingualField {...f.bilingual("name")} label={t("name")} required />
//       <TextField {...f.text("slug")} label={t("slug")} />
//     </>)}
//   </AdminForm>
import { useLocale, useTranslations } from "next-intl";
import { useActionState, type ReactNode } from "react";
import { INITIAL_FORM_STATE, type AdminFormState, type FormValues } from "@/lib/admin/form-state";
import { ErrorSummary } from "./error-summary";
import { StatusMessage } from "./status-message";
import { SubmitButton } from "./submit-button";
import { UnsavedChangesGuard } from "./unsaved-changes-guard";

export type FormBinding = {
  /** The id of the control for `name` ("<formId>-<name>"). */
  id: (name: string) => string;
  /** The resolved error text for `name`, if any. */
  error: (name: string) => string | undefined;
  /** Props for TextField / TextareaField / SelectField / DateField. */
  text: (name: string) => { id: string; name: string; defaultValue: string; error: string | undefined };
  /** Props for CheckboxGroupField. */
  list: (name: string) => { id: string; name: string; defaultValue: string[]; error: string | undefined };
  /** Props for CheckboxField. */
  checked: (name: string) => { id: string; name: string; defaultChecked: boolean; error: string | undefined };
  /** Props for BilingualField: "<base>Lv" and "<base>En". */
  bilingual: (base: string) => {
    lv: { id: string; name: string; defaultValue: string; error: string | undefined };
    en: { id: string; name: string; defaultValue: string; error: string | undefined };
  };
  values: FormValues;
};

type Props = {
  id: string;
  action: (previous: AdminFormState, formData: FormData) => Promise<AdminFormState>;
  /** The record's values (lib/admin/form-data.ts toFormValues) or {} for a new one. */
  initialValues: FormValues;
  /** Field names in reading order, for the error summary. */
  fieldOrder: readonly string[];
  /** Hidden inputs, e.g. { id }. The locale is added for you. */
  hidden?: Record<string, string>;
  submitLabel?: string;
  /** Shown after a successful save; default "Saved.". */
  savedMessage?: string;
  /** Shown once on arrival, e.g. "Record created." after a create redirected here. */
  arrivalMessage?: string | null;
  children: (f: FormBinding) => ReactNode;
  /** Extra buttons beside Save (e.g. a cancel link). */
  actions?: ReactNode;
};

export function AdminForm({
  id,
  action,
  initialValues,
  fieldOrder,
  hidden = {},
  submitLabel,
  savedMessage,
  arrivalMessage,
  children,
  actions,
}: Props) {
  const locale = useLocale();
  const t = useTranslations();
  const kit = useTranslations("curation.kit");
  const [state, formAction] = useActionState(action, { ...INITIAL_FORM_STATE, values: initialValues });

  const resolve = (keys: string[] | undefined): string | undefined => {
    const key = keys?.[0];
    if (!key) return undefined;
    // keys are full message paths; dynamic by nature, hence the cast
    return t.has(key as never) ? t(key as never) : t("curation.errors.generic");
  };
  const fieldId = (name: string) => `${id}-${name}`;
  const str = (name: string) => {
    const v = state.values[name];
    return typeof v === "string" ? v : Array.isArray(v) ? (v[0] ?? "") : "";
  };
  const f: FormBinding = {
    id: fieldId,
    error: (name) => resolve(state.fieldErrors[name]),
    text: (name) => ({ id: fieldId(name), name, defaultValue: str(name), error: resolve(state.fieldErrors[name]) }),
    list: (name) => {
      const v = state.values[name];
      return {
        id: fieldId(name),
        name,
        defaultValue: Array.isArray(v) ? v : typeof v === "string" && v ? [v] : [],
        error: resolve(state.fieldErrors[name]),
      };
    },
    checked: (name) => ({
      id: fieldId(name),
      name,
      defaultChecked: ["on", "true", "1"].includes(str(name)),
      error: resolve(state.fieldErrors[name]),
    }),
    bilingual: (base) => ({
      lv: {
        id: fieldId(`${base}Lv`),
        name: `${base}Lv`,
        defaultValue: str(`${base}Lv`),
        error: resolve(state.fieldErrors[`${base}Lv`]),
      },
      en: {
        id: fieldId(`${base}En`),
        name: `${base}En`,
        defaultValue: str(`${base}En`),
        error: resolve(state.fieldErrors[`${base}En`]),
      },
    }),
    values: state.values,
  };

  const ordered = [...fieldOrder, ...Object.keys(state.fieldErrors).filter((n) => !fieldOrder.includes(n))];
  const items = ordered.flatMap((name) => {
    const text = resolve(state.fieldErrors[name]);
    return text ? [{ id: fieldId(name), text }] : [];
  });
  const problem = state.error
    ? kit(`problems.${state.error}`)
    : state.problem
      ? kit(`problems.${state.problem}`)
      : null;
  const status = state.ok ? (savedMessage ?? kit("saved")) : state.attempt === 0 ? arrivalMessage : null;

  return (
    <UnsavedChangesGuard savedVersion={state.ok ? state.attempt : null}>
      <StatusMessage message={status} version={state.attempt} />
      <form key={state.attempt} id={id} action={formAction} noValidate className="mt-4 max-w-5xl space-y-6">
        {problem ? <ErrorSummary id={`${id}-summary`} problem={problem} items={items} /> : null}
        <input type="hidden" name="locale" value={locale} />
        {Object.entries(hidden).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        {children(f)}
        <div className="flex flex-wrap items-center gap-4 border-t border-line pt-4">
          <SubmitButton>{submitLabel}</SubmitButton>
          {actions}
        </div>
      </form>
    </UnsavedChangesGuard>
  );
}
