// Bookable consultation times for the demo consultant, relative to the day the
// seed runs: every working day of the next four weeks, at office hours in Riga
// (stored as UTC, so DST is handled by lib/time/riga). A fresh start can
// therefore be tried end to end, booking a time included. Slots less than a
// day ahead are not bookable (lib/consultations/slots.ts), so they start tomorrow.
import { addDays, rigaToUtc, toRiga } from "@/lib/time/riga";
import type { SeedDb } from "./types";
import { DEMO_USERS } from "./users";

const WEEKS = 4;
/** Riga wall-clock start times and the format offered at each. */
const TIMES: { time: string; format: string; location?: string }[] = [
  { time: "10:00", format: "online" },
  { time: "11:00", format: "in-person", location: "Raiņa bulvāris 15, Rīga" },
  { time: "14:00", format: "phone" },
  { time: "15:00", format: "online" },
];
const DURATION_MIN = 45;

/** Working days (Monday to Friday in Riga) from tomorrow for `weeks` weeks. */
export function demoSlotTimes(now: Date, weeks = WEEKS): { startsAt: Date; format: string; location: string | null }[] {
  const today = toRiga(now).date;
  const slots: { startsAt: Date; format: string; location: string | null }[] = [];
  for (let day = 1; day <= weeks * 7; day++) {
    const date = addDays(today, day);
    const weekday = new Date(`${date}T12:00:00Z`).getUTCDay();
    if (weekday === 0 || weekday === 6) continue;
    for (const { time, format, location } of TIMES) {
      const startsAt = rigaToUtc(date, time);
      if (startsAt) slots.push({ startsAt, format, location: location ?? null });
    }
  }
  return slots;
}

/**
 * Adds the demo times when no open time lies ahead (a fresh database, or one
 * started again after its times ran out); times already there are kept.
 */
export async function seedDemoSlots(db: SeedDb, now = new Date()): Promise<number> {
  const consultant = await db.user.findFirst({
    where: { email: DEMO_USERS.find((u) => u.role === "CONSULTANT")?.email ?? "", active: true },
    select: { id: true },
  });
  if (!consultant) return 0;
  const ahead = await db.consultationSlot.count({ where: { status: "OPEN", startsAt: { gt: now } } });
  if (ahead > 0) return 0;
  const { count } = await db.consultationSlot.createMany({
    data: demoSlotTimes(now).map((slot) => ({ ...slot, consultantId: consultant.id, durationMin: DURATION_MIN })),
    skipDuplicates: true,
  });
  return count;
}
