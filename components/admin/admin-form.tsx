"use client";
// A staff form: the shared <Form> (components/ui/form.tsx: values kept after
// an error, errors beside the fields and in a focused summary) plus what staff
// pages add: the "Saved." live region, the unsaved-changes guard, the hidden
// locale, and the submit button with its pending state.
//
//   <AdminForm id="organisation" action={saveOrganisation} initialValues={toFormValues(org)}
//     fieldOrder={["nameLv", "nameEn", "slug", "type"]} hidden={{ id: org.id }}>
//     {(f) => (<>
//       <BilingualField {...f.bilingual("name")} label={t("name")} required />
//       <TextField {...f.text("slug")} label={t("slug")} />
//     </>)}
//   </AdminForm>
import clsx from "clsx";
import { useLocale, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Form, useForm, type FormBinding } from "@/components/ui/form";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState, type FormState, type FormValues } from "@/lib/forms/state";
import { useStaffFormMessages } from "./form-messages";
import { StatusMessage } from "./status-message";
import { UnsavedChangesGuard } from "./unsaved-changes-guard";

type Props = {
  id: string;
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  /** The record's values (lib/forms/values.ts toFormValues) or {} for a new one. */
  initialValues?: FormValues;
  /** Field names in reading order, for the error summary. */
  fieldOrder?: readonly string[];
  /** Hidden inputs, e.g. { id }. The locale is added for you. */
  hidden?: Record<string, string>;
  submitLabel?: string;
  submitTone?: "primary" | "danger";
  /** Shown after a successful save; default "Saved.". */
  savedMessage?: string | ((state: FormState) => string | null);
  /** Shown once on arrival, e.g. "Record created." after a create redirected here. */
  arrivalMessage?: string | null;
  /** Problem code → text, for codes the kit does not name (e.g. a write's own refusal). */
  problems?: Record<string, string>;
  /** A heading inside the form that names it. */
  title?: string;
  headingLevel?: 2 | 3;
  /** Warn before leaving with unsaved edits (default on). */
  guard?: boolean;
  className?: string;
  /** Extra buttons beside the submit button (e.g. a second intent). */
  actions?: ReactNode;
  children: (f: FormBinding) => ReactNode;
};

export function AdminForm({
  id,
  action,
  initialValues = {},
  fieldOrder,
  hidden = {},
  submitLabel,
  submitTone = "primary",
  savedMessage,
  arrivalMessage,
  problems,
  title,
  headingLevel = 2,
  guard = true,
  className = "mt-4 max-w-5xl space-y-6",
  actions,
  children,
}: Props) {
  const locale = useLocale();
  const kit = useTranslations("curation.kit");
  const messages = useStaffFormMessages(problems);
  const form = useForm(action, initialFormState(initialValues));
  const { state } = form;
  const saved = typeof savedMessage === "function" ? savedMessage(state) : (savedMessage ?? kit("saved"));
  const status = state.ok ? saved : state.attempt === 0 ? arrivalMessage : null;
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const body = (
    <>
      <StatusMessage message={status} version={state.attempt} />
      <Form
        id={id}
        form={form}
        messages={messages}
        fieldOrder={fieldOrder}
        hidden={{ locale, ...hidden }}
        className={className}
        heading={
          title
            ? {
                id: `${id}-title`,
                node: (
                  <Heading id={`${id}-title`} className="text-lg font-semibold text-brand-strong">
                    {title}
                  </Heading>
                ),
              }
            : undefined
        }
      >
        {(f) => (
          <>
            {children(f)}
            <div className={clsx("flex flex-wrap items-center gap-4", guard && "border-t border-line pt-4")}>
              <SubmitButton tone={submitTone}>{submitLabel ?? kit("save")}</SubmitButton>
              {actions}
            </div>
          </>
        )}
      </Form>
    </>
  );
  return guard ? (
    <UnsavedChangesGuard savedVersion={state.ok ? state.attempt : null}>{body}</UnsavedChangesGuard>
  ) : (
    body
  );
}
