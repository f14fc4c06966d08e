// Slots are stored as UTC instants and reasoned about as Riga wall-clock time
// (Europe/Riga: UTC+2, UTC+3 in summer). Every local→UTC conversion goes
// through here so DST is handled in one place.
import { TZDate } from "@date-fns/tz";
import type { Locale } from "@/lib/i18n/routing";

export const TIME_ZONE = "Europe/Riga";

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

export type LocalDate = string; // YYYY-MM-DD
export type LocalTime = string; // HH:mm

/**
 * The UTC instant of a Riga wall-clock time, or null when that time does not
 * exist (the hour skipped on the last Sunday of March). In the repeated hour
 * of October the later (winter-time) instant is taken.
 */
export function rigaToUtc(date: LocalDate, time: LocalTime): Date | null {
  const d = DATE.exec(date);
  const t = TIME.exec(time);
  if (!d || !t) throw new Error(`invalid local date/time ${date} ${time}`);
  const [y, m, day, h, min] = [d[1], d[2], d[3], t[1], t[2]].map(Number) as [number, number, number, number, number];
  const local = new TZDate(y, m - 1, day, h, min, TIME_ZONE);
  // TZDate moves a non-existent time forward; a changed wall clock means the time was skipped
  if (
    local.getFullYear() !== y ||
    local.getMonth() !== m - 1 ||
    local.getDate() !== day ||
    local.getHours() !== h ||
    local.getMinutes() !== min
  ) {
    return null;
  }
  return new Date(local.getTime());
}

/** Calendar arithmetic on a local date (no time zone involved). */
export function addDays(date: LocalDate, days: number): LocalDate {
  const d = DATE.exec(date);
  if (!d) throw new Error(`invalid local date ${date}`);
  const utc = new Date(Date.UTC(Number(d[1]), Number(d[2]) - 1, Number(d[3]) + days));
  return utc.toISOString().slice(0, 10);
}

/** The Riga wall clock of an instant: { date: "2026-03-29", time: "10:00" }. */
export function toRiga(instant: Date): { date: LocalDate; time: LocalTime; year: number } {
  const local = new TZDate(instant.getTime(), TIME_ZONE);
  const pad = (n: number) => String(n).padStart(2, "0");
  return {
    date: `${local.getFullYear()}-${pad(local.getMonth() + 1)}-${pad(local.getDate())}`,
    time: `${pad(local.getHours())}:${pad(local.getMinutes())}`,
    year: local.getFullYear(),
  };
}

/** [start, end) of a Riga calendar day in UTC (23 or 25 hours long on DST days). */
export function rigaDayRange(date: LocalDate): { start: Date; end: Date } {
  const startOf = (d: LocalDate) => {
    const m = DATE.exec(d);
    if (!m) throw new Error(`invalid local date ${d}`);
    return new Date(new TZDate(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 0, 0, TIME_ZONE).getTime());
  };
  return { start: startOf(date), end: startOf(addDays(date, 1)) };
}

/** For people: "pirmdiena, 2026. gada 23. novembris 10:00" / "Monday 23 November 2026, 10:00". */
export function formatRiga(instant: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === "lv" ? "lv-LV" : "en-GB", {
    timeZone: TIME_ZONE,
    dateStyle: "full",
    timeStyle: "short",
  }).format(instant);
}

/** Compact, for tables: "23.11.2026 10:00" / "23/11/2026, 10:00". */
export function formatRigaShort(instant: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === "lv" ? "lv-LV" : "en-GB", {
    timeZone: TIME_ZONE,
    dateStyle: "short",
    timeStyle: "short",
  }).format(instant);
}

/** [start, end) of a Riga calendar year in UTC: what "in 2025" means for the annual review. */
export function rigaYearRange(year: number): { start: Date; end: Date } {
  return {
    start: new Date(new TZDate(year, 0, 1, 0, 0, TIME_ZONE).getTime()),
    end: new Date(new TZDate(year + 1, 0, 1, 0, 0, TIME_ZONE).getTime()),
  };
}

/** The Riga calendar year an instant falls in. */
export function rigaYear(instant: Date): number {
  return new TZDate(instant.getTime(), TIME_ZONE).getFullYear();
}

/** A date for prose: "2026. gada 6. decembris" / "6 December 2026". */
export function formatRigaDate(instant: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === "lv" ? "lv-LV" : "en-GB", {
    timeZone: TIME_ZONE,
    dateStyle: "long",
  }).format(instant);
}
