import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import NextLink from "next/link";
import { PageHeading } from "@/components/ui/page-heading";
import { requirePagePermission } from "@/lib/auth/guard";
import { localizedHref } from "@/lib/i18n/paths";
import { resolveLocale, type LocaleParams } from "@/lib/i18n/locale";
import { NEW_ORGANISATION_VALUES } from "@/lib/organisations/form-values";
import { organisationTermOptions } from "@/lib/organisations/queries";
import { OrganisationForm } from "../_components/organisation-form";

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "curation.organisations" });
  return { title: t("newTitle"), robots: { index: false } };
}

export default async function NewOrganisationPage({ params }: LocaleParams) {
  const locale = await resolveLocale(params);
  await requirePagePermission(locale, "content:write", "/admin/organisations/new");
  const [t, options] = await Promise.all([getTranslations("curation.organisations"), organisationTermOptions(locale)]);
  return (
    <>
      <p className="mb-2">
        <NextLink href={localizedHref("/admin/organisations", locale)}>← {t("back")}</NextLink>
      </p>
      <PageHeading title={t("newTitle")} />
      <OrganisationForm initialValues={NEW_ORGANISATION_VALUES} options={options} />
    </>
  );
}
