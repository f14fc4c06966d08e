// Search synonyms: the groups of equivalent terms both search engines expand
// a query with. Readers see the list; writers add, edit and delete groups.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import NextLink from "next/link";
import { StatusMessage } from "@/components/admin/status-message";
import { PageHeading } from "@/components/ui/page-heading";
import { Table } from "@/components/ui/table";
import { can } from "@/lib/auth/roles";
import { requirePagePermission } from "@/lib/auth/guard";
import { localizedHref } from "@/lib/i18n/paths";
import { resolveLocale } from "@/lib/i18n/locale";
import { listSynonymGroups } from "@/lib/synonyms/queries";
import { SynonymGroupForm } from "./_components/synonym-form";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "curationUsers.synonyms" });
  return { title: t("title"), robots: { index: false } };
}

export default async function SynonymsPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const user = await requirePagePermission(locale, "content:read", "/admin/synonyms");
  const [t, groups, query] = await Promise.all([
    getTranslations("curationUsers.synonyms"),
    listSynonymGroups(),
    searchParams,
  ]);
  const writer = can(user.role, "content:write");
  return (
    <>
      <PageHeading title={t("title")} lead={t("lead")} />
      <StatusMessage message={query.added ? t("added") : query.deleted === "1" ? t("deletedDone") : null} />
      <Table
        caption={t("caption", { count: groups.length })}
        className="max-w-4xl"
        rows={groups}
        rowKey={(g) => g.id}
        rowAttributes={() => ({ "data-testid": "synonym-group" })}
        columns={[
          { key: "terms", header: t("columns.terms"), rowHeader: true, cell: (g) => g.terms.join(" · ") },
          ...(writer
            ? [
                {
                  key: "actions",
                  header: <span className="sr-only">{t("columns.actions")}</span>,
                  className: "text-right",
                  cell: (g: (typeof groups)[number]) => (
                    <NextLink
                      href={localizedHref(`/admin/synonyms/${g.id}`, locale)}
                      aria-label={t("editLabel", { label: g.terms[0] ?? "" })}
                    >
                      {t("edit")}
                    </NextLink>
                  ),
                },
              ]
            : []),
        ]}
      />
      {writer ? (
        <section aria-labelledby="synonyms-add" className="mt-10 border-t border-line pt-6">
          <h2 id="synonyms-add" className="text-xl font-semibold text-brand-strong">
            {t("addHeading")}
          </h2>
          <div className="mt-4">
            <SynonymGroupForm />
          </div>
        </section>
      ) : null}
    </>
  );
}
