"use client";
// A one-click staff command on a record (deactivate, end sessions, hide a
// term, move it up…) posted to a server action shaped
// (prev: CommandState, formData) => CommandState. With `confirm` it asks first
// in a native modal <dialog> (Escape closes, focus returns to the button).
// A refusal is shown beside the button in an alert, with the counts the
// server sent (e.g. what still uses a record); success either goes to
// `doneHref` (the page then says what happened) or is announced politely here.
//
//   <CommandButton action={deactivateUser} fields={{ userId, locale }} label="Deactivate"
//     confirm={{ title: "Deactivate?", body: "…", confirmLabel: "Deactivate" }}
//     errors={{ last_admin: "…" }} doneHref="/admin/users/1?done=deactivated" />
import clsx from "clsx";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useActionState, useEffect, useId, useRef, type ReactNode } from "react";
import { SubmitButton } from "./submit-button";

export type CommandState = {
  attempt: number;
  ok: boolean;
  error: string | null;
  counts?: Partial<Record<string, number>>;
};

type Props<S extends CommandState> = {
  action: (previous: S, formData: FormData) => Promise<S>;
  fields: Record<string, string>;
  label: string;
  /** Accessible name when the visible label is short (e.g. "↑"). */
  ariaLabel?: string;
  tone?: "primary" | "secondary" | "danger";
  confirm?: { title: string; body: ReactNode; confirmLabel: string };
  /** Error code → message; codes not listed get the kit's generic text. */
  errors?: Record<string, string>;
  /** Count kind → label, for refusals that list counts. */
  countLabels?: Record<string, string>;
  /** Where to go after success (the page shows the outcome); otherwise `doneMessage` is announced here. */
  doneHref?: string;
  doneMessage?: string;
  className?: string;
};

const buttonClass = (tone: "primary" | "secondary" | "danger" | undefined) =>
  clsx(
    "min-h-11 rounded px-4 py-2 font-semibold",
    tone === "danger"
      ? "border-2 border-red-800 bg-white text-red-800 hover:bg-red-50"
      : tone === "primary"
        ? "bg-brand text-white hover:bg-brand-strong"
        : "border-2 border-brand bg-white text-brand hover:bg-surface",
  );

export function CommandButton<S extends CommandState>({
  action,
  fields,
  label,
  ariaLabel,
  tone = "secondary",
  confirm,
  errors = {},
  countLabels = {},
  doneHref,
  doneMessage,
  className,
}: Props<S>) {
  const kit = useTranslations("curation.kit");
  const router = useRouter();
  const [state, formAction, pending] = useActionState<S, FormData>(action, {
    attempt: 0,
    ok: false,
    error: null,
  } as Awaited<S>);
  const dialog = useRef<HTMLDialogElement>(null);
  const trigger = useRef<HTMLButtonElement>(null);
  const titleId = useId();

  useEffect(() => {
    if (state.attempt === 0) return;
    if (state.ok) {
      dialog.current?.close();
      if (doneHref) router.replace(doneHref, { scroll: false });
    }
  }, [state, doneHref, router]);

  useEffect(() => {
    const node = dialog.current;
    if (!node) return;
    const restore = () => trigger.current?.focus();
    node.addEventListener("close", restore);
    return () => node.removeEventListener("close", restore);
  }, []);

  const problem =
    !state.ok && state.error
      ? (errors[state.error] ??
        kit(
          state.error === "forbidden" || state.error === "unauthenticated"
            ? `problems.${state.error}`
            : "problems.generic",
        ))
      : null;
  const counts = Object.entries(state.counts ?? {}).filter(([, n]) => (n ?? 0) > 0);
  const message = problem ? (
    <div role="alert" className="mt-2 max-w-xl rounded border-l-4 border-red-700 bg-red-50 p-3 text-red-900">
      <p className="font-semibold">{problem}</p>
      {counts.length ? (
        <ul className="mt-1 list-disc pl-6">
          {counts.map(([kind, n]) => (
            <li key={kind}>{kit("referenceCount", { label: countLabels[kind] ?? kind, count: n ?? 0 })}</li>
          ))}
        </ul>
      ) : null}
    </div>
  ) : null;
  const hidden = Object.entries(fields).map(([name, value]) => (
    <input key={name} type="hidden" name={name} value={value} />
  ));

  return (
    <div className={className}>
      {confirm ? (
        <>
          <button
            ref={trigger}
            type="button"
            className={buttonClass(tone)}
            aria-label={ariaLabel}
            onClick={() => dialog.current?.showModal()}
          >
            {label}
          </button>
          <dialog
            ref={dialog}
            aria-labelledby={titleId}
            className="m-auto max-w-lg rounded border border-line p-6 shadow-xl backdrop:bg-black/50"
            data-testid="confirm-dialog"
          >
            <h2 id={titleId} className="text-xl font-semibold text-brand-strong">
              {confirm.title}
            </h2>
            <div className="mt-3">{confirm.body}</div>
            {message}
            <form action={formAction} className="mt-6 flex flex-wrap gap-3">
              {hidden}
              {/* autofocus on the harmless choice: Enter never acts by accident */}
              <button
                type="button"
                autoFocus
                onClick={() => dialog.current?.close()}
                className={buttonClass("secondary")}
              >
                {kit("cancel")}
              </button>
              <SubmitButton tone={tone === "danger" ? "danger" : "primary"} pendingText={kit("working")}>
                {confirm.confirmLabel}
              </SubmitButton>
            </form>
          </dialog>
        </>
      ) : (
        <form action={formAction}>
          {hidden}
          <button
            type="submit"
            disabled={pending}
            aria-label={ariaLabel}
            className={clsx(buttonClass(tone), "disabled:opacity-70")}
          >
            {label}
          </button>
        </form>
      )}
      {confirm ? null : message}
      <div role="status" aria-live="polite" className="sr-only">
        {state.ok && !doneHref && doneMessage ? doneMessage : ""}
      </div>
    </div>
  );
}
