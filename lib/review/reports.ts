// Supporters' reports: staff invite a supporter organisation (a signed link
// by e-mail, no account), the supporter fills in the form and may correct it
// until the review is published, staff accept it (it then feeds the review)
// or return it with a reason. Every step is one transaction that locks the
// report, writes it, its audit entry and its mails (the pg-boss queue).
// A refusal is the step's typed result (lib/write-result.ts), not an
// exception. Not a server action file: callers authorize (staff); the
// supporter's step runs the spam checks itself.
import "server-only";
import type { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import { writeAudit } from "@/lib/audit/write";
import { db, TX_OPTIONS, type Tx } from "@/lib/db";
import { checkFormTiming, checkRateLimit } from "@/lib/forms/spam";
import type { Actor } from "@/lib/innovations/write";
import { getBoss } from "@/lib/jobs/boss";
import { enqueueMail } from "@/lib/jobs/mail";
import type { MailMessage } from "@/lib/mail/message";
import { signToken, TOKEN_PURPOSE, verifyToken } from "@/lib/security/signed-token";
import { toLocale } from "@/lib/i18n/locale-schema";
import { toFieldErrors } from "@/lib/forms/field-errors";
import type { FieldErrors } from "@/lib/forms/state";
import { invalid, notFound, refuse, settle, type Invalid, type NotFound, type WriteResult } from "@/lib/write-result";
import { acceptedMail, inviteMail, receivedMail, returnedMail, staffMail, type MailReport } from "./mails";
import { R, ZReturnReason, ZSupporterReportInput, type ZInvite } from "./schema";

const ENTITY = "SupporterReport";
/** Ecosystem roles that make an organisation a supporter who reports. */
export const REPORTING_ROLES = ["supporter", "funder"];
const SPAM_SCOPE = "supporter-report";

const tokenFor = (r: { id: string; tokenVersion: number }) =>
  signToken(TOKEN_PURPOSE.supporterReport, { id: r.id, version: r.tokenVersion });

const audit = (tx: Tx, actor: Actor | null, action: "create" | "update", id: string, changes: object) =>
  writeAudit(
    {
      action,
      entityType: ENTITY,
      entityId: id,
      actorId: actor?.id ?? null,
      actorEmail: actor?.email ?? null,
      ip: actor?.ip ?? null,
      changes: changes as Prisma.InputJsonValue,
    },
    tx,
  );

const REPORT_SELECT = {
  id: true,
  status: true,
  tokenVersion: true,
  inviteEmail: true,
  reporterName: true,
  reporterEmail: true,
  locale: true,
  organisation: { select: { nameLv: true } },
  review: { select: { year: true, publication: true } },
} as const;

/** A report of a published review can no longer change: said for the form as a whole. */
const published = (): Invalid => invalid({ form: [R("published")] });

/** Locks the report (inside settle(): refused as notFound when gone, or as published). */
async function lockReport(tx: Tx, id: string) {
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "SupporterReport" WHERE "id" = ${id} FOR UPDATE`;
  if (rows.length === 0) refuse(notFound());
  const report = await tx.supporterReport.findUniqueOrThrow({ where: { id }, select: REPORT_SELECT });
  if (report.review.publication === "PUBLISHED") refuse(published());
  return report;
}

type StaffResult = WriteResult<{ id: string }, Invalid | NotFound>;

const mailReport = (r: Awaited<ReturnType<typeof lockReport>>): MailReport => ({
  id: r.id,
  year: r.review.year,
  organisation: r.organisation.nameLv,
  email: r.reporterEmail ?? r.inviteEmail,
  name: r.reporterName,
  locale: toLocale(r.locale),
});

async function inTx<T extends { ok: boolean }>(run: (tx: Tx) => Promise<T>): Promise<T> {
  // the mail queue must exist before a job is inserted inside the transaction
  await getBoss();
  return settle(() => db.$transaction(run, TX_OPTIONS));
}

/** Staff invite a supporter organisation to report for the review's year. */
export async function inviteSupporter(data: z.output<typeof ZInvite>, actor: Actor): Promise<StaffResult> {
  return inTx<StaffResult>(async (tx) => {
    const review = await tx.annualReview.findUnique({
      where: { id: data.id },
      select: { year: true, publication: true },
    });
    if (!review) return notFound();
    if (review.publication === "PUBLISHED") return published();
    const organisation = await tx.organisation.findUnique({
      where: { id: data.organisationId },
      select: { nameLv: true, roles: true, publication: true },
    });
    if (!organisation || !organisation.roles.some((r) => REPORTING_ROLES.includes(r)))
      return invalid({ organisationId: [R("notSupporter")] });
    const existing = await tx.supporterReport.findUnique({
      where: { reviewId_organisationId: { reviewId: data.id, organisationId: data.organisationId } },
      select: { id: true },
    });
    if (existing) return invalid({ organisationId: [R("duplicateReport")] });
    const report = await tx.supporterReport.create({
      data: {
        reviewId: data.id,
        organisationId: data.organisationId,
        inviteEmail: data.inviteEmail,
        locale: data.mailLocale,
      },
      select: { id: true, tokenVersion: true },
    });
    await audit(tx, actor, "create", report.id, {
      status: [null, "DRAFT"],
      organisationId: [null, data.organisationId],
    });
    await enqueueMail(
      inviteMail(
        {
          id: report.id,
          year: review.year,
          organisation: organisation.nameLv,
          email: data.inviteEmail,
          locale: data.mailLocale,
        },
        tokenFor(report),
      ),
      { tx },
    );
    return { ok: true, id: report.id };
  });
}

/** A new link (older ones stop working), mailed to the address the report was sent to. */
export async function resendLink(id: string, actor: Actor): Promise<StaffResult> {
  return inTx<StaffResult>(async (tx) => {
    const report = await lockReport(tx, id);
    const next = await tx.supporterReport.update({
      where: { id },
      data: { tokenVersion: { increment: 1 } },
      select: { id: true, tokenVersion: true },
    });
    await audit(tx, actor, "update", id, { tokenVersion: [report.tokenVersion, next.tokenVersion] });
    await enqueueMail(inviteMail({ ...mailReport(report), email: report.inviteEmail, name: null }, tokenFor(next)), {
      tx,
    });
    return { ok: true, id };
  });
}

export type ReportForm = {
  token: string;
  year: number;
  organisation: { nameLv: string; nameEn: string | null };
  status: "DRAFT" | "SUBMITTED" | "ACCEPTED" | "RETURNED";
  returnReason: string | null;
  /** The review is published: the report can no longer change. */
  closed: boolean;
  values: Record<string, string | string[]>;
};

/** The report a signed link opens, with its current values; null for a wrong or replaced link. */
export async function loadReportForm(token: unknown): Promise<ReportForm | null> {
  const claims = verifyToken(TOKEN_PURPOSE.supporterReport, token);
  if (!claims) return null;
  const r = await db.supporterReport.findUnique({
    where: { id: claims.id },
    include: {
      organisation: { select: { nameLv: true, nameEn: true } },
      review: { select: { year: true, publication: true } },
    },
  });
  if (!r || r.tokenVersion !== claims.version) return null;
  const text = (v: { toString(): string } | null) => (v === null ? "" : v.toString());
  return {
    token: token as string,
    year: r.review.year,
    organisation: r.organisation,
    status: r.status,
    returnReason: r.status === "RETURNED" ? r.returnReason : null,
    closed: r.review.publication === "PUBLISHED",
    values: {
      reporterName: r.reporterName ?? "",
      reporterEmail: r.reporterEmail ?? r.inviteEmail,
      innovationsSupported: text(r.innovationsSupported),
      consultations: text(r.consultations),
      trainings: text(r.trainings),
      trainingParticipants: text(r.trainingParticipants),
      grantedEur: text(r.grantedEur),
      lentEur: text(r.lentEur),
      stages: r.stages,
      supportTypes: r.supportTypes,
      themes: r.themes,
      notesLv: r.notesLv ?? "",
      notesEn: r.notesEn ?? "",
    },
  };
}

type SubmitResult = WriteResult<
  { id: string },
  | Invalid
  | { ok: false; code: "expired" | "closed" | "spam" | "tooFast" }
  | { ok: false; code: "rateLimited"; retryAfterSeconds: number }
>;

const VOCABULARY = [
  ["stages", "STAGE"],
  ["supportTypes", "SUPPORT_TYPE"],
  ["themes", "THEME"],
] as const;

/** The supporter's form: spam checks, the link, the vocabularies, then one transaction. */
export async function submitReport(input: unknown, context: { ip: string | null; now?: Date }): Promise<SubmitResult> {
  const parsed = ZSupporterReportInput.safeParse(input);
  if (!parsed.success) return invalid(toFieldErrors(parsed.error));
  const data = parsed.data;
  const now = context.now ?? new Date();
  const timing = checkFormTiming(data.website, data.formToken, "supporterReport", now.getTime());
  if (!timing.ok) return timing;
  const claims = verifyToken(TOKEN_PURPOSE.supporterReport, data.token);
  if (!claims) return { ok: false, code: "expired" };
  const limited = await checkRateLimit(SPAM_SCOPE, claims.id, context.ip);
  if (!limited.ok) return limited;

  const terms = await db.term.findMany({
    where: { active: true, OR: VOCABULARY.map(([field, vocabulary]) => ({ vocabulary, key: { in: data[field] } })) },
    select: { vocabulary: true, key: true },
  });
  const known = new Set(terms.map((t) => `${t.vocabulary}:${t.key}`));
  const unknown: FieldErrors = {};
  for (const [field, vocabulary] of VOCABULARY)
    if (data[field].some((k) => !known.has(`${vocabulary}:${k}`))) unknown[field] = [R("invalidChoice")];
  if (Object.keys(unknown).length) return invalid(unknown);

  // lockReport refuses a gone report (notFound) and a published review's (invalid, for the form as a whole)
  const result = await inTx<SubmitResult | NotFound>(async (tx) => {
    const report = await lockReport(tx, claims.id);
    if (report.tokenVersion !== claims.version) return { ok: false, code: "expired" } as const;
    const updated = await tx.supporterReport.update({
      where: { id: claims.id },
      data: {
        status: "SUBMITTED",
        submittedAt: now,
        returnReason: null,
        reporterName: data.reporterName,
        reporterEmail: data.reporterEmail,
        innovationsSupported: data.innovationsSupported,
        consultations: data.consultations,
        trainings: data.trainings,
        trainingParticipants: data.trainingParticipants,
        grantedEur: data.grantedEur,
        lentEur: data.lentEur,
        stages: data.stages,
        supportTypes: data.supportTypes,
        themes: data.themes,
        notesLv: data.notesLv,
        notesEn: data.notesEn,
      },
      select: REPORT_SELECT,
    });
    // no personal data in the audit log: the report holds it
    await audit(tx, null, "update", claims.id, { status: [report.status, "SUBMITTED"], by: "supporter" });
    const mail = mailReport(updated);
    await enqueueMail(receivedMail(mail, tokenFor(updated)), { tx });
    const staff = await tx.user.findMany({
      where: { role: { in: ["EDITOR", "ADMIN"] }, active: true },
      select: { email: true, name: true },
      orderBy: { email: "asc" },
    });
    const toStaff = staffMail(mail, staff);
    if (toStaff) await enqueueMail(toStaff, { tx });
    return { ok: true, id: claims.id } as const;
  });
  // to the supporter, a gone report is a dead link and a published review's report is closed
  if (result.ok) return result;
  if (result.code === "notFound") return { ok: false, code: "expired" };
  if (result.code === "invalid" && result.fieldErrors.form) return { ok: false, code: "closed" };
  return result;
}

async function decide(
  id: string,
  actor: Actor,
  to: "ACCEPTED" | "RETURNED",
  reason: string | null,
  mail: (r: MailReport, token: string) => MailMessage,
): Promise<StaffResult> {
  return inTx<StaffResult>(async (tx) => {
    const report = await lockReport(tx, id);
    // a return can also take back an accepted report before publication
    const allowed = to === "ACCEPTED" ? ["SUBMITTED"] : ["SUBMITTED", "ACCEPTED"];
    if (!allowed.includes(report.status)) return invalid({ form: [R("notSubmitted")] });
    await tx.supporterReport.update({
      where: { id },
      data: { status: to, returnReason: reason, reviewedAt: new Date(), reviewedById: actor.id },
      select: { id: true },
    });
    await audit(tx, actor, "update", id, {
      status: [report.status, to],
      ...(reason ? { returnReason: [null, reason] } : {}),
    });
    await enqueueMail(mail(mailReport(report), tokenFor(report)), { tx });
    return { ok: true, id };
  });
}

export function acceptReport(id: string, actor: Actor): Promise<StaffResult> {
  return decide(id, actor, "ACCEPTED", null, (r) => acceptedMail(r));
}

export async function returnReport(id: string, reason: unknown, actor: Actor): Promise<StaffResult> {
  const parsed = ZReturnReason.safeParse(reason);
  if (!parsed.success) return invalid({ reason: parsed.error.issues.map((i) => i.message) });
  return decide(id, actor, "RETURNED", parsed.data, (r, token) => returnedMail(r, parsed.data, token));
}
