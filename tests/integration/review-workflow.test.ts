// The review's workflow as staff and supporters use it: bad input refused
// with a message beside the field (future or too early years, a second
// review for a year, a non-supporter, a second report, negative or
// non-numeric figures), a supporter's report through the signed link
// (submit, accept, correct, return with a reason), accepted reports feeding
// the figures, and publishing once, after which reports are closed.
import crypto from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { StaffUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { formToken } from "@/lib/forms/spam";
import { INITIAL_FORM_STATE } from "@/lib/forms/state";
import { stopBoss } from "@/lib/jobs/boss";
import {
  acceptReportAction,
  createReviewAction,
  inviteSupporterAction,
  publishReviewAction,
  returnReportAction,
  submitReportAction,
} from "@/lib/review/actions";
import { loadReportForm, resendLink } from "@/lib/review/reports";
import { getReviewPage } from "@/lib/review/queries";
import { rigaYear } from "@/lib/time/riga";
import { expectOk, form, redirectOf, signInAs, staffUser } from "../support/actions";
import { mailsTo } from "../support/submissions";

afterAll(() => stopBoss({ graceful: false }));

const CURRENT = rigaYear(new Date());
let editor: StaffUser;
let reviewId: string;

async function organisation(roles: string[]): Promise<string> {
  const { id } = await db.organisation.create({
    data: { slug: `org-${crypto.randomBytes(4).toString("hex")}`, nameLv: "Testa fonds", type: "ngo", roles },
    select: { id: true },
  });
  return id;
}

/** Invites a new supporter and returns its report id and the token from the invitation mail. */
async function invite(): Promise<{ reportId: string; token: string; email: string }> {
  const email = `supporter-${crypto.randomBytes(4).toString("hex")}@example.lv`;
  const organisationId = await organisation(["supporter"]);
  const answer = await inviteSupporterAction(
    INITIAL_FORM_STATE,
    form({ id: reviewId, organisationId, inviteEmail: email, mailLocale: "en" }),
  );
  expect(answer).toMatchObject({ ok: true });
  const mail = (await mailsTo(email)).find((m) => m.tag === "review.report.invite");
  const token = decodeURIComponent(/token=([^\s]+)/.exec(mail!.text)![1]!);
  return { reportId: answer.id!, token, email };
}

const goodReport = (token: string, overrides: Record<string, string | string[]> = {}) =>
  form({
    token,
    locale: "en",
    reporterName: "Anna Bērziņa",
    reporterEmail: "anna@example.lv",
    innovationsSupported: "4",
    consultations: "12",
    trainings: "2",
    trainingParticipants: "35",
    grantedEur: "15 000,50",
    lentEur: "",
    stages: ["idea", "pilot"],
    supportTypes: ["grants", "consulting"],
    themes: ["health"],
    website: "",
    formToken: formToken("supporterReport", Date.now() - 60_000),
    ...overrides,
  });

beforeAll(async () => {
  editor = await staffUser("EDITOR");
  await signInAs(editor);
  const url = await redirectOf(
    createReviewAction(INITIAL_FORM_STATE, form({ year: String(CURRENT), titleLv: "Pārskats", titleEn: "" })),
  );
  expect(url).toBe(`/admin/reviews/${CURRENT}?created=1`);
  reviewId = (await db.annualReview.findUniqueOrThrow({ where: { year: CURRENT } })).id;
});
beforeEach(async () => {
  await signInAs(editor);
});

describe("creating a review", () => {
  it.each([
    [String(CURRENT + 1), "review.errors.yearInFuture"],
    ["2019", "review.errors.yearTooEarly"],
    ["divi tūkstoši", "review.errors.yearInvalid"],
    ["", "review.errors.yearRequired"],
    ["2025", "review.errors.yearTaken"],
  ])("refuses the year %j with a message beside the field, keeping what was typed", async (year, message) => {
    const answer = await createReviewAction(INITIAL_FORM_STATE, form({ year, titleLv: "Mans virsraksts" }));
    expect(answer.fieldErrors.year).toEqual([message]);
    expect(answer.values).toMatchObject({ year, titleLv: "Mans virsraksts" });
  });

  it("is for editors and admins only", async () => {
    await signInAs("CONSULTANT");
    expect(await createReviewAction(INITIAL_FORM_STATE, form({ year: "2024", titleLv: "X" }))).toMatchObject({
      error: "forbidden",
    });
  });
});

describe("supporters' reports", () => {
  it("refuses an organisation that is not a supporter, and a second report for the same organisation", async () => {
    const implementer = await organisation(["implementer"]);
    const refused = await inviteSupporterAction(
      INITIAL_FORM_STATE,
      form({ id: reviewId, organisationId: implementer, inviteEmail: "x@example.lv", mailLocale: "lv" }),
    );
    expect(refused.fieldErrors.organisationId).toEqual(["review.errors.notSupporter"]);

    const supporter = await organisation(["funder"]);
    const fields = { id: reviewId, organisationId: supporter, inviteEmail: "y@example.lv", mailLocale: "lv" };
    expect(await inviteSupporterAction(INITIAL_FORM_STATE, form(fields))).toMatchObject({ ok: true });
    const again = await inviteSupporterAction(INITIAL_FORM_STATE, form(fields));
    expect(again.fieldErrors.organisationId).toEqual(["review.errors.duplicateReport"]);
    expect(await db.supporterReport.count({ where: { reviewId, organisationId: supporter } })).toBe(1);
  });

  it("refuses negative and non-numeric figures beside their fields and keeps every value typed", async () => {
    const { token, reportId } = await invite();
    const answer = await submitReportAction(
      INITIAL_FORM_STATE,
      goodReport(token, { consultations: "-3", grantedEur: "daudz", trainings: "2.5", lentEur: "10.123" }),
    );
    expect(answer.problem).toBe("invalid");
    expect(answer.fieldErrors).toEqual({
      consultations: ["review.errors.negative"],
      grantedEur: ["review.errors.notANumber"],
      trainings: ["review.errors.notWhole"],
      lentEur: ["review.errors.tooManyDecimals"],
    });
    expect(answer.values).toMatchObject({ consultations: "-3", grantedEur: "daudz", reporterName: "Anna Bērziņa" });
    expect((await db.supporterReport.findUniqueOrThrow({ where: { id: reportId } })).status).toBe("DRAFT");
  });

  it("takes a report through the link; accepted figures feed the review; a correction goes back to review", async () => {
    const { token, reportId, email } = await invite();
    const before = (await getReviewPage(CURRENT, { includeDrafts: true }))!.figures.support;

    expect(await submitReportAction(INITIAL_FORM_STATE, goodReport(token))).toMatchObject({
      ok: true,
      done: "submitted",
    });
    const stored = await db.supporterReport.findUniqueOrThrow({ where: { id: reportId } });
    expect(stored).toMatchObject({ status: "SUBMITTED", consultations: 12, reporterEmail: "anna@example.lv" });
    expect(stored.grantedEur?.toString()).toBe("15000.5");
    expect((await mailsTo("anna@example.lv")).map((m) => m.tag)).toContain("review.report.received");
    expect(email).toMatch(/@example\.lv$/);

    // submitted but not accepted: not counted
    expect((await getReviewPage(CURRENT, { includeDrafts: true }))!.figures.support.reportsAccepted).toBe(
      before.reportsAccepted,
    );
    expect(await acceptReportAction(INITIAL_FORM_STATE, form({ id: reportId }))).toMatchObject({ ok: true });
    const after = (await getReviewPage(CURRENT, { includeDrafts: true }))!.figures.support;
    expect(after.reportsAccepted).toBe(before.reportsAccepted + 1);
    expect(after.grantedEur).toBeCloseTo(before.grantedEur + 15000.5);
    expect(after.innovationsSupported).toBe(before.innovationsSupported + 4);

    // the supporter corrects it: it needs staff's eyes again
    expect(
      await submitReportAction(INITIAL_FORM_STATE, goodReport(token, { innovationsSupported: "5" })),
    ).toMatchObject({
      ok: true,
      done: "submitted",
    });
    expect((await db.supporterReport.findUniqueOrThrow({ where: { id: reportId } })).status).toBe("SUBMITTED");
  });

  it("returns a report only with a reason, which the supporter gets with the link", async () => {
    const { token, reportId } = await invite();
    await submitReportAction(INITIAL_FORM_STATE, goodReport(token, { reporterEmail: "returned@example.lv" }));
    const noReason = await returnReportAction(INITIAL_FORM_STATE, form({ id: reportId, reason: " " }));
    expect(noReason.fieldErrors.reason).toEqual(["review.errors.reasonRequired"]);
    const control = await returnReportAction(
      INITIAL_FORM_STATE,
      form({ id: reportId, reason: "Lūdzu,\u0000 norādiet." }),
    );
    expect(control.fieldErrors.reason).toEqual(["curation.errors.controlCharacters"]);
    expect(
      await returnReportAction(INITIAL_FORM_STATE, form({ id: reportId, reason: "Lūdzu, norādiet mācību skaitu." })),
    ).toMatchObject({ ok: true });
    const mail = (await mailsTo("returned@example.lv")).find((m) => m.tag === "review.report.returned");
    expect(mail?.text).toContain("Lūdzu, norādiet mācību skaitu.");
    expect(mail?.text).toContain(`token=${encodeURIComponent(token)}`);
    expect((await loadReportForm(token))?.returnReason).toBe("Lūdzu, norādiet mācību skaitu.");
  });

  it("stops an old link when staff send a new one", async () => {
    const { token, reportId } = await invite();
    expectOk(await resendLink(reportId, { id: editor.id, email: editor.email }));
    expect(await loadReportForm(token)).toBeNull();
    expect(await submitReportAction(INITIAL_FORM_STATE, goodReport(token))).toMatchObject({ problem: "expired" });
  });

  it("refuses a forged link and a form filled by a bot", async () => {
    const { token } = await invite();
    expect(await submitReportAction(INITIAL_FORM_STATE, goodReport(`${token.slice(0, -2)}xx`))).toMatchObject({
      problem: "expired",
    });
    expect(await submitReportAction(INITIAL_FORM_STATE, goodReport(token, { website: "http://spam" }))).toMatchObject({
      problem: "spam",
    });
  });

  it("takes only the report form's own signed token, and not one handed out a moment ago", async () => {
    const { token, reportId } = await invite();
    const minuteAgo = Date.now() - 60_000;
    const otherForm = await submitReportAction(
      INITIAL_FORM_STATE,
      goodReport(token, { formToken: formToken("consultation", minuteAgo) }),
    );
    expect(otherForm).toMatchObject({ problem: "spam" });
    // a form sent back is handed out again, with a fresh token
    expect(otherForm.formToken).toMatch(/^\d{13}\./);
    expect(otherForm.values).toMatchObject({ reporterName: "Anna Bērziņa" });
    expect(
      await submitReportAction(INITIAL_FORM_STATE, goodReport(token, { formToken: formToken("supporterReport") })),
    ).toMatchObject({ problem: "tooFast" });
    expect((await db.supporterReport.findUniqueOrThrow({ where: { id: reportId } })).status).toBe("DRAFT");
  });
});

describe("publishing", () => {
  it("freezes the figures once; a second publication and later reports are refused", async () => {
    const { token } = await invite();
    const url = await redirectOf(publishReviewAction(INITIAL_FORM_STATE, form({ id: reviewId })));
    expect(url).toBe(`/admin/reviews/${CURRENT}?published=1`);
    const review = await db.annualReview.findUniqueOrThrow({ where: { id: reviewId } });
    expect(review.publication).toBe("PUBLISHED");
    expect((review.snapshot as { schemaVersion: number }).schemaVersion).toBe(1);
    const audit = await db.auditLog.findFirst({
      where: { entityType: "AnnualReview", entityId: reviewId, action: "publish" },
    });
    expect(audit?.actorId).toBe(editor.id);

    const twice = await publishReviewAction(INITIAL_FORM_STATE, form({ id: reviewId }));
    expect(twice.fieldErrors.publish).toEqual(["review.errors.alreadyPublished"]);
    expect(await submitReportAction(INITIAL_FORM_STATE, goodReport(token))).toMatchObject({ problem: "closed" });
    const invited = await inviteSupporterAction(
      INITIAL_FORM_STATE,
      form({
        id: reviewId,
        organisationId: await organisation(["supporter"]),
        inviteEmail: "z@example.lv",
        mailLocale: "lv",
      }),
    );
    expect(invited.fieldErrors.form).toEqual(["review.errors.published"]);

    const page = await getReviewPage(CURRENT);
    expect(page?.frozen).toBe(true);
  });
});
