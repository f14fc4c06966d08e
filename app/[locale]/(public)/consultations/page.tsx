import { SectionPlaceholder, sectionMetadata } from "@/components/layout/section-placeholder";
import { resolveLocale, type LocaleParams } from "@/lib/i18n/locale";

export const generateMetadata = sectionMetadata("consultations");

export default async function ConsultationsPage({ params }: LocaleParams) {
  await resolveLocale(params);
  return <SectionPlaceholder section="consultations" />;
}
