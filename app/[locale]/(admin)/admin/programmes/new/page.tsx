import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import NextLink from "next/link";
import { PageHeading } from "@/components/ui/page-heading";
import { requirePagePermission } from "@/lib/auth/guard";
import { NEW_PROGRAMME_VALUES } from "@/lib/funding/form-values";
import { programmePageOptions } from "@/lib/funding/page-data";
import { localizedHref } from "@/lib/i18n/paths";
import { resolveLocale, type LocaleParams } from "@/lib/i18n/locale";
import { ProgrammeForm } from "../_components/programme-form";

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "curationCatalog.programmes" });
  return { title: t("newTitle"), robots: { index: false } };
}

export default async function NewProgrammePage({ params }: LocaleParams) {
  const locale = await resolveLocale(params);
  await requirePagePermission(locale, "content:write", "/admin/programmes/new");
  const [t, c, options] = await Promise.all([
    getTranslations("curationCatalog.programmes"),
    getTranslations("curationCatalog.common"),
    programmePageOptions(locale),
  ]);
  return (
    <>
      <p className="mb-2">
        <NextLink href={localizedHref("/admin/programmes", locale)}>← {c("back")}</NextLink>
      </p>
      <PageHeading title={t("newTitle")} lead={c("publicationHint")} />
      <ProgrammeForm initialValues={NEW_PROGRAMME_VALUES} options={options} />
    </>
  );
}
