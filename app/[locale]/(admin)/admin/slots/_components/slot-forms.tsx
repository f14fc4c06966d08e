"use client";
// The slots page's three forms: one time, a weekly series, a blocked day.
// Consultants publish their own times; an admin may publish for a colleague
// (the consultant choice is shown only to admins).
import { useTranslations } from "next-intl";
import { SelectField, TextField, type Option } from "@/components/ui/field";
import type { FormBinding } from "@/components/ui/form";
import { blockDayAction, createSeriesAction, createSlotAction } from "@/lib/consultations/staff/actions";
import { InboxForm } from "../../_components/inbox-form";

type Props = { staff: Option[] | null; formats: Option[] };

const grid = "grid gap-4 rounded border border-line p-4 sm:grid-cols-2 lg:grid-cols-3";

function Consultant({ f, staff, placeholder }: { f: FormBinding; staff: Option[] | null; placeholder: string }) {
  const t = useTranslations("inbox.slots");
  return staff ? (
    <SelectField {...f.text("consultantId")} label={t("consultant")} placeholder={placeholder} options={staff} />
  ) : null;
}

/** Start time, length, format, place and meeting link: what every published time has. */
function SlotDetails({ f, formats }: { f: FormBinding; formats: Option[] }) {
  const t = useTranslations("inbox.slots");
  return (
    <>
      <TextField {...f.text("time")} type="time" label={t("startTime")} required />
      <TextField
        {...f.text("durationMin")}
        defaultValue={f.text("durationMin").defaultValue || "60"}
        type="number"
        label={t("minutes")}
        required
        min="15"
        max="240"
      />
      <SelectField
        {...f.text("format")}
        defaultValue={f.text("format").defaultValue || (formats[0]?.value ?? "")}
        label={t("format")}
        required
        options={formats}
      />
      <TextField {...f.text("location")} label={t("location")} maxLength={300} />
      <TextField {...f.text("meetingUrl")} type="url" label={t("meetingUrl")} maxLength={500} />
    </>
  );
}

export function SlotForms({ staff, formats }: Props) {
  const t = useTranslations("inbox.slots");
  const weekdays = (["1", "2", "3", "4", "5", "6", "7"] as const).map((d) => ({ value: d, label: t(`weekdays.${d}`) }));
  return (
    <div className="space-y-6">
      <InboxForm
        id="slot-one"
        title={t("createTitle")}
        action={createSlotAction}
        submitLabel={t("createSubmit")}
        className={grid}
      >
        {(f) => (
          <>
            <Consultant f={f} staff={staff} placeholder={t("me")} />
            <TextField {...f.text("date")} type="date" label={t("date")} required />
            <SlotDetails f={f} formats={formats} />
          </>
        )}
      </InboxForm>
      <InboxForm
        id="slot-series"
        title={t("seriesTitle")}
        action={createSeriesAction}
        submitLabel={t("seriesSubmit")}
        className={grid}
      >
        {(f) => (
          <>
            <Consultant f={f} staff={staff} placeholder={t("me")} />
            <SelectField {...f.text("weekday")} label={t("weekday")} required options={weekdays} />
            <TextField {...f.text("from")} type="date" label={t("from")} required />
            <TextField {...f.text("until")} type="date" label={t("until")} required />
            <SlotDetails f={f} formats={formats} />
          </>
        )}
      </InboxForm>
      <InboxForm
        id="slot-block"
        title={t("blockTitle")}
        action={blockDayAction}
        submitLabel={t("blockSubmit")}
        className={grid}
      >
        {(f) => (
          <>
            <Consultant f={f} staff={staff} placeholder={t("everyone")} />
            <TextField {...f.text("date")} type="date" label={t("date")} required hint={t("blockHint")} />
          </>
        )}
      </InboxForm>
    </div>
  );
}
