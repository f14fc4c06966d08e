import type { Metadata } from "next";
import { cache } from "react";
import { recordMetadata } from "@/lib/admin/record-metadata";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { CatalogRecord } from "@/components/admin/catalog-record";
import { ReadOnlyFields } from "@/components/admin/read-only-fields";
import { requirePagePermission } from "@/lib/auth/guard";
import { can } from "@/lib/auth/roles";
import { optionLabel } from "@/lib/catalog/options";
import { changeProgrammePublication, deleteProgrammeAction, duplicateProgrammeAction } from "@/lib/funding/actions";
import { programmeFormValues } from "@/lib/funding/form-values";
import { programmePageOptions } from "@/lib/funding/page-data";
import { getProgramme } from "@/lib/funding/queries";
import { PROGRAMME_KINDS } from "@/lib/funding/kinds";
import { programmeReferences } from "@/lib/funding/write-programmes";
import { resolveLocale } from "@/lib/i18n/locale";
import { ProgrammeForm } from "../_components/programme-form";

const loadProgramme = cache(getProgramme);

type Props = {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "curationCatalog.programmes" });
  const { id } = await params;
  return recordMetadata("content:read", t("title"), async () => {
    const programme = await loadProgramme(id);
    return programme ? t("editTitle", { name: programme.titleLv }) : null;
  });
}

export default async function EditProgrammePage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const { id } = await params;
  const user = await requirePagePermission(locale, "content:read", `/admin/programmes/${encodeURIComponent(id)}`);
  const programme = await loadProgramme(id);
  if (!programme) notFound();
  const query = await searchParams;
  const [t, c, tr, options, references] = await Promise.all([
    getTranslations("curationCatalog.programmes"),
    getTranslations("curationCatalog.common"),
    getTranslations("curation.references"),
    programmePageOptions(locale),
    programmeReferences(id, { locale }),
  ]);
  const kind = (PROGRAMME_KINDS as readonly string[]).includes(programme.kind)
    ? t(`kinds.${programme.kind as "private"}`)
    : programme.kind;

  return (
    <CatalogRecord
      kind="programme"
      locale={locale}
      listPath="/admin/programmes"
      title={t("editTitle", { name: programme.titleLv })}
      record={{ ...programme, id }}
      writable={can(user.role, "content:write")}
      actions={{
        publication: changeProgrammePublication,
        duplicate: duplicateProgrammeAction,
        delete: deleteProgrammeAction,
      }}
      references={references}
      referenceLabels={{ calls: tr("calls"), projects: tr("projects") }}
      form={(arrival) => (
        <ProgrammeForm
          key={programme.updatedAt.toISOString()}
          id={id}
          initialValues={programmeFormValues(programme)}
          options={options}
          arrivalMessage={arrival}
        />
      )}
      readOnly={
        <ReadOnlyFields
          note={c("readOnly")}
          rows={[
            { label: t("fields.title"), value: programme.titleLv },
            { label: `${t("fields.title")} (EN)`, value: programme.titleEn },
            { label: t("fields.kind"), value: kind },
            { label: t("fields.period"), value: programme.period },
            { label: t("fields.summary"), value: programme.summaryLv },
            {
              label: t("fields.themes"),
              value: programme.themes.map((k) => optionLabel(options.themes, k)).join(", "),
            },
            { label: t("fields.funder"), value: optionLabel(options.organisations, programme.funderId) },
            { label: t("fields.operator"), value: optionLabel(options.organisations, programme.operatorId) },
            {
              label: t("fields.managingAuthority"),
              value: optionLabel(options.organisations, programme.managingAuthorityId),
            },
            { label: t("fields.url"), value: programme.url },
          ]}
        />
      }
      entityType="FundingProgramme"
      query={query}
    />
  );
}
