"use client";
// The box at the top of a form after a failed submit: the problem, then one
// link per field error (in the form's reading order) that jumps to the field.
// It takes focus when it appears, so screen readers read it at once.
import { useEffect, useRef } from "react";
import { useTranslations } from "next-intl";

export type SummaryItem = { id: string; text: string };

export function ErrorSummary({
  problem,
  items,
  id = "error-summary",
}: {
  problem: string;
  items: readonly SummaryItem[];
  id?: string;
}) {
  const t = useTranslations("curation.kit");
  const ref = useRef<HTMLDivElement>(null);
  // Mounted once per failed answer (the form re-keys per attempt).
  useEffect(() => ref.current?.focus(), []);
  return (
    <div
      ref={ref}
      id={id}
      tabIndex={-1}
      role="alert"
      className="rounded border-l-4 border-red-700 bg-red-50 p-4 text-red-900"
      data-testid="error-summary"
    >
      <p className="font-semibold">{problem}</p>
      {items.length > 0 ? (
        <>
          <p className="mt-2">{t("errorSummary")}</p>
          <ul className="mt-1 list-disc pl-6">
            {items.map((i) => (
              <li key={i.id}>
                <a href={`#${i.id}`} className="text-red-900 underline">
                  {i.text}
                </a>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
