import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ActionForm, type FormField } from "@/components/admin/action-form";
import { PageHeading } from "@/components/ui/page-heading";
import { requirePagePermission } from "@/lib/auth/guard";
import { blockDayAction, createSeriesAction, createSlotAction } from "@/lib/consultations/staff/actions";
import { consultantOptions, termLabels, upcomingSlots } from "@/lib/consultations/staff/queries";
import { resolveLocale, type LocaleParams } from "@/lib/i18n/locale";
import { SlotList } from "./_components/slot-list";

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "inbox.slots" });
  return { title: t("title"), robots: { index: false } };
}

const box = "rounded border border-line p-4";

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
  // consultants publish their own times; an admin may publish for a colleague
  const consultant = (placeholder: string): FormField[] =>
    isAdmin
      ? [
          {
            kind: "select",
            name: "consultantId",
            label: t("consultant"),
            placeholder,
            options: staff.map((s) => ({ value: s.id, label: s.label })),
          },
        ]
      : [];
  const common: FormField[] = [
    { kind: "time", name: "time", label: t("startTime"), required: true },
    {
      kind: "number",
      name: "durationMin",
      label: t("minutes"),
      required: true,
      min: "15",
      max: "240",
      defaultValue: "60",
    },
    {
      kind: "select",
      name: "format",
      label: t("format"),
      required: true,
      options: formats,
      defaultValue: formats[0]?.value,
    },
    { kind: "text", name: "location", label: t("location"), maxLength: 300 },
    { kind: "url", name: "meetingUrl", label: t("meetingUrl"), maxLength: 500 },
  ];
  const weekdays = (["1", "2", "3", "4", "5", "6", "7"] as const).map((d) => ({ value: d, label: t(`weekdays.${d}`) }));

  return (
    <>
      <PageHeading title={t("title")} lead={t("lead")} />
      <div className="space-y-6">
        <ActionForm
          id="slot-one"
          title={t("createTitle")}
          action={createSlotAction}
          submitLabel={t("createSubmit")}
          className={box}
          layout="grid"
          fields={[...consultant(t("me")), { kind: "date", name: "date", label: t("date"), required: true }, ...common]}
        />
        <ActionForm
          id="slot-series"
          title={t("seriesTitle")}
          action={createSeriesAction}
          submitLabel={t("seriesSubmit")}
          className={box}
          layout="grid"
          fields={[
            ...consultant(t("me")),
            { kind: "select", name: "weekday", label: t("weekday"), required: true, options: weekdays },
            { kind: "date", name: "from", label: t("from"), required: true },
            { kind: "date", name: "until", label: t("until"), required: true },
            ...common,
          ]}
        />
        <ActionForm
          id="slot-block"
          title={t("blockTitle")}
          action={blockDayAction}
          submitLabel={t("blockSubmit")}
          className={box}
          layout="grid"
          fields={[
            ...(isAdmin
              ? [
                  {
                    kind: "select",
                    name: "consultantId",
                    label: t("consultant"),
                    placeholder: t("everyone"),
                    options: staff.map((s) => ({ value: s.id, label: s.label })),
                  } satisfies FormField,
                ]
              : []),
            { kind: "date", name: "date", label: t("date"), required: true, hint: t("blockHint") },
          ]}
        />
      </div>
      <section aria-labelledby="slots-upcoming" className="mt-10">
        <h2 id="slots-upcoming" className="mb-4 text-2xl font-semibold text-brand-strong">
          {t("upcoming")}
        </h2>
        <SlotList slots={slots} locale={locale} labels={labels} userId={user.id} isAdmin={isAdmin} />
      </section>
    </>
  );
}
