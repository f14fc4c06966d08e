// Staff publish their availability: one-off slots, weekly series and blocked
// days. Times are entered as Riga wall-clock time and stored as UTC; a weekly
// series keeps its wall-clock time across DST changes.
//
// Authorization: see staff-guard.ts (explicit `actor` until requireRole lands).
import "server-only";
import crypto from "node:crypto";
import { z } from "zod";
import { db } from "@/lib/db";
import { addDays, rigaDayRange, rigaToUtc } from "./riga-time";
import { assertCanManage, ForbiddenError, type Actor } from "./staff-guard";

export type { Actor };

const ZLocalDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: "consultations.errors.dateInvalid" });
const ZLocalTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: "consultations.errors.timeInvalid" });

export const ZSlotInput = z.object({
  /** Defaults to the actor; an admin may publish for a colleague. */
  consultantId: z.string().min(1).max(64).optional(),
  date: ZLocalDate,
  time: ZLocalTime,
  durationMin: z.coerce.number().int().min(15).max(240),
  format: z.string().regex(/^[a-z0-9-]{1,63}$/),
  location: z.string().trim().max(300).regex(/^[^\r\n]*$/).optional(),
  meetingUrl: z.url().max(500).optional(),
});
export const ZSeriesInput = ZSlotInput.extend({ weeks: z.coerce.number().int().min(1).max(52) });
export const ZBlockDayInput = z.object({ date: ZLocalDate, consultantId: z.string().min(1).max(64).optional() });

async function checkFormat(format: string): Promise<void> {
  const term = await db.term.findUnique({ where: { vocabulary_key: { vocabulary: "CONSULTATION_FORMAT", key: format } }, select: { active: true } });
  if (!term?.active) throw new Error(`unknown consultation format ${format}`);
}

function consultantOf(actor: Actor, requested: string | undefined): string {
  // only admins publish for someone else
  if (requested && requested !== actor.id && actor.role !== "ADMIN") throw new ForbiddenError();
  return requested ?? actor.id;
}

export async function createSlot(actor: Actor, input: unknown) {
  assertCanManage(actor);
  const data = ZSlotInput.parse(input);
  await checkFormat(data.format);
  const startsAt = rigaToUtc(data.date, data.time);
  if (!startsAt) throw new Error(`${data.date} ${data.time} does not exist in Riga (clocks go forward)`);
  return db.consultationSlot.create({
    data: {
      consultantId: consultantOf(actor, data.consultantId),
      startsAt,
      durationMin: data.durationMin,
      format: data.format,
      location: data.location ?? null,
      meetingUrl: data.meetingUrl ?? null,
    },
  });
}

/**
 * The same Riga wall-clock time on the same weekday for N weeks. Each date is
 * converted on its own (not "start + 7 × 24 h"), so 10:00 stays 10:00 after
 * the clocks change. A time that does not exist on a date is skipped and reported.
 */
export async function createWeeklySeries(actor: Actor, input: unknown): Promise<{ seriesId: string; created: number; skipped: string[] }> {
  assertCanManage(actor);
  const data = ZSeriesInput.parse(input);
  await checkFormat(data.format);
  const consultantId = consultantOf(actor, data.consultantId);
  const seriesId = crypto.randomUUID();
  const skipped: string[] = [];
  const rows = [];
  for (let week = 0; week < data.weeks; week++) {
    const date = addDays(data.date, week * 7);
    const startsAt = rigaToUtc(date, data.time);
    if (!startsAt) {
      skipped.push(date);
      continue;
    }
    rows.push({ consultantId, startsAt, durationMin: data.durationMin, format: data.format, location: data.location ?? null, meetingUrl: data.meetingUrl ?? null, seriesId });
  }
  // an existing slot at the same time (unique consultant+start) is kept as it is
  const { count } = await db.consultationSlot.createMany({ data: rows, skipDuplicates: true });
  return { seriesId, created: count, skipped };
}

/**
 * Blocks every open slot of a Riga calendar day; booked slots stay as they are
 * for staff to handle. A consultant blocks their own slots; an admin may name
 * a consultant or, leaving it out, block the day for everyone (a holiday).
 */
export async function blockDay(actor: Actor, input: unknown): Promise<{ blocked: number; keptBooked: number }> {
  assertCanManage(actor);
  const data = ZBlockDayInput.parse(input);
  const { start, end } = rigaDayRange(data.date);
  const consultantId = data.consultantId ? consultantOf(actor, data.consultantId) : actor.role === "ADMIN" ? null : actor.id;
  const where = { startsAt: { gte: start, lt: end }, ...(consultantId ? { consultantId } : {}) };
  return db.$transaction(async (tx) => {
    // the same row locks bookings take: a booking racing this either lands
    // first (and its slot stays open) or sees the slot blocked
    await tx.$queryRaw`SELECT "id" FROM "ConsultationSlot"
      WHERE "startsAt" >= ${start} AND "startsAt" < ${end} AND (${consultantId}::text IS NULL OR "consultantId" = ${consultantId})
      ORDER BY "id" FOR UPDATE`;
    const { count } = await tx.consultationSlot.updateMany({ where: { ...where, status: "OPEN", request: { is: null } }, data: { status: "BLOCKED" } });
    const keptBooked = await tx.consultationSlot.count({ where: { ...where, request: { isNot: null } } });
    return { blocked: count, keptBooked };
  });
}
