import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";

/** The page's own <title> ("<text> | SIKC"); React hoists it into the head, where it wins over the metadata's. */
export async function DocumentTitle({ text }: { text: string }) {
  const t = await getTranslations("Metadata");
  return <title>{`${text} | ${t("siteName")}`}</title>;
}

/**
 * The one h1 of a page, with an optional lead paragraph. `documentTitle` makes
 * the heading the page's <title> too: for pages about one record, whose
 * metadata cannot name it without loading it twice.
 */
export function PageHeading({
  title,
  lead,
  documentTitle = false,
}: {
  title: ReactNode;
  lead?: ReactNode;
  documentTitle?: boolean;
}) {
  return (
    <header className="mb-8">
      {documentTitle && typeof title === "string" ? <DocumentTitle text={title} /> : null}
      <h1 className="text-3xl font-bold tracking-tight text-brand-strong sm:text-4xl">{title}</h1>
      {lead ? <p className="mt-3 max-w-3xl text-lg text-muted">{lead}</p> : null}
    </header>
  );
}
