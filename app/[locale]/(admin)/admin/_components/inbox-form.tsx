"use client";
// A form of the consultation staff pages (request page, slots page): the
// kit's <AdminForm> with a heading, the action's "done" message (inbox.done.*,
// with its counts) in a live region, and no unsaved-changes guard (the forms
// are short and the page has several).
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { AdminForm } from "@/components/admin/admin-form";
import type { FormBinding } from "@/components/ui/form";
import type { FormState } from "@/lib/forms/state";

const box = "space-y-4 rounded border border-line p-4";

/** One inbox form: a heading, the fields, "Done." in a live region, no unsaved-changes guard. */
export function InboxForm({
  id,
  title,
  action,
  submitLabel,
  requestId,
  hidden = {},
  headingLevel = 2,
  danger = false,
  className = box,
  children,
}: {
  id: string;
  title: string;
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  submitLabel: string;
  requestId?: string;
  hidden?: Record<string, string>;
  headingLevel?: 2 | 3;
  danger?: boolean;
  className?: string;
  children: (f: FormBinding) => ReactNode;
}) {
  const t = useTranslations("inbox");
  return (
    <AdminForm
      id={id}
      title={title}
      headingLevel={headingLevel}
      action={action}
      hidden={requestId ? { requestId, ...hidden } : hidden}
      submitLabel={submitLabel}
      submitTone={danger ? "danger" : "primary"}
      savedMessage={(state) => (state.done ? t(`done.${state.done}` as "done.status", state.counts ?? {}) : null)}
      guard={false}
      className={className}
    >
      {children}
    </AdminForm>
  );
}
