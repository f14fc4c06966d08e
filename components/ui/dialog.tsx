"use client";
// A modal dialog opened by a button: the native <dialog> with showModal(), so
// the rest of the page is inert and focus stays inside, Escape closes it, and
// focus returns to the button that opened it. The first focusable element in
// the body with autoFocus gets focus (make it the harmless choice).
//
//   const dialogRef = useRef<HTMLDialogElement>(null);
//   <Dialog dialogRef={dialogRef} triggerLabel="Delete" triggerClassName={buttonClass("danger-secondary")} title="Delete “Foo”?">
//     <p>…</p><button type="button" autoFocus onClick={() => dialogRef.current?.close()}>Cancel</button>
//   </Dialog>
import { useEffect, useId, useRef, type ReactNode, type RefObject } from "react";

type DialogRef = RefObject<HTMLDialogElement | null>;

/** Opens the dialog as a modal (a no-op when it is open already). */
export function openDialog(ref: DialogRef) {
  const node = ref.current;
  if (node && !node.open) node.showModal();
}

export function Dialog({
  dialogRef,
  triggerLabel,
  triggerAriaLabel,
  triggerClassName,
  title,
  children,
}: {
  /** The caller's ref, to open and close it from effects and handlers (openDialog, ref.current.close()). */
  dialogRef: DialogRef;
  triggerLabel: ReactNode;
  /** When the visible label is short (e.g. "↑"). */
  triggerAriaLabel?: string;
  triggerClassName: string;
  title: ReactNode;
  children: ReactNode;
}) {
  const trigger = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  useEffect(() => {
    const node = dialogRef.current;
    if (!node) return;
    const restore = () => trigger.current?.focus();
    node.addEventListener("close", restore);
    return () => node.removeEventListener("close", restore);
  }, [dialogRef]);
  return (
    <>
      <button
        ref={trigger}
        type="button"
        className={triggerClassName}
        aria-label={triggerAriaLabel}
        aria-haspopup="dialog"
        onClick={() => openDialog(dialogRef)}
      >
        {triggerLabel}
      </button>
      <dialog
        ref={dialogRef}
        aria-labelledby={titleId}
        className="m-auto max-w-lg rounded border border-line p-6 shadow-xl backdrop:bg-black/50"
        data-testid="confirm-dialog"
      >
        <h2 id={titleId} className="text-xl font-semibold text-brand-strong">
          {title}
        </h2>
        {children}
      </dialog>
    </>
  );
}
