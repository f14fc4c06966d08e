// Staff publish their availability: one-off slots, weekly series and blocked
// days. Times are entered as Riga wall-clock time and stored as UTC; a weekly
// series keeps its wall-clock time across DST changes.
//
// Authorization: the staff actions call requirePermission first; the actor is
// checked again here (staff-guard.ts) so scripts cannot skip it. Each write
// commits with its audit entry.
import "server-only";
import crypto from "node:crypto";
import { z } from "zod";
import { writeAudit } from "@/lib/audit/write";
import { db } from "@/lib/db";
import { addDays, rigaDayRange, rigaToUtc } from "@/lib/time/riga";
import { assertCanManage, ForbiddenError, type Actor } from "./staff-guard";
import type { Tx } from "@/lib/db";

export type { Actor };

const emptyToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);
const ZLocalDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: "inbox.errors.dateInvalid" });
const ZLocalTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: "inbox.errors.timeInvalid" });

export const ZSlotInput = z.object({
  /** Defaults to the actor; an admin may publish for a colleague. */
  consultantId: z.string().min(1).max(64).optional(),
  date: ZLocalDate,
  time: ZLocalTime,
  durationMin: z.coerce
    .number({ error: "inbox.errors.durationInvalid" })
    .int({ error: "inbox.errors.durationInvalid" })
    .min(15, { error: "inbox.errors.durationInvalid" })
    .max(240, { error: "inbox.errors.durationInvalid" }),
  format: z
    .string({ error: "inbox.errors.formatRequired" })
    .regex(/^[a-z0-9-]{1,63}$/, { error: "inbox.errors.formatRequired" }),
  location: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .trim()
      .max(300, { error: "inbox.errors.locationInvalid" })
      .regex(/^[^\r\n]*$/, { error: "inbox.errors.locationInvalid" })
      .optional(),
  ),
  meetingUrl: z.preprocess(
    emptyToUndefined,
    z
      .url({ protocol: /^https?$/, error: "inbox.errors.meetingUrlInvalid" })
      .max(500, { error: "inbox.errors.meetingUrlInvalid" })
      .optional(),
  ),
});
const ZSeriesInput = ZSlotInput.extend({ weeks: z.coerce.number().int().min(1).max(52) });
export const ZBlockDayInput = z.object({ date: ZLocalDate, consultantId: z.string().min(1).max(64).optional() });

/** A refused slot input, with the field it belongs to (an i18n key under inbox.errors). */
export class SlotInputError extends Error {
  constructor(
    readonly field: string,
    readonly key: string,
    detail: string,
  ) {
    super(detail);
  }
}

async function checkFormat(format: string): Promise<void> {
  const term = await db.term.findUnique({
    where: { vocabulary_key: { vocabulary: "CONSULTATION_FORMAT", key: format } },
    select: { active: true },
  });
  if (!term?.active)
    throw new SlotInputError("format", "inbox.errors.formatRequired", `unknown consultation format ${format}`);
}

function consultantOf(actor: Actor, requested: string | undefined): string {
  // only admins publish for someone else
  if (requested && requested !== actor.id && actor.role !== "ADMIN") throw new ForbiddenError();
  return requested ?? actor.id;
}

async function checkConsultant(tx: Tx, id: string): Promise<void> {
  const user = await tx.user.findFirst({
    where: { id, active: true, role: { in: ["CONSULTANT", "ADMIN"] } },
    select: { id: true },
  });
  if (!user) throw new SlotInputError("consultantId", "inbox.errors.assigneeInvalid", `no active consultant ${id}`);
}

const auditSlot = (
  actor: Actor,
  action: "create" | "update" | "delete",
  entityId: string | null,
  changes: Record<string, unknown>,
  tx: Tx,
) =>
  writeAudit(
    {
      action,
      entityType: "ConsultationSlot",
      entityId,
      actorId: actor.id,
      actorEmail: actor.email ?? null,
      changes: changes as never,
    },
    tx,
  );

export async function createSlot(actor: Actor, input: unknown) {
  assertCanManage(actor);
  const data = ZSlotInput.parse(input);
  await checkFormat(data.format);
  const startsAt = rigaToUtc(data.date, data.time);
  if (!startsAt)
    throw new SlotInputError(
      "time",
      "inbox.errors.timeSkipped",
      `${data.date} ${data.time} does not exist in Riga (clocks go forward)`,
    );
  const consultantId = consultantOf(actor, data.consultantId);
  return db.$transaction(async (tx) => {
    await checkConsultant(tx, consultantId);
    const slot = await tx.consultationSlot.create({
      data: {
        consultantId,
        startsAt,
        durationMin: data.durationMin,
        format: data.format,
        location: data.location ?? null,
        meetingUrl: data.meetingUrl ?? null,
      },
    });
    await auditSlot(
      actor,
      "create",
      slot.id,
      {
        consultantId: [null, consultantId],
        startsAt: [null, startsAt.toISOString()],
        durationMin: [null, data.durationMin],
        format: [null, data.format],
      },
      tx,
    );
    return slot;
  });
}

