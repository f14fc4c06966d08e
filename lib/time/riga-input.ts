// Dates and times staff type are Riga wall-clock time (Europe/Riga, with its
// summer time); the database stores UTC instants. A call closes e.g. at
// "2026-03-31 23:59" Riga time whatever the server's zone. Pure.
import { rigaToUtc, toRiga } from "@/lib/time/riga";

const DATE_TIME = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}))?$/;

export type RigaParse = { ok: true; value: Date } | { ok: false; reason: "invalid" | "nonexistent" };

/**
 * "2026-03-31T23:59" (datetime-local) or "2026-03-31" → the UTC instant of
 * that Riga time. A date alone means the start of the day, or its last minute
 * when `endOfDay` (a call "closes on 31 March" is open all that day).
 */
export function parseRigaDateTime(text: string, endOfDay = false): RigaParse {
  const m = DATE_TIME.exec(text.trim());
  if (!m) return { ok: false, reason: "invalid" };
  const date = m[1]!;
  const time = m[2] ?? (endOfDay ? "23:59" : "00:00");
  const probe = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(probe.getTime()) || probe.toISOString().slice(0, 10) !== date)
    return { ok: false, reason: "invalid" };
  let value: Date | null;
  try {
    value = rigaToUtc(date, time);
  } catch {
    return { ok: false, reason: "invalid" };
  }
  return value ? { ok: true, value } : { ok: false, reason: "nonexistent" };
}

/** The value of a datetime-local input for an instant, in Riga time ("" for none). */
export function rigaInputValue(instant: Date | null | undefined): string {
  if (!instant) return "";
  const { date, time } = toRiga(instant);
  return `${date}T${time}`;
}
