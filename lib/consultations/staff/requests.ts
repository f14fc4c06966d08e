// Staff writes on one consultation request: status, assignment, notes, reply
// by e-mail and referral. Each is one transaction holding the request's row
// lock, the change, its ConsultationEvent, the audit entry and any mail job,
// so the history, the audit log and the mails never disagree with the data.
//
// Callers authorize first (staff/actions.ts: requirePermission); the actor is
// checked again here so these functions are safe to call from scripts too.
import "server-only";
import { ZodError } from "zod";
import { writeAudit } from "@/lib/audit/write";
import { db } from "@/lib/db";
import type { ConsultationStatus } from "@/generated/prisma/enums";
import { getBoss } from "@/lib/jobs/boss";
import { enqueueMail } from "@/lib/jobs/mail";
import type { MailMessage } from "@/lib/mail/message";
import { cancelledMail } from "../mails";
import { assertCanManage, type Actor } from "../staff-guard";
import { TX_OPTIONS, type Tx } from "@/lib/db";
import { referralPartnerMail, referralRequesterMail, replyMail } from "./mails";
import {
  formError,
  toFieldErrors,
  ZAssignment,
  ZNote,
  ZReferral,
  ZReply,
  ZStatusChange,
  type FieldErrors,
} from "./schema";
import { canTransition, isClosed } from "./transitions";

export type StaffActor = Actor & { email?: string | null };
export type StaffResult = { ok: true } | { ok: false; fieldErrors: FieldErrors };

/** Expected refusals inside a transaction: rolled back, then reported as a field error. */
class Refused extends Error {
  constructor(readonly fieldErrors: FieldErrors) {
    super("refused");
  }
}

const requestSelect = {
  id: true,
  reference: true,
  status: true,
  name: true,
  email: true,
  locale: true,
  assigneeId: true,
  anonymisedAt: true,
  topics: true,
  format: true,
  slot: { select: { id: true, startsAt: true, durationMin: true, format: true, location: true, meetingUrl: true } },
} as const;

async function lockRequest(tx: Tx, id: string) {
  await tx.$queryRaw`SELECT 1 FROM "ConsultationRequest" WHERE "id" = ${id} FOR UPDATE`;
  const request = await tx.consultationRequest.findUnique({ where: { id }, select: requestSelect });
  if (!request) throw new Refused(formError("notFound"));
  return request;
}

const audit = (actor: StaffActor, entityId: string, changes: Record<string, unknown>, tx: Tx) =>
  writeAudit(
    {
      action: "update",
      entityType: "ConsultationRequest",
      entityId,
      actorId: actor.id,
      actorEmail: actor.email ?? null,
      changes: changes as never,
    },
    tx,
  );

/** A mail the mail layer refuses (e.g. a stored partner address that is not one) rolls the whole write back. */
async function queue(tx: Tx, message: MailMessage): Promise<void> {
  try {
    await enqueueMail(message, { tx });
  } catch (error) {
    if (error instanceof ZodError) throw new Refused(formError("mailRefused"));
    throw error;
  }
}

async function run(work: (tx: Tx) => Promise<void>, withMail: boolean): Promise<StaffResult> {
  // the mail queue must exist before a job can be inserted inside the transaction
  if (withMail) await getBoss();
  try {
    await db.$transaction(work, TX_OPTIONS);
    return { ok: true };
  } catch (error) {
    if (error instanceof Refused) return { ok: false, fieldErrors: error.fieldErrors };
    throw error;
  }
}

/** Moves a request along its life cycle; refused when the table in transitions.ts does not allow it. */
export async function changeStatus(actor: StaffActor, input: unknown, now = new Date()): Promise<StaffResult> {
  assertCanManage(actor);
  const parsed = ZStatusChange.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: toFieldErrors(parsed.error) };
  const { requestId, status, comment } = parsed.data;
  if (status === "REFERRED") return { ok: false, fieldErrors: { status: ["inbox.errors.referViaForm"] } };
  return run(async (tx) => {
    const r = await lockRequest(tx, requestId);
    if (r.anonymisedAt) throw new Refused(formError("anonymised"));
    if (!canTransition(r.status, status)) throw new Refused({ status: ["inbox.errors.transitionNotAllowed"] });
    const cancelling = status === "CANCELLED";
    await tx.consultationRequest.update({
      where: { id: r.id },
      data: {
        status,
        closedAt: isClosed(status) ? now : null,
        // a cancelled request gives its slot back and its self-service link dies
        ...(cancelling ? { slotId: null, tokenVersion: { increment: 1 } } : {}),
      },
    });
    await tx.consultationEvent.create({
      data: {
        requestId: r.id,
        kind: "status",
        fromStatus: r.status,
        toStatus: status,
        internal: false,
        authorId: actor.id,
        createdAt: now,
        data: comment ? { comment } : undefined,
      },
    });
    await audit(
      actor,
      r.id,
      { status: [r.status, status], ...(cancelling && r.slot ? { slotId: [r.slot.id, null] } : {}) },
      tx,
    );
    if (cancelling) {
      // the calendar entry's SEQUENCE, counted like self-service.ts does
      const sequence =
        1 + (await tx.consultationEvent.count({ where: { requestId: r.id, kind: { in: ["moved", "cancelled"] } } }));
      await queue(tx, cancelledMail(r, r.slot, sequence));
    }
  }, status === "CANCELLED");
}

