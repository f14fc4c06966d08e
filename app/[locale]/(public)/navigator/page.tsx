import { SectionPlaceholder, sectionMetadata } from "@/components/layout/section-placeholder";
import { resolveLocale, type LocaleParams } from "@/lib/i18n/locale";

export const generateMetadata = sectionMetadata("navigator");

export default async function NavigatorPage({ params }: LocaleParams) {
  await resolveLocale(params);
  return <SectionPlaceholder section="navigator" />;
}
