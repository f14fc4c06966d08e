// storeSubmission: the public form's one entry point. Parse, spam checks,
// vocabulary, then ONE transaction that stores the Submission, its audit entry
// and the two mails (submitter: received; editors: new), so either all of it
// happens or none of it does.
import "server-only";
import { db } from "@/lib/db";
import { getBoss } from "@/lib/jobs/boss";
import { enqueueMail } from "@/lib/jobs/mail";
import { writeAudit } from "@/lib/audit/write";
import { checkFormTiming, checkRateLimit } from "@/lib/forms/spam";
import { TX_OPTIONS, type Tx } from "@/lib/db";
import type { Vocabulary } from "@/generated/prisma/enums";
import { TOKEN_PURPOSE, verifyToken } from "@/lib/security/signed-token";
import { editorsMail, receivedMail, type MailSubmission, type Staff } from "./mails";
import {
  toFieldErrors,
  ZSubmissionInput,
  type CorrectionPayload,
  type FieldErrors,
  type ProposalInput,
  type ProposalPayload,
} from "./schema";

export type StoreResult =
  | { ok: true; submissionId: string; kind: "proposal" | "correction" }
  | { ok: false; code: "invalid"; fieldErrors: FieldErrors }
  | { ok: false; code: "spam" | "tooFast" }
  | { ok: false; code: "rateLimited"; retryAfterSeconds: number };

class ReviseExpired extends Error {
  constructor() {
    super("revise link expired");
  }
}

const REVISE_EXPIRED: StoreResult = {
  ok: false,
  code: "invalid",
  fieldErrors: { revise: ["submissions.errors.reviseExpired"] },
};

/** Rate-limit scope: shares lib/rate-limit's table with other forms, under its own keys. */
const SPAM_SCOPE = "submission";

const VOCABULARY_FIELDS = [
  ["stage", "STAGE", "stageInvalid"],
  ["status", "STATUS", "statusRequired"],
  ["themes", "THEME", "themeInvalid"],
  ["targetGroups", "TARGET_GROUP", "targetGroupInvalid"],
  ["region", "REGION", "regionInvalid"],
] as const satisfies readonly (readonly [keyof ProposalInput, Vocabulary, string])[];

async function checkVocabulary(data: ProposalInput): Promise<FieldErrors | null> {
  const wanted = VOCABULARY_FIELDS.map(([field, vocabulary, error]) => {
    const value = data[field];
    return {
      field,
      vocabulary,
      error,
      keys: (Array.isArray(value) ? value : [value]).filter((k): k is string => typeof k === "string"),
    };
  });
  const terms = await db.term.findMany({
    where: { active: true, OR: wanted.map((w) => ({ vocabulary: w.vocabulary, key: { in: w.keys } })) },
    select: { vocabulary: true, key: true },
  });
  const known = new Set(terms.map((t) => `${t.vocabulary}:${t.key}`));
  const errors: FieldErrors = {};
  for (const w of wanted)
    if (w.keys.some((k) => !known.has(`${w.vocabulary}:${k}`))) errors[w.field] = [`submissions.errors.${w.error}`];
  return Object.keys(errors).length ? errors : null;
}

