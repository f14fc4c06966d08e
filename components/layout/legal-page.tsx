import type { ReactNode } from "react";
import { PageHeading } from "@/components/ui/page-heading";
import { site } from "@/lib/site";

export type LegalSection = { id: string; heading: string; body: ReactNode };

/** Rich-text tag for the contact address inside legal messages: <email>…</email>. */
export const emailTag = (chunks: ReactNode) => <a href={`mailto:${site.email}`}>{chunks}</a>;

/** A statement page: h1, intro, then one h2 + paragraph per section. */
export function LegalPage({
  title,
  intro,
  sections,
  note,
}: {
  title: string;
  intro: string;
  sections: LegalSection[];
  note?: string;
}) {
  return (
    <article className="max-w-3xl">
      <PageHeading title={title} lead={intro} />
      {sections.map((section) => (
        <section key={section.id} aria-labelledby={`section-${section.id}`} className="mt-8">
          <h2 id={`section-${section.id}`} className="text-xl font-bold text-brand-strong">
            {section.heading}
          </h2>
          <p className="mt-2 leading-relaxed">{section.body}</p>
        </section>
      ))}
      {note ? <p className="mt-10 text-sm text-muted">{note}</p> : null}
    </article>
  );
}
