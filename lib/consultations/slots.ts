// Booking rules for consultants' published slots: what may be booked, the
// row lock that makes "exactly one booking per slot" hold under concurrency,
// and the next free slots offered when a choice fails.
import "server-only";
import { db } from "@/lib/db";
import type { Tx } from "@/lib/db";
import { refuse } from "@/lib/write-result";

/** Slots less than this far ahead cannot be booked: consultants need time to prepare. */
const BOOKING_LEAD_HOURS = 24;

export type SlotSummary = {
  id: string;
  startsAt: Date;
  durationMin: number;
  format: string;
  location: string | null;
  meetingUrl: string | null;
};

type SlotProblem = "notFound" | "blocked" | "tooSoon" | "taken";

const earliestBookable = (now: Date) => new Date(now.getTime() + BOOKING_LEAD_HOURS * 3600_000);

const summarySelect = {
  id: true,
  startsAt: true,
  durationMin: true,
  format: true,
  location: true,
  meetingUrl: true,
} as const;

/** Open, far enough ahead, not booked: what the public slot picker lists. */
export async function listBookableSlots(
  options: { now?: Date; format?: string; limit?: number; excludeId?: string } = {},
): Promise<SlotSummary[]> {
  const now = options.now ?? new Date();
  return db.consultationSlot.findMany({
    where: {
      status: "OPEN",
      startsAt: { gte: earliestBookable(now) },
      request: { is: null },
      ...(options.format ? { format: options.format } : {}),
      ...(options.excludeId ? { id: { not: options.excludeId } } : {}),
    },
    orderBy: { startsAt: "asc" },
    take: Math.min(options.limit ?? 50, 200),
    select: summarySelect,
  });
}

/** Up to five next free slots, same format first, offered when a booking fails. */
async function alternativesFor(slotId: string | null, format: string, now = new Date()): Promise<SlotSummary[]> {
  const exclude = slotId ?? undefined;
  const same = await listBookableSlots({ now, format, limit: 5, excludeId: exclude });
  if (same.length >= 5) return same;
  const any = await listBookableSlots({ now, limit: 5, excludeId: exclude });
  const seen = new Set(same.map((s) => s.id));
  return [...same, ...any.filter((s) => !seen.has(s.id))].slice(0, 5);
}

/** Why a slot could not be booked; the answer offers the next free ones instead. */
export type SlotRefusal = { ok: false; code: "slot"; reason: SlotProblem };

/**
 * Locks the slot row (SELECT … FOR UPDATE) for the rest of the transaction and
 * checks it can be booked, or rolls the transaction back (refuse, inside
 * settle) with why not. Concurrent bookers of one slot queue on the lock;
 * each sees the previous one's committed booking and gets "taken". The unique
 * slotId column stays the last line of defence (SLOT_RACE).
 */
export async function takeSlot(
  tx: Tx,
  slotId: string,
  now = new Date(),
): Promise<{ slot: SlotSummary; consultantId: string }> {
  const refused = (reason: SlotProblem) => refuse({ ok: false, code: "slot", reason } satisfies SlotRefusal);
  const rows = await tx.$queryRaw<{ id: string; status: string; startsAt: Date; consultantId: string }[]>`
    SELECT "id", "status"::text AS "status", "startsAt", "consultantId" FROM "ConsultationSlot" WHERE "id" = ${slotId} FOR UPDATE`;
  const row = rows[0];
  if (!row) return refused("notFound");
  if (row.status !== "OPEN") return refused("blocked");
  if (row.startsAt.getTime() < earliestBookable(now).getTime()) return refused("tooSoon");
  const booked = await tx.consultationRequest.findFirst({ where: { slotId }, select: { id: true } });
  if (booked) return refused("taken");
  const slot = await tx.consultationSlot.findUniqueOrThrow({ where: { id: slotId }, select: summarySelect });
  return { slot, consultantId: row.consultantId };
}

/** settle()'s answer to the unique index on ConsultationRequest.slotId: someone else booked it a moment ago. */
export const SLOT_RACE = { slotId: { ok: false, code: "slot", reason: "taken" } satisfies SlotRefusal } as const;

export type SlotOffer = {
  ok: false;
  code: "slotTaken" | "slotUnavailable";
  reason: SlotProblem;
  alternatives: SlotSummary[];
};

/** A refused slot → the answer to the person: taken or unavailable, with up to five other times. */
export async function offerInstead(
  refusal: SlotRefusal,
  slotId: string | null,
  format: string,
  now: Date,
): Promise<SlotOffer> {
  return {
    ok: false,
    code: refusal.reason === "taken" ? "slotTaken" : "slotUnavailable",
    reason: refusal.reason,
    alternatives: await alternativesFor(slotId, format, now),
  };
}
