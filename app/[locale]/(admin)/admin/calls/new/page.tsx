import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import NextLink from "next/link";
import { PageHeading } from "@/components/ui/page-heading";
import { requirePagePermission } from "@/lib/auth/guard";
import { NEW_CALL_VALUES } from "@/lib/funding/form-values";
import { callPageOptions } from "@/lib/funding/page-data";
import { localizedHref } from "@/lib/i18n/paths";
import { resolveLocale, type LocaleParams } from "@/lib/i18n/locale";
import { CallForm } from "../_components/call-form";

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "curationCatalog.calls" });
  return { title: t("newTitle"), robots: { index: false } };
}

export default async function NewCallPage({ params }: LocaleParams) {
  const locale = await resolveLocale(params);
  await requirePagePermission(locale, "content:write", "/admin/calls/new");
  const [t, c, options] = await Promise.all([
    getTranslations("curationCatalog.calls"),
    getTranslations("curationCatalog.common"),
    callPageOptions(locale),
  ]);
  return (
    <>
      <p className="mb-2">
        <NextLink href={localizedHref("/admin/calls", locale)}>← {c("back")}</NextLink>
      </p>
      <PageHeading title={t("newTitle")} lead={c("publicationHint")} />
      <CallForm initialValues={NEW_CALL_VALUES} options={options} />
    </>
  );
}
