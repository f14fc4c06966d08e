"use client";
// A form's submit button: disabled and relabelled while the action runs
// (aria-disabled would keep it focusable, but a second click must not post twice).
import clsx from "clsx";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { useFormStatus } from "react-dom";

export function SubmitButton({
  children,
  pendingText,
  tone = "primary",
  name,
  value,
}: {
  children?: ReactNode;
  pendingText?: string;
  tone?: "primary" | "danger" | "secondary";
  name?: string;
  value?: string;
}) {
  const t = useTranslations("curation.kit");
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      name={name}
      value={value}
      disabled={pending}
      aria-live="polite"
      className={clsx(
        "min-h-11 rounded px-5 py-2 font-semibold disabled:opacity-70",
        tone === "primary" && "bg-brand text-white hover:bg-brand-strong",
        tone === "danger" && "bg-red-800 text-white hover:bg-red-900",
        tone === "secondary" && "border-2 border-brand bg-white text-brand hover:bg-surface",
      )}
    >
      {pending ? (pendingText ?? t("saving")) : (children ?? t("save"))}
    </button>
  );
}
