// The slots page's weekly-series form speaks in weekday + first and last date,
// the way people plan ("every Tuesday at 10:00 until the end of June");
// slot-admin.ts takes a first date and a number of weeks. This converts.
import { z } from "zod";
import { addDays } from "@/lib/time/riga";
import { ZSlotInput } from "../slot-admin";

const ZDate = z
  .string({ error: "inbox.errors.dateInvalid" })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "inbox.errors.dateInvalid" });
const MAX_SERIES_WEEKS = 52;

export const ZSeriesForm = ZSlotInput.omit({ date: true }).extend({
  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  weekday: z.coerce
    .number({ error: "inbox.errors.weekdayInvalid" })
    .int()
    .min(1, { error: "inbox.errors.weekdayInvalid" })
    .max(7, { error: "inbox.errors.weekdayInvalid" }),
  from: ZDate,
  until: ZDate,
});

/** ISO weekday of a calendar date (no time zone involved). */
export function isoWeekday(date: string): number {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay() || 7;
}

const daysBetween = (a: string, b: string) =>
  Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);

/** The series form → slot-admin's { date, weeks }; field errors when the range holds no such weekday or is too long. */
export function seriesFromForm(input: z.output<typeof ZSeriesForm>):
  | {
      ok: true;
      value: Omit<z.output<typeof ZSeriesForm>, "weekday" | "from" | "until"> & { date: string; weeks: number };
    }
  | { ok: false; field: string; key: string } {
  const { weekday, from, until, ...rest } = input;
  const first = addDays(from, (weekday - isoWeekday(from) + 7) % 7);
  const span = daysBetween(first, until);
  if (span < 0) return { ok: false, field: "until", key: "inbox.errors.untilTooEarly" };
  const weeks = Math.floor(span / 7) + 1;
  if (weeks > MAX_SERIES_WEEKS) return { ok: false, field: "until", key: "inbox.errors.seriesTooLong" };
  return { ok: true, value: { ...rest, date: first, weeks } };
}
