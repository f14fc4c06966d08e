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
import type { Tx } from "@/lib/db";
import { toFieldErrors } from "@/lib/forms/field-errors";
import { plainText } from "@/lib/forms/plain-text";
import { addDays, rigaDayRange, rigaToUtc } from "@/lib/time/riga";
import { invalid, refuse, settle, type Invalid, type WriteResult } from "@/lib/write-result";
import { assertCanManage, type Actor } from "./staff-guard";

export type { Actor };

const emptyToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);
const ZLocalDate = plainText("inbox.errors.controlCharacters").regex(/^\d{4}-\d{2}-\d{2}$/, {
  error: "inbox.errors.dateInvalid",
});
const ZLocalTime = plainText("inbox.errors.controlCharacters").regex(/^([01]\d|2[0-3]):[0-5]\d$/, {
  error: "inbox.errors.timeInvalid",
});

export const ZSlotInput = z.object({
  /** Defaults to the actor; an admin may publish for a colleague. */
  consultantId: plainText("inbox.errors.controlCharacters").min(1).max(64).optional(),
  date: ZLocalDate,
  time: ZLocalTime,
  durationMin: z.coerce
    .number({ error: "inbox.errors.durationInvalid" })
    .int({ error: "inbox.errors.durationInvalid" })
    .min(15, { error: "inbox.errors.durationInvalid" })
    .max(240, { error: "inbox.errors.durationInvalid" }),
  format: plainText("inbox.errors.controlCharacters", { error: "inbox.errors.formatRequired" }).regex(
    /^[a-z0-9-]{1,63}$/,
    { error: "inbox.errors.formatRequired" },
  ),
  location: z.preprocess(
    emptyToUndefined,
    plainText("inbox.errors.controlCharacters")
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
const ZBlockDayInput = z.object({
  date: ZLocalDate,
  consultantId: plainText("inbox.errors.controlCharacters").min(1).max(64).optional(),
});

/** Inside settle(): rolls back and answers with `key` (under inbox.errors) beside `field`. */
function refuseField(field: string, key: string): never {
  return refuse(invalid({ [field]: [`inbox.errors.${key}`] }));
}
/** A consultant touching another's times (only admins may). */
function notYours(): never {
  return refuseField("form", "notYourSlot");
}
/** settle()'s answer to the unique index on (consultant, start): that time is published already. */
const SLOT_EXISTS = { startsAt: ["time", "inbox.errors.slotExists"] } as const;

async function checkFormat(format: string): Promise<void> {
  const term = await db.term.findUnique({
    where: { vocabulary_key: { vocabulary: "CONSULTATION_FORMAT", key: format } },
    select: { active: true },
  });
  if (!term?.active) refuseField("format", "formatRequired");
}

function consultantOf(actor: Actor, requested: string | undefined): string {
  // only admins publish for someone else
  if (requested && requested !== actor.id && actor.role !== "ADMIN") notYours();
  return requested ?? actor.id;
}

async function checkConsultant(tx: Tx, id: string): Promise<void> {
  const user = await tx.user.findFirst({
    where: { id, active: true, role: { in: ["CONSULTANT", "ADMIN"] } },
    select: { id: true },
  });
  if (!user) refuseField("consultantId", "assigneeInvalid");
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

/** Parsed input, or the field errors to show. */
function parse<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const parsed = schema.safeParse(input);
  return parsed.success ? parsed.data : refuse(invalid(toFieldErrors(parsed.error)));
}

export async function createSlot(
  actor: Actor,
  input: unknown,
): Promise<WriteResult<{ id: string; startsAt: Date }, Invalid>> {
  assertCanManage(actor);
  return settle(async () => {
    const data = parse(ZSlotInput, input);
    await checkFormat(data.format);
    // a time that does not exist in Riga (clocks go forward)
    const startsAt = rigaToUtc(data.date, data.time) ?? refuseField("time", "timeSkipped");
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
      return { ok: true as const, id: slot.id, startsAt: slot.startsAt };
    });
  }, SLOT_EXISTS);
}

/**
 * The same Riga wall-clock time on the same weekday for N weeks. Each date is
 * converted on its own (not "start + 7 × 24 h"), so 10:00 stays 10:00 after
 * the clocks change. A time that does not exist on a date is skipped and reported.
 */
export async function createWeeklySeries(
  actor: Actor,
  input: unknown,
): Promise<WriteResult<{ seriesId: string; created: number; skipped: string[] }, Invalid>> {
  assertCanManage(actor);
  return settle(async () => {
    const data = parse(ZSeriesInput, input);
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
      return { ok: true as const, seriesId, created: count, skipped };
    });
  });
}

/**
 * Blocks every open slot of a Riga calendar day; booked slots stay as they are
 * for staff to handle. A consultant blocks their own slots; an admin may name
 * a consultant or, leaving it out, block the day for everyone (a holiday).
 */
export async function blockDay(
  actor: Actor,
  input: unknown,
): Promise<WriteResult<{ blocked: number; keptBooked: number }, Invalid>> {
  assertCanManage(actor);
  return settle(async () => {
    const data = parse(ZBlockDayInput, input);
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
      return { ok: true as const, blocked: count, keptBooked };
    });
  });
}

const ZSlotRef = z.object({
  slotId: plainText("inbox.errors.controlCharacters", { error: "inbox.errors.slotNotFound" })
    .trim()
    .regex(/^[a-z0-9-]{1,64}$/i, { error: "inbox.errors.slotNotFound" }),
});

/**
 * Deletes a slot nobody booked (open or blocked). A booked slot is never
 * deleted here: the request must be cancelled or moved first, so nobody loses
 * an appointment without being told. Consultants delete only their own.
 */
export async function deleteFreeSlot(actor: Actor, input: unknown): Promise<WriteResult<{ id: string }, Invalid>> {
  assertCanManage(actor);
  return settle(async () => {
    const { slotId } = parse(ZSlotRef, input);
    return db.$transaction(async (tx) => {
      const rows = await tx.$queryRaw<{ consultantId: string; startsAt: Date }[]>`
      SELECT "consultantId", "startsAt" FROM "ConsultationSlot" WHERE "id" = ${slotId} FOR UPDATE`;
      const slot = rows[0];
      if (!slot) return refuseField("slotId", "slotNotFound");
      if (slot.consultantId !== actor.id && actor.role !== "ADMIN") notYours();
      if (await tx.consultationRequest.findFirst({ where: { slotId }, select: { id: true } }))
        refuseField("slotId", "slotBooked");
      await tx.consultationSlot.delete({ where: { id: slotId } });
      await auditSlot(
        actor,
        "delete",
        slotId,
        { consultantId: [slot.consultantId, null], startsAt: [slot.startsAt.toISOString(), null] },
        tx,
      );
      return { ok: true as const, id: slotId };
    });
  });
}
