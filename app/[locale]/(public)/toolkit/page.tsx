import { SectionPlaceholder, sectionMetadata } from "@/components/layout/section-placeholder";
import { resolveLocale, type LocaleParams } from "@/lib/i18n/locale";

export const generateMetadata = sectionMetadata("toolkit");

export default async function ToolkitPage({ params }: LocaleParams) {
  await resolveLocale(params);
  return <SectionPlaceholder section="toolkit" />;
}
