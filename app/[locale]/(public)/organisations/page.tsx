import { SectionPlaceholder, sectionMetadata } from "@/components/layout/section-placeholder";
import { resolveLocale, type LocaleParams } from "@/lib/i18n/locale";

export const generateMetadata = sectionMetadata("organisations");

export default async function OrganisationsPage({ params }: LocaleParams) {
  await resolveLocale(params);
  return <SectionPlaceholder section="organisations" />;
}
