// What the signed link in the confirmation mail allows, without an account:
// see the request, cancel it, or move it to another free slot. Every call
// re-checks the token against the request's current state under a row lock.
import "server-only";
import { db } from "@/lib/db";
import { getBoss } from "@/lib/jobs/boss";
import { enqueueMail } from "@/lib/jobs/mail";
import { cancelledMail, movedMail, staffNotificationMail } from "./mails";
import { consultantRecipients } from "./recipients";
import { ZSelfServiceToken, ZSlotId } from "./schema";
import { alternativesFor, isSlotConflict, lockSlotForBooking, type SlotProblem, type SlotSummary } from "./slots";
import { signToken, TOKEN_PURPOSE, verifyToken } from "@/lib/security/signed-token";
import { TX_OPTIONS, type Tx } from "@/lib/db";
import { CLOSED_STATUSES } from "./statuses";

export type RequestView = {
  reference: string;
  status: string;
  createdAt: Date;
  topics: string[];
  stage: string | null;
  theme: string | null;
  format: string;
  language: string;
  description: string;
  slot: SlotSummary | null;
};

type Invalid = { ok: false; code: "invalidToken" };
export type CancelResult = { ok: true } | Invalid;
export type MoveResult =
  | { ok: true; slot: SlotSummary; token: string }
  | Invalid
  | { ok: false; code: "slotTaken" | "slotUnavailable"; reason: SlotProblem; alternatives: SlotSummary[] };

const slotSelect = {
  id: true,
  startsAt: true,
  durationMin: true,
  format: true,
  location: true,
  meetingUrl: true,
  consultantId: true,
} as const;
const requestSelect = {
  id: true,
  reference: true,
  status: true,
  createdAt: true,
  name: true,
  email: true,
  locale: true,
  topics: true,
  stage: true,
  theme: true,
  format: true,
  language: true,
  description: true,
  tokenVersion: true,
  closedAt: true,
  anonymisedAt: true,
  slot: { select: slotSelect },
} as const;

/** The request the token names, if the token is still good; with `lock`, row-locked for the transaction. */
async function resolve(client: Tx | typeof db, token: unknown, lock: boolean) {
  const parsed = ZSelfServiceToken.safeParse(token);
  if (!parsed.success) return null;
  const claims = verifyToken(TOKEN_PURPOSE.consultation, parsed.data);
  if (!claims) return null;
  if (lock) await client.$queryRaw`SELECT 1 FROM "ConsultationRequest" WHERE "id" = ${claims.id} FOR UPDATE`;
  const request = await client.consultationRequest.findUnique({
    where: { id: claims.id },
    select: requestSelect,
  });
  if (!request || request.tokenVersion !== claims.version) return null;
  if (request.closedAt || request.anonymisedAt || (CLOSED_STATUSES as readonly string[]).includes(request.status))
    return null;
  return request;
}

const summary = (s: {
  id: string;
  startsAt: Date;
  durationMin: number;
  format: string;
  location: string | null;
  meetingUrl: string | null;
}): SlotSummary => ({
  id: s.id,
  startsAt: s.startsAt,
  durationMin: s.durationMin,
  format: s.format,
  location: s.location,
  meetingUrl: s.meetingUrl,
});

// Strictly increasing per change of the booking, so calendars apply updates in order.
const nextSequence = (tx: Tx, requestId: string) =>
  tx.consultationEvent.count({ where: { requestId, kind: { in: ["moved", "cancelled"] } } }).then((n) => n + 1);

export async function viewRequest(token: unknown): Promise<RequestView | null> {
  const r = await resolve(db, token, false);
  if (!r) return null;
  return {
    reference: r.reference,
    status: r.status,
    createdAt: r.createdAt,
    topics: r.topics,
    stage: r.stage,
    theme: r.theme,
    format: r.format,
    language: r.language,
    description: r.description,
    slot: r.slot ? summary(r.slot) : null,
  };
}

export async function cancelRequest(token: unknown, now = new Date()): Promise<CancelResult> {
  await getBoss();
  return db.$transaction(async (tx): Promise<CancelResult> => {
    const r = await resolve(tx, token, true);
    if (!r) return { ok: false, code: "invalidToken" };
    // freeing slotId frees the slot for others; bumping the version kills the link
    await tx.consultationRequest.update({
      where: { id: r.id },
      data: { status: "CANCELLED", closedAt: now, slotId: null, tokenVersion: { increment: 1 } },
    });
    await tx.consultationEvent.create({
      data: {
        requestId: r.id,
        kind: "cancelled",
        fromStatus: r.status,
        toStatus: "CANCELLED",
        internal: false,
        data: r.slot ? { slotId: r.slot.id } : undefined,
        createdAt: now,
      },
    });
    const slot = r.slot ? summary(r.slot) : null;
    await enqueueMail(cancelledMail(r, slot, await nextSequence(tx, r.id)), { tx });
    const staff = staffNotificationMail(
      r,
      slot,
      await consultantRecipients(tx, r.slot?.consultantId ?? null),
      "cancelled",
    );
    if (staff) await enqueueMail(staff, { tx });
    return { ok: true };
  }, TX_OPTIONS);
}

export async function moveRequest(token: unknown, newSlotId: unknown, now = new Date()): Promise<MoveResult> {
  const slotId = ZSlotId.safeParse(newSlotId);
  if (!slotId.success)
    return {
      ok: false,
      code: "slotUnavailable",
      reason: "notFound",
      alternatives: await alternativesFor(null, "online", now),
    };
  await getBoss();
  let format = "online";
  try {
    return await db.$transaction(async (tx): Promise<MoveResult> => {
      const r = await resolve(tx, token, true);
      if (!r) return { ok: false, code: "invalidToken" };
      format = r.format;
      if (r.slot?.id === slotId.data)
        return {
          ok: true,
          slot: summary(r.slot),
          token: signToken(TOKEN_PURPOSE.consultation, { id: r.id, version: r.tokenVersion }),
        };
      const locked = await lockSlotForBooking(tx, slotId.data, now);
      if ("problem" in locked) throw new MoveRefused(locked.problem);
      await tx.consultationRequest.update({ where: { id: r.id }, data: { slotId: locked.slot.id } });
      await tx.consultationEvent.create({
        data: {
          requestId: r.id,
          kind: "moved",
          internal: false,
          data: { from: r.slot?.id ?? null, to: locked.slot.id, startsAt: locked.slot.startsAt.toISOString() },
          createdAt: now,
        },
      });
      const link = signToken(TOKEN_PURPOSE.consultation, { id: r.id, version: r.tokenVersion });
      await enqueueMail(movedMail(r, locked.slot, link, await nextSequence(tx, r.id)), { tx });
      const staff = staffNotificationMail(r, locked.slot, await consultantRecipients(tx, locked.consultantId), "moved");
      if (staff) await enqueueMail(staff, { tx });
      return { ok: true, slot: locked.slot, token: link };
    }, TX_OPTIONS);
  } catch (error) {
    if (!(error instanceof MoveRefused) && !isSlotConflict(error)) throw error;
    const reason = error instanceof MoveRefused ? error.problem : "taken";
    return {
      ok: false,
      code: reason === "taken" ? "slotTaken" : "slotUnavailable",
      reason,
      alternatives: await alternativesFor(slotId.data, format, now),
    };
  }
}

class MoveRefused extends Error {
  constructor(readonly problem: SlotProblem) {
    super(`slot refused: ${problem}`);
  }
}
