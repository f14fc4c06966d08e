import { SectionPlaceholder, sectionMetadata } from "@/components/layout/section-placeholder";
import { resolveLocale, type LocaleParams } from "@/lib/i18n/locale";

export const generateMetadata = sectionMetadata("submit");

export default async function SubmitPage({ params }: LocaleParams) {
  await resolveLocale(params);
  return <SectionPlaceholder section="submit" />;
}