/** "https://…/innovations/some-slug", "some-slug" or the exact title → a published innovation. */
async function findPublishedInnovation(
  reference: string,
): Promise<{ id: string; slug: string; titleLv: string } | null> {
  const fromUrl = /\/innovations\/([a-z0-9-]{1,200})(?:[/?#]|$)/i.exec(reference)?.[1];
  const candidate = (fromUrl ?? reference).trim();
  return db.innovation.findFirst({
    where: {
      publication: "PUBLISHED",
      OR: [
        { slug: candidate.toLowerCase() },
        { titleLv: { equals: candidate, mode: "insensitive" } },
        { titleEn: { equals: candidate, mode: "insensitive" } },
      ],
    },
    select: { id: true, slug: true, titleLv: true },
    orderBy: { slug: "asc" },
  });
}

/** Editors review submissions; when there are none, admins hear about them. */
async function editorRecipients(tx: Tx): Promise<Staff[]> {
  const editors = await tx.user.findMany({
    where: { role: "EDITOR", active: true },
    select: { email: true, name: true },
    orderBy: { email: "asc" },
  });
  if (editors.length > 0) return editors;
  return tx.user.findMany({
    where: { role: "ADMIN", active: true },
    select: { email: true, name: true },
    orderBy: { email: "asc" },
  });
}

export async function storeSubmission(
  input: unknown,
  context: { ip: string | null; now?: Date },
): Promise<StoreResult> {
  const parsed = ZSubmissionInput.safeParse(input);
  if (!parsed.success) return { ok: false, code: "invalid", fieldErrors: toFieldErrors(parsed.error) };
  const data = parsed.data;
  const now = context.now ?? new Date();

  const timing = checkFormTiming(data.website, data.renderedAt, now.getTime());
  if (!timing.ok) return timing;
  const limited = await checkRateLimit(SPAM_SCOPE, data.email, context.ip);
  if (!limited.ok) return limited;

  let payload: ProposalPayload | CorrectionPayload;
  let innovationId: string | null = null;
  let title: string;
  if (data.kind === "proposal") {
    const vocabularyErrors = await checkVocabulary(data);
    if (vocabularyErrors) return { ok: false, code: "invalid", fieldErrors: vocabularyErrors };
    const {
      name: _n,
      email: _e,
      privacyAcknowledged: _p,
      locale: _l,
      website: _w,
      renderedAt: _r,
      kind: _k,
      revise: _v,
      ...proposal
    } = data;
    payload = proposal;
    title = data.titleLv;
  } else {
    const target = await findPublishedInnovation(data.innovation);
    if (!target)
      return { ok: false, code: "invalid", fieldErrors: { innovation: ["submissions.errors.innovationNotFound"] } };
    payload = {
      innovationSlug: target.slug,
      whatIsWrong: data.whatIsWrong,
      proposedText: data.proposedText,
      sourceNote: data.sourceNote,
    };
    innovationId = target.id;
    title = target.titleLv;
  }

  const kind = data.kind === "proposal" ? "NEW_INNOVATION" : "CORRECTION";
  const fields = {
    kind,
    payload,
    innovationId,
    submitterName: data.name,
    submitterEmail: data.email,
    locale: data.locale,
  } as const;
  const select = { id: true, kind: true, submitterName: true, submitterEmail: true, locale: true } as const;
  const revise = data.revise === undefined ? null : verifyToken(TOKEN_PURPOSE.submissionRevise, data.revise);
  if (data.revise !== undefined && !revise) return REVISE_EXPIRED;

  // the queue must exist before a job can be inserted inside the transaction
  await getBoss();
  let submission: {
    id: string;
    kind: "NEW_INNOVATION" | "CORRECTION";
    submitterName: string;
    submitterEmail: string;
    locale: string;
  };
  try {
    submission = await db.$transaction(async (tx) => {
      let row: typeof submission;
      if (revise) {
        // the link works once, for the request for changes it was sent with
        await tx.$queryRaw`SELECT "id" FROM "Submission" WHERE "id" = ${revise.id} FOR UPDATE`;
        const current = await tx.submission.findUnique({
          where: { id: revise.id },
          select: { status: true, reviewedAt: true, kind: true },
        });
        if (
          !current ||
          current.status !== "CHANGES_REQUESTED" ||
          current.kind !== kind ||
          current.reviewedAt?.getTime() !== revise.version
        )
          throw new ReviseExpired();
        row = await tx.submission.update({
          where: { id: revise.id },
          data: { ...fields, status: "PENDING" },
          select,
        });
        await writeAudit(
          {
            action: "update",
            entityType: "Submission",
            entityId: row.id,
            changes: { status: ["CHANGES_REQUESTED", "PENDING"], payload: "revised by the submitter" },
          },
          tx,
        );
      } else {
        row = await tx.submission.create({ data: { ...fields, createdAt: now }, select });
        // no personal data in the audit log: the row holds it, and is erasable
        await writeAudit(
          {
            action: "create",
            entityType: "Submission",
            entityId: row.id,
            changes: { kind: row.kind, status: [null, "PENDING"] },
          },
          tx,
        );
      }
      const mail: MailSubmission = { ...row, title };
      await enqueueMail(receivedMail(mail), { tx });
      const staffMail = editorsMail(mail, await editorRecipients(tx));
      if (staffMail) await enqueueMail(staffMail, { tx });
      return row;
    }, TX_OPTIONS);
  } catch (error) {
    if (error instanceof ReviseExpired) return REVISE_EXPIRED;
    throw error;
  }
  return { ok: true, submissionId: submission.id, kind: data.kind };
}
