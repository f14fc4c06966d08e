import type { Metadata } from "next";
import { cache } from "react";
import { recordMetadata } from "@/lib/admin/record-metadata";
import { getTranslations } from "next-intl/server";
import NextLink from "next/link";
import { notFound } from "next/navigation";
import { EntityHistory } from "@/components/admin/entity-history";
import { PageHeading } from "@/components/ui/page-heading";
import { requirePagePermission } from "@/lib/auth/guard";
import { localizedHref } from "@/lib/i18n/paths";
import { resolveLocale } from "@/lib/i18n/locale";
import { getTerm } from "@/lib/taxonomy/queries";
import { vocabularyFromSlug, vocabularySlug } from "@/lib/taxonomy/schema";
import { usageTotal } from "@/lib/taxonomy/usage";
import { DeleteTermButton, VisibilityButton } from "../../_components/term-commands";
import { TermLabelsForm } from "../../_components/term-forms";

const loadTerm = cache(getTerm);

type Props = {
  params: Promise<{ locale: string; vocabulary: string; termId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "curationUsers.vocabularies" });
  const { vocabulary: slug, termId } = await params;
  return recordMetadata("content:write", t("title"), async () => {
    const vocabulary = vocabularyFromSlug(slug);
    const term = vocabulary ? await loadTerm(vocabulary, termId) : null;
    return term ? t("editTitle", { label: term.labelLv }) : null;
  });
}

// Editing is for writers; readers see the labels on the vocabulary page.
export default async function TermPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const { vocabulary: slug, termId } = await params;
  await requirePagePermission(
    locale,
    "content:write",
    `/admin/vocabularies/${encodeURIComponent(slug)}/${encodeURIComponent(termId)}`,
  );
  const vocabulary = vocabularyFromSlug(slug);
  const term = vocabulary ? await loadTerm(vocabulary, termId) : null;
  if (!vocabulary || !term) notFound();
  const [t, query] = await Promise.all([getTranslations("curationUsers.vocabularies"), searchParams]);
  const used = usageTotal(term.usage) > 0;
  return (
    <>
      <p className="mb-2">
        <NextLink href={localizedHref(`/admin/vocabularies/${vocabularySlug(vocabulary)}`, locale)}>
          ← {t(`names.${vocabulary}`)}
        </NextLink>
      </p>
      <PageHeading title={t("editTitle", { label: term.labelLv })} lead={t("keyNote", { key: term.key })} />
      <TermLabelsForm termId={term.id} initialValues={{ labelLv: term.labelLv, labelEn: term.labelEn }} />
      <section aria-labelledby="term-visibility" className="mt-10 border-t border-line pt-6">
        <h2 id="term-visibility" className="text-xl font-semibold text-brand-strong">
          {term.active ? t("active") : t("hidden")}
        </h2>
        <p className="mt-2 max-w-3xl">{t("hiddenNote")}</p>
        {used ? (
          <p className="mt-2 max-w-3xl">
            {t("inUseNote")}{" "}
            {Object.entries(term.usage)
              .map(([k, n]) => `${t(`usage.${k}` as "usage.innovations")}: ${n}`)
              .join(", ")}
          </p>
        ) : null}
        <div className="mt-4 flex flex-wrap items-start gap-3">
          <VisibilityButton termId={term.id} active={term.active} />
          {used ? null : (
            <DeleteTermButton termId={term.id} label={term.labelLv} vocabularySlug={vocabularySlug(vocabulary)} />
          )}
        </div>
      </section>
      <EntityHistory entityType="Term" entityId={term.id} page={Number(query.historyPage) || 1} />
    </>
  );
}
