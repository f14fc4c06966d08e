// Booking rules for consultants' published slots: what may be booked, the
// row lock that makes "exactly one booking per slot" hold under concurrency,
// and the next free slots offered when a choice fails.
import "server-only";
import { db } from "@/lib/db";
import type { Tx } from "@/lib/db";

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

export type SlotProblem = "notFound" | "blocked" | "tooSoon" | "taken";

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
export async function alternativesFor(slotId: string | null, format: string, now = new Date()): Promise<SlotSummary[]> {
  const exclude = slotId ?? undefined;
  const same = await listBookableSlots({ now, format, limit: 5, excludeId: exclude });
  if (same.length >= 5) return same;
  const any = await listBookableSlots({ now, limit: 5, excludeId: exclude });
  const seen = new Set(same.map((s) => s.id));
  return [...same, ...any.filter((s) => !seen.has(s.id))].slice(0, 5);
}

/**
 * Locks the slot row (SELECT … FOR UPDATE) for the rest of the transaction and
 * checks it can be booked. Concurrent bookers of one slot queue on the lock;
 * each sees the previous one's committed booking and gets "taken". The unique
 * slotId column stays the last line of defence (P2002).
 */
export async function lockSlotForBooking(
  tx: Tx,
  slotId: string,
  now = new Date(),
): Promise<{ slot: SlotSummary; consultantId: string } | { problem: SlotProblem }> {
  const rows = await tx.$queryRaw<{ id: string; status: string; startsAt: Date; consultantId: string }[]>`
    SELECT "id", "status"::text AS "status", "startsAt", "consultantId" FROM "ConsultationSlot" WHERE "id" = ${slotId} FOR UPDATE`;
  const row = rows[0];
  if (!row) return { problem: "notFound" };
  if (row.status !== "OPEN") return { problem: "blocked" };
  if (row.startsAt.getTime() < earliestBookable(now).getTime()) return { problem: "tooSoon" };
  const booked = await tx.consultationRequest.findFirst({ where: { slotId }, select: { id: true } });
  if (booked) return { problem: "taken" };
  const slot = await tx.consultationSlot.findUniqueOrThrow({ where: { id: slotId }, select: summarySelect });
  return { slot, consultantId: row.consultantId };
}

/** Prisma's unique-constraint error on ConsultationRequest.slotId. */
export function isSlotConflict(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const e = error as { code?: unknown; meta?: { target?: unknown; driverAdapterError?: unknown } };
  if (e.code !== "P2002") return false;
  return JSON.stringify(e.meta ?? {}).includes("slotId");
}
