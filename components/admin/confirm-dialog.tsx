"use client";
// Confirmation for delete/archive in a native modal <dialog>: showModal()
// makes the rest of the page inert (focus stays inside), Escape closes it,
// and focus returns to the button that opened it. While other records still
// refer to this one (`references`, counted by the page; the action checks
// again and may answer with a fresh list) the dialog lists them and offers
// no confirm button: the record cannot be deleted.
//
//   <ConfirmDialog action={deleteOrganisation} fields={{ id, locale }}
//     triggerLabel="Delete" title="Delete “Foo”?" description="This cannot be undone." confirmLabel="Delete"
//     references={references} referenceLabels={{ innovations: "Innovations", projects: "Projects" }} />
// The action is (prev: DeleteState, formData) => Promise<DeleteState> and redirects on success.
import clsx from "clsx";
import { useTranslations } from "next-intl";
import NextLink from "next/link";
import { useActionState, useEffect, useId, useRef, type ReactNode } from "react";
import { INITIAL_DELETE_STATE, type DeleteState, type Reference } from "@/lib/admin/form-state";
import { SubmitButton } from "./submit-button";

type Props = {
  action: (previous: DeleteState, formData: FormData) => Promise<DeleteState>;
  /** Hidden inputs posted with the confirmation (e.g. id, locale). */
  fields: Record<string, string>;
  triggerLabel: string;
  title: string;
  description?: ReactNode;
  confirmLabel: string;
  /** What still refers to the record; empty or absent when nothing does. */
  references?: readonly Reference[];
  /** Reference kind → label shown in the list. */
  referenceLabels?: Record<string, string>;
  /** false for actions that are allowed while referenced (archive). */
  blockWhenReferenced?: boolean;
  tone?: "danger" | "default";
};

const button = "min-h-11 rounded px-5 py-2 font-semibold";

export function ConfirmDialog(props: Props) {
  const {
    action,
    fields,
    triggerLabel,
    title,
    description,
    confirmLabel,
    referenceLabels = {},
    blockWhenReferenced = true,
    tone = "danger",
  } = props;
  const t = useTranslations("curation.kit");
  const [state, formAction] = useActionState(action, INITIAL_DELETE_STATE);
  const dialog = useRef<HTMLDialogElement>(null);
  const trigger = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const references = state.problem === "referenced" ? state.references : (props.references ?? []);
  const blocked = blockWhenReferenced && references.length > 0;

  useEffect(() => {
    const node = dialog.current;
    if (!node) return;
    const restore = () => trigger.current?.focus();
    node.addEventListener("close", restore);
    return () => node.removeEventListener("close", restore);
  }, []);

  // A refusal answered by the server reopens (or keeps open) the dialog with the fresh list.
  useEffect(() => {
    if (state.attempt > 0 && !state.ok && dialog.current && !dialog.current.open) dialog.current.showModal();
  }, [state]);

  return (
    <>
      <button
        ref={trigger}
        type="button"
        onClick={() => dialog.current?.showModal()}
        className={clsx(
          button,
          tone === "danger"
            ? "border-2 border-red-800 bg-white text-red-800 hover:bg-red-50"
            : "border-2 border-brand bg-white text-brand hover:bg-surface",
        )}
      >
        {triggerLabel}
      </button>
      <dialog
        ref={dialog}
        aria-labelledby={titleId}
        className="m-auto max-w-lg rounded border border-line p-6 shadow-xl backdrop:bg-black/50"
        data-testid="confirm-dialog"
      >
        <h2 id={titleId} className="text-xl font-semibold text-brand-strong">
          {blocked ? t("referencedTitle") : title}
        </h2>
        {blocked ? (
          <div className="mt-3">
            <p>{t("referencedLead")}</p>
            <ul className="mt-2 list-disc pl-6" data-testid="reference-list">
              {references.map((r) => (
                <li key={r.kind}>
                  {t("referenceCount", { label: referenceLabels[r.kind] ?? r.kind, count: r.count })}
                  {r.examples.length > 0 ? (
                    <ul className="list-[circle] pl-6">
                      {r.examples.map((e, i) => (
                        <li key={i}>{e.href ? <NextLink href={e.href}>{e.label}</NextLink> : e.label}</li>
                      ))}
                      {r.count > r.examples.length ? (
                        <li>{t("andMore", { count: r.count - r.examples.length })}</li>
                      ) : null}
                    </ul>
                  ) : null}
                </li>
              ))}
            </ul>
          </div>
        ) : (
          <>
            {description ? <div className="mt-3">{description}</div> : null}
            {state.problem && state.problem !== "referenced" ? (
              <p role="alert" className="mt-3 font-semibold text-red-800">
                {state.error
                  ? t(`problems.${state.error}`)
                  : state.problem === "notFound"
                    ? t("problems.notFound")
                    : t("deleteFailed")}
              </p>
            ) : null}
          </>
        )}
        <form action={formAction} className="mt-6 flex flex-wrap gap-3">
          {Object.entries(fields).map(([name, value]) => (
            <input key={name} type="hidden" name={name} value={value} />
          ))}
          {/* autofocus on the harmless choice: Enter never destroys by accident */}
          <button
            type="button"
            autoFocus
            onClick={() => dialog.current?.close()}
            className={clsx(button, "border-2 border-brand bg-white text-brand hover:bg-surface")}
          >
            {blocked ? t("close") : t("cancel")}
          </button>
          {blocked ? null : (
            <SubmitButton tone={tone === "danger" ? "danger" : "primary"} pendingText={t("working")}>
              {confirmLabel}
            </SubmitButton>
          )}
        </form>
      </dialog>
    </>
  );
}
