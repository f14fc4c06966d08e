import type { ReactNode } from "react";

/** The one h1 of a page, with an optional lead paragraph. */
export function PageHeading({ title, lead }: { title: ReactNode; lead?: ReactNode }) {
  return (
    <header className="mb-8">
      <h1 className="text-3xl font-bold tracking-tight text-brand-strong sm:text-4xl">{title}</h1>
      {lead ? <p className="mt-3 max-w-3xl text-lg text-muted">{lead}</p> : null}
    </header>
  );
}
