import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import NextLink from "next/link";
import { PageHeading } from "@/components/ui/page-heading";
import { requirePagePermission } from "@/lib/auth/guard";
import { organisationOptions } from "@/lib/contacts/queries";
import { localizedHref } from "@/lib/i18n/paths";
import { resolveLocale, type LocaleParams } from "@/lib/i18n/locale";
import { ContactForm } from "../_components/contact-form";

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "curation.contacts" });
  return { title: t("newTitle"), robots: { index: false } };
}

export default async function NewContactPage({
  params,
  searchParams,
}: LocaleParams & { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const locale = await resolveLocale(params);
  await requirePagePermission(locale, "content:write", "/admin/contacts/new");
  const [t, organisations, query] = await Promise.all([
    getTranslations("curation.contacts"),
    organisationOptions(),
    searchParams,
  ]);
  // ?organisation=<id> preselects it (link from an organisation's page)
  const organisationId =
    typeof query.organisation === "string" && organisations.some((o) => o.value === query.organisation)
      ? query.organisation
      : "";
  return (
    <>
      <p className="mb-2">
        <NextLink href={localizedHref("/admin/contacts", locale)}>← {t("back")}</NextLink>
      </p>
      <PageHeading title={t("newTitle")} />
      <ContactForm initialValues={{ organisationId }} organisations={organisations} />
    </>
  );
}
