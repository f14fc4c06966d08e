import { SectionPlaceholder, sectionMetadata } from "@/components/layout/section-placeholder";
import { resolveLocale, type LocaleParams } from "@/lib/i18n/locale";

export const generateMetadata = sectionMetadata("funding");

export default async function FundingPage({ params }: LocaleParams) {
  await resolveLocale(params);
  return <SectionPlaceholder section="funding" />;
}
