// submitRequest: the public form's one entry point. Spam checks, then ONE
// transaction that stores the request, books the chosen slot and queues the
// mails, so either all of it happens or none of it does.
import "server-only";
import { db } from "@/lib/db";
import { getBoss } from "@/lib/jobs/boss";
import { enqueueMail } from "@/lib/jobs/mail";
import { confirmationMail, staffNotificationMail, type MailRequest } from "./mails";
import { consultantRecipients } from "./recipients";
import { nextReference } from "./reference";
import { toRiga } from "@/lib/time/riga";
import { CONTACT_ME, toFieldErrors, ZConsultationRequestInput, type FieldErrors } from "./schema";
import { alternativesFor, isSlotConflict, lockSlotForBooking, type SlotProblem, type SlotSummary } from "./slots";
import { checkFormTiming, checkRateLimit } from "@/lib/forms/spam";
import { signToken, TOKEN_PURPOSE } from "@/lib/security/signed-token";
import { TX_OPTIONS } from "@/lib/db";
import { checkVocabulary } from "./vocabulary";

export type SubmitResult =
  | { ok: true; requestId: string; reference: string; token: string; slot: SlotSummary | null }
  | { ok: false; code: "invalid"; fieldErrors: FieldErrors }
  | { ok: false; code: "spam" | "tooFast" }
  | { ok: false; code: "rateLimited"; retryAfterSeconds: number }
  | { ok: false; code: "slotTaken" | "slotUnavailable"; reason: SlotProblem; alternatives: SlotSummary[] };

class SlotRefused extends Error {
  constructor(readonly problem: SlotProblem) {
    super(`slot refused: ${problem}`);
  }
}

export async function submitRequest(input: unknown, context: { ip: string | null; now?: Date }): Promise<SubmitResult> {
  const parsed = ZConsultationRequestInput.safeParse(input);
  if (!parsed.success) return { ok: false, code: "invalid", fieldErrors: toFieldErrors(parsed.error) };
  const data = parsed.data;
  const now = context.now ?? new Date();

  const timing = checkFormTiming(data.website, data.renderedAt, now.getTime());
  if (!timing.ok) return timing;
  const limited = await checkRateLimit("consultation", data.email, context.ip);
  if (!limited.ok) return limited;
  const vocabularyErrors = await checkVocabulary(data);
  if (vocabularyErrors) return { ok: false, code: "invalid", fieldErrors: vocabularyErrors };

  const slotId = data.slotId === CONTACT_ME ? null : data.slotId;
  // the queue must exist before a job can be inserted inside the transaction
  await getBoss();
  try {
    const created = await db.$transaction(async (tx) => {
      let slot: SlotSummary | null = null;
      let consultantId: string | null = null;
      if (slotId) {
        const locked = await lockSlotForBooking(tx, slotId, now);
        if ("problem" in locked) throw new SlotRefused(locked.problem);
        slot = locked.slot;
        consultantId = locked.consultantId;
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
      return { request, token, slot };
    }, TX_OPTIONS);
    return {
      ok: true,
      requestId: created.request.id,
      reference: created.request.reference,
      token: created.token,
      slot: created.slot,
    };
  } catch (error) {
    if (error instanceof SlotRefused || isSlotConflict(error)) {
      const problem = error instanceof SlotRefused ? error.problem : "taken";
      return {
        ok: false,
        code: problem === "taken" ? "slotTaken" : "slotUnavailable",
        reason: problem,
        alternatives: await alternativesFor(slotId, data.format, now),
      };
    }
    throw error;
  }
}
