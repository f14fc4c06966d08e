import { SectionPlaceholder, sectionMetadata } from "@/components/layout/section-placeholder";
import { resolveLocale, type LocaleParams } from "@/lib/i18n/locale";

export const generateMetadata = sectionMetadata("innovations");

export default async function InnovationsPage({ params }: LocaleParams) {
  await resolveLocale(params);
  return <SectionPlaceholder section="innovations" />;
}
