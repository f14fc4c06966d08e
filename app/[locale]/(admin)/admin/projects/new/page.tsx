import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import NextLink from "next/link";
import { PageHeading } from "@/components/ui/page-heading";
import { requirePagePermission } from "@/lib/auth/guard";
import { localizedHref } from "@/lib/i18n/paths";
import { resolveLocale, type LocaleParams } from "@/lib/i18n/locale";
import { projectFormOptions } from "@/lib/projects/queries";
import { ProjectForm } from "../_components/project-form";

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "curation.projects" });
  return { title: t("newTitle"), robots: { index: false } };
}

export default async function NewProjectPage({ params }: LocaleParams) {
  const locale = await resolveLocale(params);
  await requirePagePermission(locale, "content:write", "/admin/projects/new");
  const [t, options] = await Promise.all([getTranslations("curation.projects"), projectFormOptions()]);
  return (
    <>
      <p className="mb-2">
        <NextLink href={localizedHref("/admin/projects", locale)}>← {t("back")}</NextLink>
      </p>
      <PageHeading title={t("newTitle")} />
      <ProjectForm initialValues={{ publication: "PUBLISHED" }} options={options} />
    </>
  );
}
