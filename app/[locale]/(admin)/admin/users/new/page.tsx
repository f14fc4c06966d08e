import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import NextLink from "next/link";
import { PageHeading } from "@/components/ui/page-heading";
import { requirePagePermission } from "@/lib/auth/guard";
import { ROLES } from "@/lib/auth/roles";
import { localizedHref } from "@/lib/i18n/paths";
import { resolveLocale, type LocaleParams } from "@/lib/i18n/locale";
import { UserCreateForm } from "../_components/user-create-form";

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "curationUsers.form" });
  return { title: t("newTitle"), robots: { index: false } };
}

export default async function NewUserPage({ params }: LocaleParams) {
  const locale = await resolveLocale(params);
  await requirePagePermission(locale, "users:manage", "/admin/users/new");
  const [t, roles] = await Promise.all([getTranslations("curationUsers.form"), getTranslations("admin.roles")]);
  return (
    <>
      <p className="mb-2">
        <NextLink href={localizedHref("/admin/users", locale)}>← {t("back")}</NextLink>
      </p>
      <PageHeading title={t("newTitle")} />
      <UserCreateForm roles={ROLES.map((r) => ({ value: r, label: roles(r) }))} />
    </>
  );
}
