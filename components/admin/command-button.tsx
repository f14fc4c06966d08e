"use client";
// A staff command on a record (publish, archive, duplicate, delete,
// deactivate, end sessions, hide a term, move it up…): a small form of hidden
// fields posted to a server action that answers with a FormState
// (lib/forms/action.ts). With `confirm` it asks first in the modal dialog
// (components/ui/dialog.tsx). What still refers to the record (`references`,
// counted by the page; the action checks again and may answer with a fresh
// list) is listed in the dialog, and while any exists the dialog offers no
// confirm button. A refusal is shown beside the button (or in the dialog);
// success either goes to `doneHref` or is announced politely here; an action
// that redirects needs neither.
//
//   <CommandButton action={deleteOrganisation} fields={{ id }} label="Delete" tone="danger"
//     confirm={{ title: "Delete “Foo”?", body: "This cannot be undone.", confirmLabel: "Delete",
//                references, referenceLabels: { innovations: "Innovations" } }} />
import clsx from "clsx";
import { useLocale, useTranslations } from "next-intl";
import NextLink from "next/link";
import { useRouter } from "next/navigation";
import { useActionState, useEffect, useRef, type ReactNode } from "react";
import { Dialog, openDialog } from "@/components/ui/dialog";
import { FormTextProvider } from "@/components/ui/form-text";
import { buttonClass, SubmitButton } from "@/components/ui/submit-button";
import { INITIAL_FORM_STATE, type FormState, type Reference } from "@/lib/forms/state";
import { useStaffFormMessages } from "./form-messages";
import { StatusMessage } from "./status-message";

type Tone = "primary" | "secondary" | "danger";

type Props = {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  /** Hidden inputs (e.g. { id }); the locale is added for you. */
  fields: Record<string, string>;
  label: string;
  /** Accessible name when the visible label is short (e.g. "↑"). */
  ariaLabel?: string;
  tone?: Tone;
  confirm?: {
    title: string;
    body?: ReactNode;
    confirmLabel: string;
    /** What still refers to the record; empty or absent when nothing does. */
    references?: readonly Reference[];
    /** Reference kind → label shown in the list. */
    referenceLabels?: Record<string, string>;
    /** false for commands allowed while referenced (archive, duplicate). */
    blockWhenReferenced?: boolean;
  };
  /** Problem code → text, for the action's own refusals. */
  problems?: Record<string, string>;
  /** Count kind → label, for refusals that list counts (e.g. what an account owns). */
  countLabels?: Record<string, string>;
  /** Where to go after success (the page then says what happened); otherwise `doneMessage` is announced here. */
  doneHref?: string;
  doneMessage?: string;
  className?: string;
};

const triggerTone = (tone: Tone) =>
  tone === "danger" ? "danger-secondary" : tone === "primary" ? "primary" : "secondary";

function ReferenceList({ references, labels }: { references: readonly Reference[]; labels: Record<string, string> }) {
  const t = useTranslations("curation.kit");
  return (
    <ul className="mt-2 list-disc pl-6" data-testid="reference-list">
      {references.map((r) => (
        <li key={r.kind}>
          {t("referenceCount", { label: labels[r.kind] ?? r.kind, count: r.count })}
          {r.examples.length > 0 ? (
            <ul className="list-[circle] pl-6">
              {r.examples.map((e, i) => (
                <li key={i}>{e.href ? <NextLink href={e.href}>{e.label}</NextLink> : e.label}</li>
              ))}
              {r.count > r.examples.length ? <li>{t("andMore", { count: r.count - r.examples.length })}</li> : null}
            </ul>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

export function CommandButton({
  action,
  fields,
  label,
  ariaLabel,
  tone = "secondary",
  confirm,
  problems,
  countLabels = {},
  doneHref,
  doneMessage,
  className,
}: Props) {
  const kit = useTranslations("curation.kit");
  const locale = useLocale();
  const router = useRouter();
  const messages = useStaffFormMessages(problems);
  const [state, formAction] = useActionState(action, INITIAL_FORM_STATE);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const confirming = confirm !== undefined;

  useEffect(() => {
    if (state.attempt === 0) return;
    if (state.ok) {
      dialogRef.current?.close();
      if (doneHref) router.replace(doneHref, { scroll: false });
    } else if (confirming) {
      // a refusal answered by the server reopens (or keeps open) the dialog to say why
      openDialog(dialogRef);
    }
  }, [state, doneHref, router, confirming]);

  const references = state.problem === "referenced" ? (state.references ?? []) : (confirm?.references ?? []);
  const blocked = (confirm?.blockWhenReferenced ?? true) && references.length > 0;
  const fieldError = Object.values(state.fieldErrors).find((keys) => keys?.length)?.[0];
  const problem =
    state.problem && state.problem !== "referenced"
      ? state.problem === "invalid" && fieldError
        ? messages.error(fieldError)
        : messages.problem(state.problem)
      : null;
  const counts = Object.entries(state.counts ?? {}).filter(([, n]) => n > 0);
  const message = problem ? (
    <div role="alert" className="mt-2 max-w-xl rounded border-l-4 border-red-700 bg-red-50 p-3 text-red-900">
      <p className="font-semibold">{problem}</p>
      {counts.length ? (
        <ul className="mt-1 list-disc pl-6">
          {counts.map(([kind, n]) => (
            <li key={kind}>{kit("referenceCount", { label: countLabels[kind] ?? kind, count: n })}</li>
          ))}
        </ul>
      ) : null}
    </div>
  ) : null;
  const hidden = Object.entries({ ...fields, locale }).map(([name, value]) => (
    <input key={name} type="hidden" name={name} value={value} />
  ));

  return (
    <FormTextProvider value={{ ...messages.text, sending: kit("working") }}>
      <div className={className}>
        {confirm ? (
          <Dialog
            dialogRef={dialogRef}
            triggerLabel={label}
            triggerAriaLabel={ariaLabel}
            triggerClassName={buttonClass(triggerTone(tone))}
            title={blocked ? kit("referencedTitle") : confirm.title}
          >
            {blocked ? (
              <div className="mt-3">
                <p>{kit("referencedLead")}</p>
                <ReferenceList references={references} labels={confirm.referenceLabels ?? {}} />
              </div>
            ) : confirm.body ? (
              <div className="mt-3">{confirm.body}</div>
            ) : null}
            {message}
            <form action={formAction} className="mt-6 flex flex-wrap gap-3">
              {hidden}
              {/* autofocus on the harmless choice: Enter never acts by accident */}
              <button
                type="button"
                autoFocus
                onClick={() => dialogRef.current?.close()}
                className={buttonClass("secondary")}
              >
                {blocked ? kit("close") : kit("cancel")}
              </button>
              {blocked ? null : (
                <SubmitButton tone={tone === "danger" ? "danger" : "primary"}>{confirm.confirmLabel}</SubmitButton>
              )}
            </form>
          </Dialog>
        ) : (
          <form action={formAction}>
            {hidden}
            <SubmitButton tone={triggerTone(tone)} ariaLabel={ariaLabel} className={clsx(tone !== "primary" && "px-4")}>
              {label}
            </SubmitButton>
          </form>
        )}
        {confirm ? null : message}
        {doneMessage ? (
          <StatusMessage message={state.ok && !doneHref ? doneMessage : null} version={state.attempt} />
        ) : null}
      </div>
    </FormTextProvider>
  );
}
