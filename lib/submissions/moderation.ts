// The three moderation steps. Each is ONE transaction: lock the submission
// (only an open one may move), write the innovation through the innovation
// write layer when approving, update the status, write the audit entry and
// queue exactly one mail to the submitter in their language. If any part
// fails, nothing is written and no mail goes out.
// Not a server action file: callers (actions.ts, tests) authorize first.
import "server-only";
import type { SubmissionStatus } from "@/generated/prisma/enums";
import { writeAudit } from "@/lib/audit/write";
import { TX_OPTIONS } from "@/lib/db";
import { db } from "@/lib/db";
import type { FieldErrors } from "@/lib/innovations/schema";
import { createInnovation, setPublication, updateInnovation, type Actor, type Tx } from "@/lib/innovations/write";
import { getBoss } from "@/lib/jobs/boss";
import { enqueueMail } from "@/lib/jobs/mail";
import type { MailMessage } from "@/lib/mail/message";
import { currentInnovationInput } from "./innovation-input";
import { approvedMail, changesRequestedMail, rejectedMail, type MailSubmission } from "./mails";
import { ZModerationMessage } from "./schema";
import { signToken, TOKEN_PURPOSE } from "@/lib/security/signed-token";

export const OPEN_STATUSES = ["PENDING", "CHANGES_REQUESTED"] as const satisfies readonly SubmissionStatus[];

export type ModerationResult =
  | {
      ok: true;
      submissionId: string;
      status: SubmissionStatus;
      innovation?: { id: string; slug: string; published: boolean };
    }
  | { ok: false; code: "invalid"; fieldErrors: FieldErrors }
  | { ok: false; code: "notFound" | "closed" };

/** Rolls the transaction back and answers with a result. */
class Refused extends Error {
  constructor(readonly result: Extract<ModerationResult, { ok: false }>) {
    super(result.code);
  }
}

type Locked = MailSubmission & { status: SubmissionStatus; innovationId: string | null };

