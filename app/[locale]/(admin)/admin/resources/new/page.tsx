import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import NextLink from "next/link";
import { PageHeading } from "@/components/ui/page-heading";
import { requirePagePermission } from "@/lib/auth/guard";
import { localizedHref } from "@/lib/i18n/paths";
import { resolveLocale, type LocaleParams } from "@/lib/i18n/locale";
import { NEW_RESOURCE_VALUES } from "@/lib/resources/form-values";
import { resourcePageOptions } from "@/lib/resources/page-data";
import { ResourceForm } from "../_components/resource-form";

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "curationCatalog.resources" });
  return { title: t("newTitle"), robots: { index: false } };
}

export default async function NewResourcePage({ params }: LocaleParams) {
  const locale = await resolveLocale(params);
  await requirePagePermission(locale, "content:write", "/admin/resources/new");
  const [t, c, options] = await Promise.all([
    getTranslations("curationCatalog.resources"),
    getTranslations("curationCatalog.common"),
    resourcePageOptions(locale),
  ]);
  return (
    <>
      <p className="mb-2">
        <NextLink href={localizedHref("/admin/resources", locale)}>← {c("back")}</NextLink>
      </p>
      <PageHeading title={t("newTitle")} lead={c("publicationHint")} />
      <ResourceForm initialValues={NEW_RESOURCE_VALUES} options={options} />
    </>
  );
}
