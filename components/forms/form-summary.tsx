"use client";

import { useEffect, useRef } from "react";

/**
 * The error summary of a public form: the problem, then one link per field
 * error (to the field's id). It takes focus once per answer (the form
 * re-mounts per answer), so screen readers read it at once.
 */
export function FormSummary({
  id,
  title,
  problem,
  items,
  fieldId,
}: {
  id: string;
  title: string;
  problem: string;
  items: { field: string; text: string }[];
  fieldId: (field: string) => string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div
      ref={ref}
      id={id}
      tabIndex={-1}
      role="alert"
      className="rounded border-l-4 border-red-700 bg-red-50 p-4 text-red-900"
    >
      <p className="font-semibold">{problem}</p>
      {items.length > 0 ? (
        <>
          <p className="mt-2">{title}</p>
          <ul className="mt-1 list-disc pl-6">
            {items.map((i) => (
              <li key={i.field}>
                <a href={`#${fieldId(i.field)}`} className="text-red-900 underline">
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