/**
 * The same Riga wall-clock time on the same weekday for N weeks. Each date is
 * converted on its own (not "start + 7 × 24 h"), so 10:00 stays 10:00 after
 * the clocks change. A time that does not exist on a date is skipped and reported.
 */
export async function createWeeklySeries(
  actor: Actor,
  input: unknown,
): Promise<{ seriesId: string; created: number; skipped: string[] }> {
  assertCanManage(actor);
  const data = ZSeriesInput.parse(input);
  await checkFormat(data.format);
  const consultantId = consultantOf(actor, data.consultantId);
  const seriesId = crypto.randomUUID();
  const skipped: string[] = [];
  const rows: {
    consultantId: string;
    startsAt: Date;
    durationMin: number;
    format: string;
    location: string | null;
    meetingUrl: string | null;
    seriesId: string;
  }[] = [];
  for (let week = 0; week < data.weeks; week++) {
    const date = addDays(data.date, week * 7);
    const startsAt = rigaToUtc(date, data.time);
    if (!startsAt) {
      skipped.push(date);
      continue;
    }
    rows.push({
      consultantId,
      startsAt,
      durationMin: data.durationMin,
      format: data.format,
      location: data.location ?? null,
      meetingUrl: data.meetingUrl ?? null,
      seriesId,
    });
  }
  return db.$transaction(async (tx) => {
    await checkConsultant(tx, consultantId);
    // an existing slot at the same time (unique consultant+start) is kept as it is
    const { count } = await tx.consultationSlot.createMany({ data: rows, skipDuplicates: true });
    await auditSlot(
      actor,
      "create",
      null,
      {
        seriesId: [null, seriesId],
        consultantId: [null, consultantId],
        from: [null, data.date],
        time: [null, data.time],
        weeks: [null, data.weeks],
        created: [null, count],
      },
      tx,
    );
    return { seriesId, created: count, skipped };
  });
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
  const consultantId = data.consultantId
    ? consultantOf(actor, data.consultantId)
    : actor.role === "ADMIN"
      ? null
      : actor.id;
  const where = { startsAt: { gte: start, lt: end }, ...(consultantId ? { consultantId } : {}) };
  return db.$transaction(async (tx) => {
    // the same row locks bookings take: a booking racing this either lands
    // first (and its slot stays open) or sees the slot blocked
    await tx.$queryRaw`SELECT "id" FROM "ConsultationSlot"
      WHERE "startsAt" >= ${start} AND "startsAt" < ${end} AND (${consultantId}::text IS NULL OR "consultantId" = ${consultantId})
      ORDER BY "id" FOR UPDATE`;
    const { count } = await tx.consultationSlot.updateMany({
      where: { ...where, status: "OPEN", request: { is: null } },
      data: { status: "BLOCKED" },
    });
    const keptBooked = await tx.consultationSlot.count({ where: { ...where, request: { isNot: null } } });
    await auditSlot(
      actor,
      "update",
      null,
      { blockedDay: [null, data.date], consultantId: [null, consultantId ?? "all"], blocked: [null, count] },
      tx,
    );
    return { blocked: count, keptBooked };
  });
}

export const ZSlotRef = z.object({
  slotId: z
    .string({ error: "inbox.errors.slotNotFound" })
    .trim()
    .regex(/^[a-z0-9-]{1,64}$/i, { error: "inbox.errors.slotNotFound" }),
});

/**
 * Deletes a slot nobody booked (open or blocked). A booked slot is never
 * deleted here: the request must be cancelled or moved first, so nobody loses
 * an appointment without being told. Consultants delete only their own.
 */
export async function deleteFreeSlot(actor: Actor, input: unknown): Promise<{ deleted: boolean }> {
  assertCanManage(actor);
  const { slotId } = ZSlotRef.parse(input);
  return db.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ consultantId: string; startsAt: Date }[]>`
      SELECT "consultantId", "startsAt" FROM "ConsultationSlot" WHERE "id" = ${slotId} FOR UPDATE`;
    const slot = rows[0];
    if (!slot) throw new SlotInputError("slotId", "inbox.errors.slotNotFound", "no such slot");
    if (slot.consultantId !== actor.id && actor.role !== "ADMIN") throw new ForbiddenError();
    if (await tx.consultationRequest.findFirst({ where: { slotId }, select: { id: true } })) {
      throw new SlotInputError("slotId", "inbox.errors.slotBooked", "the slot is booked");
    }
    await tx.consultationSlot.delete({ where: { id: slotId } });
    await auditSlot(
      actor,
      "delete",
      slotId,
      { consultantId: [slot.consultantId, null], startsAt: [slot.startsAt.toISOString(), null] },
      tx,
    );
    return { deleted: true };
  });
}
