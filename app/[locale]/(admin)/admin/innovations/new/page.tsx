import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageHeading } from "@/components/ui/page-heading";
import { requirePagePermission } from "@/lib/auth/guard";
import { Link } from "@/lib/i18n/link";
import { resolveLocale, type LocaleParams } from "@/lib/i18n/locale";
import { loadInnovationFormOptions } from "@/lib/innovations/admin-queries";
import { InnovationForm } from "../_components/innovation-form";

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "curationInnovations.edit" });
  return { title: t("newHeading"), robots: { index: false, follow: false } };
}

export default async function NewInnovationPage({ params }: LocaleParams) {
  const locale = await resolveLocale(params);
  await requirePagePermission(locale, "content:write", "/admin/innovations/new");
  const [t, options] = await Promise.all([
    getTranslations("curationInnovations.edit"),
    loadInnovationFormOptions(locale),
  ]);
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/admin/innovations">{t("back")}</Link>
      </p>
      <PageHeading title={t("newHeading")} />
      <InnovationForm initialValues={{ country: "LV" }} options={options} />
    </>
  );
}