/** Assigns the request to a consultant (or to nobody). Only active consultants and admins can hold requests. */
export async function assignRequest(actor: StaffActor, input: unknown, now = new Date()): Promise<StaffResult> {
  assertCanManage(actor);
  const parsed = ZAssignment.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: toFieldErrors(parsed.error) };
  const { requestId, assigneeId = null } = parsed.data;
  return run(async (tx) => {
    const r = await lockRequest(tx, requestId);
    if (assigneeId) {
      const user = await tx.user.findFirst({
        where: { id: assigneeId, active: true, role: { in: ["CONSULTANT", "ADMIN"] } },
        select: { id: true },
      });
      if (!user) throw new Refused({ assigneeId: ["inbox.errors.assigneeInvalid"] });
    }
    if (r.assigneeId === assigneeId) return;
    await tx.consultationRequest.update({ where: { id: r.id }, data: { assigneeId } });
    await tx.consultationEvent.create({
      data: {
        requestId: r.id,
        kind: "assigned",
        internal: true,
        authorId: actor.id,
        createdAt: now,
        data: { from: r.assigneeId, to: assigneeId },
      },
    });
    await audit(actor, r.id, { assigneeId: [r.assigneeId, assigneeId] }, tx);
  }, false);
}

/** An internal note: stored as an internal event, never shown to or mailed to the requester. */
export async function addNote(actor: StaffActor, input: unknown, now = new Date()): Promise<StaffResult> {
  assertCanManage(actor);
  const parsed = ZNote.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: toFieldErrors(parsed.error) };
  return run(async (tx) => {
    const r = await lockRequest(tx, parsed.data.requestId);
    if (r.anonymisedAt) throw new Refused(formError("anonymised"));
    const event = await tx.consultationEvent.create({
      data: {
        requestId: r.id,
        kind: "note",
        internal: true,
        body: parsed.data.body,
        authorId: actor.id,
        createdAt: now,
      },
      select: { id: true },
    });
    // the note's text stays in the event (anonymisation clears it); the audit log only records that one was added
    await audit(actor, r.id, { note: [null, event.id] }, tx);
  }, false);
}

/** Reply by e-mail: queued through the mail job in the same transaction as its history entry. */
export async function replyToRequester(actor: StaffActor, input: unknown, now = new Date()): Promise<StaffResult> {
  assertCanManage(actor);
  const parsed = ZReply.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: toFieldErrors(parsed.error) };
  const { requestId, subject, body } = parsed.data;
  return run(async (tx) => {
    const r = await lockRequest(tx, requestId);
    if (r.anonymisedAt) throw new Refused(formError("anonymised"));
    await tx.consultationEvent.create({
      data: {
        requestId: r.id,
        kind: "reply",
        internal: false,
        body,
        data: { subject },
        authorId: actor.id,
        createdAt: now,
      },
    });
    await audit(actor, r.id, { reply: [null, subject] }, tx);
    await queue(tx, replyMail(r, subject, body));
  }, true);
}

/**
 * Refers the request to a partner of the directory: a Referral row, status
 * REFERRED, the events and both mails in one transaction, so a failure in any
 * part (e.g. a partner address the mail layer refuses) leaves nothing behind.
 */
export async function referRequest(actor: StaffActor, input: unknown, now = new Date()): Promise<StaffResult> {
  assertCanManage(actor);
  const parsed = ZReferral.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: toFieldErrors(parsed.error) };
  const { requestId, organisationId, contactId, email, message } = parsed.data;
  return run(async (tx) => {
    const r = await lockRequest(tx, requestId);
    if (r.anonymisedAt) throw new Refused(formError("anonymised"));
    if (!canTransition(r.status, "REFERRED")) throw new Refused(formError("transitionNotAllowed"));
    const organisation = await tx.organisation.findUnique({
      where: { id: organisationId },
      select: { id: true, nameLv: true, nameEn: true, publicEmails: true },
    });
    if (!organisation) throw new Refused({ organisationId: ["inbox.errors.organisationRequired"] });
    // only contacts who agreed to be shown publicly are passed on to requesters
    const contact = contactId
      ? await tx.contact.findFirst({
          where: { id: contactId, organisationId, showPublicly: true },
          select: { id: true, name: true, email: true },
        })
      : null;
    if (contactId && !contact) throw new Refused({ contactId: ["inbox.errors.contactInvalid"] });
    const partnerEmail = email ?? contact?.email ?? organisation.publicEmails[0];
    if (!partnerEmail) throw new Refused({ email: ["inbox.errors.partnerEmailRequired"] });
    const partner = {
      organisation: r.locale === "en" && organisation.nameEn ? organisation.nameEn : organisation.nameLv,
      email: partnerEmail,
      contactName: contact?.name ?? null,
    };

    const referral = await tx.referral.create({
      data: {
        requestId: r.id,
        organisationId,
        contactId: contact?.id ?? null,
        note: message,
        referredById: actor.id,
        emailSentAt: now,
        createdAt: now,
      },
      select: { id: true },
    });
    await tx.consultationRequest.update({ where: { id: r.id }, data: { status: "REFERRED", closedAt: now } });
    await tx.consultationEvent.createMany({
      data: [
        {
          requestId: r.id,
          kind: "referral",
          internal: false,
          body: message,
          authorId: actor.id,
          createdAt: now,
          data: { referralId: referral.id, organisationId, contactId: contact?.id ?? null, email: partnerEmail },
        },
        {
          requestId: r.id,
          kind: "status",
          fromStatus: r.status,
          toStatus: "REFERRED",
          internal: false,
          authorId: actor.id,
          createdAt: now,
        },
      ],
    });
    await audit(
      actor,
      r.id,
      { status: [r.status, "REFERRED" satisfies ConsultationStatus], referral: [null, referral.id] },
      tx,
    );
    await queue(tx, referralRequesterMail(r, partner, message));
    await queue(tx, referralPartnerMail(r, partner, message));
  }, true);
}
