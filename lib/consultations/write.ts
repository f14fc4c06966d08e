// submitRequest: the public form's one entry point. Spam checks, then ONE
// transaction that stores the request, books the chosen slot and queues the
// mails, so either all of it happens or none of it does.
import "server-only";
import { toFieldErrors } from "@/lib/forms/field-errors";
import { db } from "@/lib/db";
import { getBoss } from "@/lib/jobs/boss";
import { enqueueMail } from "@/lib/jobs/mail";
import { confirmationMail, staffNotificationMail, type MailRequest } from "./mails";
import { consultantRecipients } from "./recipients";
import { nextReference } from "./reference";
import { toRiga } from "@/lib/time/riga";
import { CONTACT_ME, ZConsultationRequestInput } from "./schema";
import { offerInstead, SLOT_RACE, takeSlot, type SlotOffer, type SlotRefusal, type SlotSummary } from "./slots";
import { checkFormTiming, checkRateLimit } from "@/lib/forms/spam";
import { signToken, TOKEN_PURPOSE } from "@/lib/security/signed-token";
import { TX_OPTIONS } from "@/lib/db";
import { checkVocabulary } from "./vocabulary";
import { invalid, settle, type Invalid, type WriteResult } from "@/lib/write-result";

export type SubmitResult = WriteResult<
  { requestId: string; reference: string; token: string; slot: SlotSummary | null },
  | Invalid
  | { ok: false; code: "spam" | "tooFast" | "expired" }
  | { ok: false; code: "rateLimited"; retryAfterSeconds: number }
  | SlotOffer
>;

export async function submitRequest(input: unknown, context: { ip: string | null; now?: Date }): Promise<SubmitResult> {
  const parsed = ZConsultationRequestInput.safeParse(input);
  if (!parsed.success) return invalid(toFieldErrors(parsed.error));
  const data = parsed.data;
  const now = context.now ?? new Date();

  const timing = checkFormTiming(data.website, data.formToken, "consultation", now.getTime());
  if (!timing.ok) return timing;
  const limited = await checkRateLimit("consultation", data.email, context.ip);
  if (!limited.ok) return limited;
  const vocabularyErrors = await checkVocabulary(data);
  if (vocabularyErrors) return invalid(vocabularyErrors);

  const slotId = data.slotId === CONTACT_ME ? null : data.slotId;
  // the queue must exist before a job can be inserted inside the transaction
  await getBoss();
  type Created = { ok: true; request: { id: string; reference: string }; token: string; slot: SlotSummary | null };
  const created = await settle<Created | SlotRefusal>(
    () =>
      db.$transaction(async (tx) => {
        let slot: SlotSummary | null = null;
        let consultantId: string | null = null;
        if (slotId) {
          const taken = await takeSlot(tx, slotId, now);
          slot = taken.slot;
          consultantId = taken.consultantId;
        }
        // after the slot lock, so a refused booking never holds the counter
        const reference = await nextReference(tx, toRiga(now).year);
        const request = await tx.consultationRequest.create({
          data: {
            reference,
            name: data.name,
            email: data.email,
            phone: data.phone ?? null,
            organisationName: data.organisationName ?? null,
            organisationType: data.organisationType ?? null,
            topics: data.topics,
            stage: data.stage ?? null,
            theme: data.theme ?? null,
            region: data.region ?? null,
            description: data.description,
            format: data.format,
            language: data.language,
            locale: data.locale,
            slotId,
            newsletterConsent: data.newsletterConsent,
            createdAt: now,
            events: {
              create: [
                { kind: "created", toStatus: "NEW", internal: false, createdAt: now },
                ...(slot
                  ? [
                      {
                        kind: "booked",
                        internal: false,
                        data: { slotId: slot.id, startsAt: slot.startsAt.toISOString() },
                        createdAt: now,
                      },
                    ]
                  : []),
              ],
            },
          },
          select: {
            id: true,
            reference: true,
            name: true,
            email: true,
            locale: true,
            topics: true,
            format: true,
            tokenVersion: true,
          },
        });
        const token = signToken(TOKEN_PURPOSE.consultation, { id: request.id, version: request.tokenVersion });
        const mailRequest: MailRequest = request;
        await enqueueMail(confirmationMail(mailRequest, slot, token), { tx });
        const staffMail = staffNotificationMail(mailRequest, slot, await consultantRecipients(tx, consultantId), "new");
        if (staffMail) await enqueueMail(staffMail, { tx });
        return { ok: true as const, request, token, slot };
      }, TX_OPTIONS),
    SLOT_RACE,
  );
  if (!created.ok) return offerInstead(created, slotId, data.format, now);
  return {
    ok: true,
    requestId: created.request.id,
    reference: created.request.reference,
    token: created.token,
    slot: created.slot,
  };
}
