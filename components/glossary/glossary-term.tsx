import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { glossaryAnchor, type GlossaryKey } from "@/lib/glossary/terms";
import { Link } from "@/lib/i18n/link";

/**
 * A term where it first appears on a page, linked to its glossary entry.
 * Dotted underline tells it apart from ordinary links without colour alone.
 */
export async function GlossaryTerm({ term, children }: { term: GlossaryKey; children: ReactNode }) {
  const t = await getTranslations("glossary");
  return (
    <Link
      href={`/glossary#${glossaryAnchor(term)}`}
      title={t("linkTitle", { term: t(`terms.${term}.term`) })}
      className="decoration-dotted"
      data-glossary={term}
    >
      {children}
    </Link>
  );
}
