import { getTranslations } from "next-intl/server";
import { ButtonLink } from "@/components/ui/button-link";
import { PageHeading } from "@/components/ui/page-heading";

export default async function NotFound() {
  const [t, meta] = await Promise.all([getTranslations("NotFound"), getTranslations("Metadata")]);
  return (
    <>
      {/* Next resolves a not-found page's metadata from the layout (the site name), so the page names
          itself: React hoists this <title> into the head. */}
      <title>{`${t("metaTitle")} | ${meta("siteName")}`}</title>
      <PageHeading title={t("title")} lead={t("body")} />
      <ButtonLink href="/">{t("homeLink")}</ButtonLink>
    </>
  );
}
