import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageHeading } from "@/components/ui/page-heading";
import { requirePagePermission } from "@/lib/auth/guard";
import { consultantOptions, termLabels, upcomingSlots } from "@/lib/consultations/staff/queries";
import { resolveLocale, type LocaleParams } from "@/lib/i18n/locale";
import { SlotForms } from "./_components/slot-forms";
import { SlotList } from "./_components/slot-list";

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "inbox.slots" });
  return { title: t("title"), robots: { index: false } };
}

export default async function SlotsPage({ params }: LocaleParams) {
  const locale = await resolveLocale(params);
  const user = await requirePagePermission(locale, "consultations:manage", "/admin/slots");
  const [t, slots, labels, staff] = await Promise.all([
    getTranslations("inbox.slots"),
    upcomingSlots(),
    termLabels(locale),
    consultantOptions(),
  ]);
  const isAdmin = user.role === "ADMIN";
  const formats = Object.entries(labels)
    .filter(([k]) => k.startsWith("CONSULTATION_FORMAT:"))
    .map(([k, label]) => ({ value: k.slice("CONSULTATION_FORMAT:".length), label }));

  return (
    <>
      <PageHeading title={t("title")} lead={t("lead")} />
      <SlotForms staff={isAdmin ? staff.map((s) => ({ value: s.id, label: s.label })) : null} formats={formats} />
      <section aria-labelledby="slots-upcoming" className="mt-10">
        <h2 id="slots-upcoming" className="mb-4 text-2xl font-semibold text-brand-strong">
          {t("upcoming")}
        </h2>
        <SlotList slots={slots} locale={locale} labels={labels} userId={user.id} isAdmin={isAdmin} />
      </section>
    </>
  );
}
