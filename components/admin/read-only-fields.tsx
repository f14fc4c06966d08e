// A record shown to staff who may read but not edit it (CONSULTANT): labelled
// values as a description list, user text rendered as text.
import type { ReactNode } from "react";

export type ReadOnlyRow = { label: string; value: ReactNode };

export function ReadOnlyFields({ rows, note }: { rows: readonly ReadOnlyRow[]; note?: string }) {
  return (
    <section className="max-w-4xl" data-testid="read-only-record">
      {note ? <p className="mb-4 rounded border-l-4 border-brand bg-surface p-3">{note}</p> : null}
      <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[14rem_1fr]">
        {rows.map((r) => (
          <div key={r.label} className="contents">
            <dt className="font-semibold">{r.label}</dt>
            <dd className="whitespace-pre-line break-words">
              {r.value === "" || r.value === null || r.value === undefined ? "—" : r.value}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
