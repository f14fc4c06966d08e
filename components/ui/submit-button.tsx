"use client";
// A form's submit button: disabled and relabelled while the form is being
// sent (a second click must not post twice).
import clsx from "clsx";
import type { ReactNode } from "react";
import { useFormStatus } from "react-dom";
import { useFormText } from "./form-text";

export const buttonClass = (tone: "primary" | "secondary" | "danger" | "danger-secondary" = "primary") =>
  clsx(
    "min-h-11 rounded px-5 py-2 font-semibold disabled:opacity-70",
    tone === "primary" && "bg-brand text-white hover:bg-brand-strong",
    tone === "danger" && "bg-red-800 text-white hover:bg-red-900",
    tone === "secondary" && "border-2 border-brand bg-white text-brand hover:bg-surface",
    tone === "danger-secondary" && "border-2 border-red-800 bg-white text-red-800 hover:bg-red-50",
  );

export function SubmitButton({
  children,
  pendingText,
  tone = "primary",
  name,
  value,
  ariaLabel,
  className,
}: {
  children: ReactNode;
  pendingText?: string;
  tone?: Parameters<typeof buttonClass>[0];
  /** A second submit button of the form posts its name and value (e.g. intent=publish). */
  name?: string;
  value?: string;
  /** When the visible text is short (e.g. "↑"). */
  ariaLabel?: string;
  className?: string;
}) {
  const text = useFormText();
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      name={name}
      value={value}
      disabled={pending}
      aria-label={ariaLabel}
      className={clsx(buttonClass(tone), className)}
    >
      {pending ? (pendingText ?? text.sending) : children}
    </button>
  );
}
