import { getTranslations } from "next-intl/server";
import { ButtonLink } from "@/components/ui/button-link";
import { PageHeading } from "@/components/ui/page-heading";

export async function generateMetadata() {
  const t = await getTranslations("NotFound");
  return { title: t("metaTitle") };
}

export default async function NotFound() {
  const t = await getTranslations("NotFound");
  return (
    <>
      <PageHeading title={t("title")} lead={t("body")} />
      <ButtonLink href="/">{t("homeLink")}</ButtonLink>
    </>
  );
}
