"use client";
// The box at the top of a form after a failed submit, after the GOV.UK error
// summary: a heading ("There is a problem"), what went wrong as a whole when
// it is more than the fields, and one link per field error (in the form's
// reading order) that jumps to the field. It takes focus when it appears, so
// screen readers read it at once, and the page title starts with "Error: "
// while it is shown. Without JavaScript the browser shows it at the top of the
// re-rendered form, with the same title (see useErrorTitle).
import { useEffect, useRef, type ReactNode } from "react";
import { useFormText } from "./form-text";

/** A field error linking to its field; without an id, an error about the form as a whole. */
export type SummaryItem = { id?: string; text: string };

/** Prefixes document.title with "Error: " while mounted. */
function useErrorTitle(prefix: string) {
  useEffect(() => {
    const title = document.title;
    if (!title.startsWith(prefix)) document.title = `${prefix}${title}`;
    return () => {
      if (document.title.startsWith(prefix)) document.title = document.title.slice(prefix.length);
    };
  }, [prefix]);
}

export function ErrorSummary({
  id,
  title,
  description,
  items,
}: {
  id: string;
  /** The heading; default the kit's "There is a problem". */
  title?: string;
  /** What went wrong as a whole (a refused write, a time-out), shown above the list. */
  description?: ReactNode;
  items: readonly SummaryItem[];
}) {
  const text = useFormText();
  const ref = useRef<HTMLDivElement>(null);
  // Mounted once per failed answer (the form re-keys per attempt).
  useEffect(() => ref.current?.focus(), []);
  useErrorTitle(`${text.error}: `);
  return (
    <div
      ref={ref}
      id={id}
      tabIndex={-1}
      aria-labelledby={`${id}-title`}
      className="rounded border-4 border-red-700 p-4 text-ink focus:outline-4 focus:outline-focus"
      data-testid="error-summary"
    >
      <div role="alert">
        <h2 id={`${id}-title`} className="text-xl font-bold text-red-900">
          {title ?? text.summaryTitle}
        </h2>
        {description ? <p className="mt-2">{description}</p> : null}
        {items.length > 0 ? (
          <ul className="mt-2 list-disc space-y-1 pl-6">
            {items.map((i) => (
              <li key={i.id ?? i.text}>
                {i.id ? (
                  <a href={`#${i.id}`} className="font-semibold text-red-800 underline">
                    {i.text}
                  </a>
                ) : (
                  <span className="font-semibold text-red-800">{i.text}</span>
                )}
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    </div>
  );
}
