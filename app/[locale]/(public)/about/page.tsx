import { SectionPlaceholder, sectionMetadata } from "@/components/layout/section-placeholder";
import { resolveLocale, type LocaleParams } from "@/lib/i18n/locale";

export const generateMetadata = sectionMetadata("about");

export default async function AboutPage({ params }: LocaleParams) {
  await resolveLocale(params);
  return <SectionPlaceholder section="about" />;
}