/** Locks the row for the rest of the transaction, so two editors cannot both decide. */
async function lockOpen(tx: Tx, id: string): Promise<Locked> {
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "Submission" WHERE "id" = ${id} FOR UPDATE`;
  if (rows.length === 0) throw new Refused({ ok: false, code: "notFound" });
  const row = await tx.submission.findUniqueOrThrow({
    where: { id },
    select: {
      id: true,
      kind: true,
      status: true,
      submitterName: true,
      submitterEmail: true,
      locale: true,
      innovationId: true,
      payload: true,
      innovation: { select: { titleLv: true } },
    },
  });
  if (!(OPEN_STATUSES as readonly string[]).includes(row.status)) throw new Refused({ ok: false, code: "closed" });
  const payload = row.payload as { titleLv?: unknown } | null;
  const title = row.innovation?.titleLv ?? (typeof payload?.titleLv === "string" ? payload.titleLv : "");
  return {
    id: row.id,
    kind: row.kind,
    status: row.status,
    submitterName: row.submitterName,
    submitterEmail: row.submitterEmail,
    locale: row.locale,
    innovationId: row.innovationId,
    title,
  };
}

async function decide(
  id: string,
  actor: Actor,
  to: SubmissionStatus,
  work: (
    tx: Tx,
    submission: Locked,
    reviewedAt: Date,
  ) => Promise<{
    mail: MailMessage;
    reason?: string | null;
    innovationId?: string;
    innovation?: { id: string; slug: string; published: boolean };
  }>,
): Promise<ModerationResult> {
  await getBoss();
  try {
    return await db.$transaction(async (tx) => {
      const submission = await lockOpen(tx, id);
      const reviewedAt = new Date();
      const done = await work(tx, submission, reviewedAt);
      const innovationId = done.innovationId ?? submission.innovationId;
      await tx.submission.update({
        where: { id },
        data: { status: to, reason: done.reason ?? null, innovationId, reviewedById: actor.id, reviewedAt },
        select: { id: true },
      });
      await writeAudit(
        {
          action: "update",
          entityType: "Submission",
          entityId: id,
          actorId: actor.id,
          actorEmail: actor.email ?? null,
          ip: actor.ip ?? null,
          changes: {
            status: [submission.status, to],
            ...(done.reason ? { reason: [null, done.reason] } : {}),
            ...(innovationId !== submission.innovationId
              ? { innovationId: [submission.innovationId, innovationId] }
              : {}),
          },
        },
        tx,
      );
      await enqueueMail(done.mail, { tx });
      return {
        ok: true,
        submissionId: id,
        status: to,
        ...(done.innovation ? { innovation: done.innovation } : {}),
      } as const;
    }, TX_OPTIONS);
  } catch (error) {
    if (error instanceof Refused) return error.result;
    throw error;
  }
}

const messageOrErrors = (field: string, message: unknown): string => {
  const parsed = ZModerationMessage.safeParse(message);
  if (!parsed.success)
    throw new Refused({
      ok: false,
      code: "invalid",
      fieldErrors: { [field]: parsed.error.issues.map((i) => i.message) },
    });
  return parsed.data;
};

/** Ask the submitter for more; the message and a link to revise the submission go to them by e-mail. */
export async function requestChanges(id: string, message: unknown, actor: Actor): Promise<ModerationResult> {
  try {
    const text = messageOrErrors("message", message);
    return await decide(id, actor, "CHANGES_REQUESTED", async (_tx, s, reviewedAt) => ({
      mail: changesRequestedMail(
        s,
        text,
        signToken(TOKEN_PURPOSE.submissionRevise, { id: s.id, version: reviewedAt.getTime() }),
      ),
      reason: text,
    }));
  } catch (error) {
    if (error instanceof Refused) return error.result;
    throw error;
  }
}

/** Reject with a reason (required), which the submitter gets by e-mail. */
export async function rejectSubmission(id: string, reason: unknown, actor: Actor): Promise<ModerationResult> {
  try {
    const text = messageOrErrors("reason", reason);
    return await decide(id, actor, "REJECTED", async (_tx, s) => ({ mail: rejectedMail(s, text), reason: text }));
  } catch (error) {
    if (error instanceof Refused) return error.result;
    throw error;
  }
}

/**
 * Approve. A proposal: `input` is the innovation (ZInnovationInput, as the
 * editor left it in the prefilled form), created from the public submission
 * as a draft or published. A correction: `input` holds the edited fields,
 * applied over the innovation as it is now.
 */
export async function approveSubmission(
  id: string,
  input: Record<string, unknown>,
  publish: boolean,
  actor: Actor,
): Promise<ModerationResult> {
  return decide(id, actor, "APPROVED", async (tx, s) => {
    if (s.kind === "NEW_INNOVATION") {
      const created = await createInnovation(input, actor, {
        tx,
        source: "PUBLIC_SUBMISSION",
        publication: publish ? "PUBLISHED" : "DRAFT",
      });
      if (!created.ok) throw new Refused(created.code === "invalid" ? created : { ok: false, code: "notFound" });
      const innovation = { id: created.id, slug: created.slug, published: publish };
      return { mail: approvedMail(s, innovation), innovationId: created.id, innovation };
    }
    if (!s.innovationId) throw new Refused({ ok: false, code: "notFound" });
    const current = await currentInnovationInput(tx, s.innovationId);
    if (!current) throw new Refused({ ok: false, code: "notFound" });
    const updated = await updateInnovation(s.innovationId, { ...current.input, ...input }, actor, { tx });
    if (!updated.ok) throw new Refused(updated.code === "invalid" ? updated : { ok: false, code: "notFound" });
    let published = current.publication === "PUBLISHED";
    if (publish && !published) {
      await setPublication(s.innovationId, "PUBLISHED", actor, { tx });
      published = true;
    }
    const innovation = { id: updated.id, slug: updated.slug, published };
    return { mail: approvedMail(s, innovation), innovation };
  });
}
