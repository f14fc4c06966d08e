import { SectionPlaceholder, sectionMetadata } from "@/components/layout/section-placeholder";
import { resolveLocale, type LocaleParams } from "@/lib/i18n/locale";

export const generateMetadata = sectionMetadata("review");

export default async function ReviewPage({ params }: LocaleParams) {
  await resolveLocale(params);
  return <SectionPlaceholder section="review" />;
}
