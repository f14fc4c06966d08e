import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import NextLink from "next/link";
import { notFound } from "next/navigation";
import { StatusMessage } from "@/components/admin/status-message";
import { PageHeading } from "@/components/ui/page-heading";
import { Table } from "@/components/ui/table";
import { requirePagePermission } from "@/lib/auth/guard";
import { can } from "@/lib/auth/roles";
import { localizedHref } from "@/lib/i18n/paths";
import { resolveLocale } from "@/lib/i18n/locale";
import { listRegions, listTerms } from "@/lib/taxonomy/queries";
import { vocabularyFromSlug, vocabularySlug } from "@/lib/taxonomy/schema";
import { usageTotal } from "@/lib/taxonomy/usage";
import { MoveButtons, VisibilityButton } from "../_components/term-commands";
import { AddTermForm } from "../_components/term-forms";

type Props = {
  params: Promise<{ locale: string; vocabulary: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const vocabulary = vocabularyFromSlug((await params).vocabulary);
  const t = await getTranslations({ locale, namespace: "curationUsers.vocabularies" });
  return { title: vocabulary ? t(`names.${vocabulary}`) : t("title"), robots: { index: false } };
}

export default async function VocabularyPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const { vocabulary: slug } = await params;
  const user = await requirePagePermission(locale, "content:read", `/admin/vocabularies/${encodeURIComponent(slug)}`);
  const vocabulary = vocabularyFromSlug(slug);
  if (!vocabulary) notFound();
  const [t, terms, regions, query] = await Promise.all([
    getTranslations("curationUsers.vocabularies"),
    listTerms(vocabulary),
    vocabulary === "MUNICIPALITY" ? listRegions() : Promise.resolve(null),
    searchParams,
  ]);
  const writable = can(user.role, "content:write");
  const name = t(`names.${vocabulary}`);
  const added = typeof query.added === "string" ? query.added : null;
  const status = added ? t("added", { key: added }) : query.deleted === "1" ? t("deletedDone") : null;
  const usageText = (usage: (typeof terms)[number]["usage"]) =>
    usageTotal(usage) === 0
      ? t("unused")
      : Object.entries(usage)
          .map(([k, n]) => `${t(`usage.${k}` as "usage.innovations")}: ${n}`)
          .join(", ");

  return (
    <>
      <p className="mb-2">
        <NextLink href={localizedHref("/admin/vocabularies", locale)}>← {t("back")}</NextLink>
      </p>
      <PageHeading title={name} lead={t("termsLead")} />
      <StatusMessage message={status} />
      {writable ? null : <p className="mb-4 text-muted">{t("readOnly")}</p>}
      <Table
        caption={t("termsCaption", { name })}
        rows={terms}
        rowKey={(term) => term.id}
        rowAttributes={(term) => ({ "data-testid": `term-${term.key}` })}
        columns={[
          ...(writable
            ? [
                {
                  key: "order",
                  header: t("termColumns.order"),
                  cell: (term: (typeof terms)[number]) => {
                    const i = terms.indexOf(term);
                    return (
                      <MoveButtons
                        termId={term.id}
                        label={term.labelLv}
                        first={i === 0}
                        last={i === terms.length - 1}
                      />
                    );
                  },
                },
              ]
            : []),
          {
            key: "labelLv",
            header: t("termColumns.labelLv"),
            rowHeader: true,
            cell: (term) => (
              <span lang="lv">
                {writable ? (
                  <NextLink
                    href={localizedHref(`/admin/vocabularies/${vocabularySlug(vocabulary)}/${term.id}`, locale)}
                    className="font-semibold"
                    aria-label={t("editLabel", { label: term.labelLv })}
                  >
                    {term.labelLv}
                  </NextLink>
                ) : (
                  term.labelLv
                )}
              </span>
            ),
          },
          {
            key: "labelEn",
            header: t("termColumns.labelEn"),
            cell: (term) =>
              term.labelEn ? (
                <span lang="en">{term.labelEn}</span>
              ) : (
                <span className="text-muted">{t("noEnglish")}</span>
              ),
          },
          { key: "key", header: t("termColumns.key"), cell: (term) => <code>{term.key}</code> },
          { key: "usage", header: t("termColumns.usage"), cell: (term) => usageText(term.usage) },
          {
            key: "status",
            header: t("termColumns.status"),
            cell: (term) => (term.active ? t("active") : <strong>{t("hidden")}</strong>),
          },
          ...(writable
            ? [
                {
                  key: "actions",
                  header: t("termColumns.actions"),
                  cell: (term: (typeof terms)[number]) => <VisibilityButton termId={term.id} active={term.active} />,
                },
              ]
            : []),
        ]}
      />
      <p className="mt-2 max-w-3xl text-sm text-muted">{t("hiddenNote")}</p>
      {writable ? (
        <section aria-labelledby="term-add" className="mt-10 border-t border-line pt-6">
          <h2 id="term-add" className="text-xl font-semibold text-brand-strong">
            {t("add")}
          </h2>
          <AddTermForm
            vocabulary={vocabulary}
            regions={regions ? regions.map((r) => ({ value: r.key, label: r.labelLv })) : null}
          />
        </section>
      ) : null}
    </>
  );
}
