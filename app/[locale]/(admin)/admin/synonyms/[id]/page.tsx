import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import NextLink from "next/link";
import { notFound } from "next/navigation";
import { EntityHistory } from "@/components/admin/entity-history";
import { PageHeading } from "@/components/ui/page-heading";
import { requirePagePermission } from "@/lib/auth/guard";
import { localizedHref } from "@/lib/i18n/paths";
import { resolveLocale } from "@/lib/i18n/locale";
import { getSynonymGroup } from "@/lib/synonyms/queries";
import { SYNONYM_ENTITY } from "@/lib/synonyms/write";
import { DeleteSynonymGroup, SynonymGroupForm } from "../_components/synonym-form";

type Props = {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "curationUsers.synonyms" });
  return { title: t("title"), robots: { index: false } };
}

// Editing is for writers; readers see the groups on the list page.
export default async function SynonymGroupPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const { id } = await params;
  await requirePagePermission(locale, "content:write", `/admin/synonyms/${encodeURIComponent(id)}`);
  const group = await getSynonymGroup(id);
  if (!group) notFound();
  const [t, query] = await Promise.all([getTranslations("curationUsers.synonyms"), searchParams]);
  const label = group.terms[0] ?? "";
  return (
    <>
      <p className="mb-2">
        <NextLink href={localizedHref("/admin/synonyms", locale)}>← {t("back")}</NextLink>
      </p>
      <PageHeading title={t("editTitle", { label })} lead={t("editLead")} />
      <SynonymGroupForm id={group.id} terms={group.terms} />
      <section aria-labelledby="synonyms-delete" className="mt-10 border-t border-line pt-6">
        <h2 id="synonyms-delete" className="text-xl font-semibold text-brand-strong">
          {t("deleteHeading")}
        </h2>
        <div className="mt-4">
          <DeleteSynonymGroup id={group.id} label={label} />
        </div>
      </section>
      <EntityHistory entityType={SYNONYM_ENTITY} entityId={group.id} page={Number(query.historyPage) || 1} />
    </>
  );
}
