// The public submission form's storage: a proposal or a correction is stored
// with its audit entry and mails in one transaction; spam rules refuse before
// anything is written.
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { formToken } from "@/lib/forms/spam";
import { INITIAL_FORM_STATE } from "@/lib/forms/state";
import { stopBoss } from "@/lib/jobs/boss";
import { storeSubmission } from "@/lib/submissions/write";
import { redirectOf, setRequestHeaders } from "../support/actions";
import { correctionInput, mailsTo, proposalFormData, proposalInput, randomIp } from "../support/submissions";

// every test posts from an address of its own, so the per-address rate limit never carries over
beforeEach(() => setRequestHeaders({ "x-forwarded-for": randomIp() }));

afterAll(() => stopBoss({ graceful: false }));

describe("storing a proposal", () => {
  it("stores the submission with an audit entry, a received mail to the submitter and a mail to editors", async () => {
    const input = proposalInput();
    const result = await storeSubmission(input, { ip: randomIp() });
    if (!result.ok) throw new Error(`store failed: ${JSON.stringify(result)}`);
    const row = await db.submission.findUniqueOrThrow({ where: { id: result.submissionId } });
    expect(row).toMatchObject({
      kind: "NEW_INNOVATION",
      status: "PENDING",
      submitterEmail: input.email,
      locale: "lv",
      innovationId: null,
    });
    expect(row.payload).toMatchObject({
      titleLv: input.titleLv,
      organisationName: "Biedrība Saulstari",
      selfAssessment: { novelty: "yes" },
      themes: ["social-services", "ageing"],
    });
    // contact details and spam fields are not part of the payload
    expect(row.payload).not.toHaveProperty("email");
    expect(row.payload).not.toHaveProperty("formToken");
    const audit = await db.auditLog.findMany({ where: { entityType: "Submission", entityId: row.id } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      action: "create",
      changes: { kind: "NEW_INNOVATION", status: [null, "PENDING"] },
    });
    expect(JSON.stringify(audit[0]!.changes)).not.toContain(String(input.email));

    const mails = await mailsTo(String(input.email));
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({ tag: "submission.received", subject: "Jūsu ierosinājums ir saņemts" });
    const staff = await mailsTo("editor@sikc.test");
    expect(staff.some((m) => m.tag === "submission.staff.new" && m.text.includes(`/admin/submissions/${row.id}`))).toBe(
      true,
    );
  });

  it("reports every missing field at once, with keys the form resolves", async () => {
    const result = await storeSubmission(
      proposalInput({
        titleLv: "",
        problemLv: "",
        themes: [],
        region: "",
        selfAssessment: {},
        privacyAcknowledged: undefined,
      }),
      { ip: randomIp() },
    );
    expect(result.ok).toBe(false);
    if (result.ok || result.code !== "invalid") throw new Error("expected invalid");
    expect(Object.keys(result.fieldErrors).sort()).toEqual(
      expect.arrayContaining(["titleLv", "problemLv", "themes", "region", "sa-novelty", "privacyAcknowledged"]),
    );
    expect(result.fieldErrors.problemLv).toEqual(["submissions.errors.problemRequired"]);
  });

  it("refuses vocabulary keys that do not exist", async () => {
    const result = await storeSubmission(proposalInput({ stage: "nosuchstage", targetGroups: ["martians"] }), {
      ip: randomIp(),
    });
    expect(result).toMatchObject({
      ok: false,
      code: "invalid",
      fieldErrors: {
        stage: ["submissions.errors.stageInvalid"],
        targetGroups: ["submissions.errors.targetGroupInvalid"],
      },
    });
  });
});

describe("storing a correction", () => {
  it("links the published innovation named by its address, in the submitter's language", async () => {
    const innovation = await db.innovation.findFirstOrThrow({
      where: { publication: "PUBLISHED" },
      select: { id: true, slug: true },
    });
    const input = correctionInput(`https://sikc.example.lv/en/innovations/${innovation.slug}?x=1`);
    const result = await storeSubmission(input, { ip: randomIp() });
    if (!result.ok) throw new Error(`store failed: ${JSON.stringify(result)}`);
    const row = await db.submission.findUniqueOrThrow({ where: { id: result.submissionId } });
    expect(row).toMatchObject({ kind: "CORRECTION", innovationId: innovation.id, locale: "en" });
    expect(row.payload).toMatchObject({ innovationSlug: innovation.slug, proposedText: "Projekts sākās 2019. gadā." });
    const mails = await mailsTo(String(input.email));
    expect(mails.map((m) => m.subject)).toEqual(["We have received your submission"]);
  });

  it("refuses an unknown or unpublished innovation", async () => {
    const draft = await db.innovation.create({
      data: {
        slug: `draft-${Date.now()}`,
        titleLv: "Melnraksts",
        summaryLv: "x",
        stage: "idea",
        status: "in_development",
      },
    });
    for (const reference of ["no-such-innovation", draft.slug]) {
      expect(await storeSubmission(correctionInput(reference), { ip: randomIp() })).toMatchObject({
        ok: false,
        fieldErrors: { innovation: ["submissions.errors.innovationNotFound"] },
      });
    }
  });
});

describe("spam protection", () => {
  it("refuses a filled honeypot and a form sent too fast, writing nothing", async () => {
    const before = await db.submission.count();
    expect(await storeSubmission(proposalInput({ website: "http://spam.example" }), { ip: randomIp() })).toEqual({
      ok: false,
      code: "spam",
    });
    expect(
      await storeSubmission(proposalInput({ formToken: formToken("submission", Date.now() - 500) }), {
        ip: randomIp(),
      }),
    ).toEqual({ ok: false, code: "tooFast" });
    // an unsigned timestamp (what the form used to post) proves nothing
    expect(
      await storeSubmission(proposalInput({ formToken: String(Date.now() - 60_000) }), { ip: randomIp() }),
    ).toEqual({ ok: false, code: "spam" });
    expect(await db.submission.count()).toBe(before);
  });

  it("refuses the 6th submission within an hour from one e-mail, and from one address", async () => {
    const email = `busy.${Date.now()}@example.lv`;
    for (let i = 0; i < 5; i++)
      expect((await storeSubmission(proposalInput({ email }), { ip: randomIp() })).ok).toBe(true);
    expect(await storeSubmission(proposalInput({ email }), { ip: randomIp() })).toMatchObject({
      ok: false,
      code: "rateLimited",
    });
    const ip = randomIp();
    for (let i = 0; i < 5; i++) expect((await storeSubmission(proposalInput(), { ip })).ok).toBe(true);
    expect(await storeSubmission(proposalInput(), { ip })).toMatchObject({ ok: false, code: "rateLimited" });
    // the rate limit of the consultation form is a separate budget
    expect(await db.rateLimit.count({ where: { key: { startsWith: "submission:" } } })).toBeGreaterThan(0);
  });
});

describe("the public server action", () => {
  it("redirects to the thank-you page after storing the browser's form", async () => {
    const { submitSubmission } = await import("@/lib/submissions/actions");
    const form = proposalFormData({ locale: "en" });
    expect(await redirectOf(submitSubmission(INITIAL_FORM_STATE, form))).toBe("/en/submit/thanks?kind=proposal");
    const row = await db.submission.findFirstOrThrow({ where: { submitterEmail: String(form.get("email")) } });
    expect(row.payload).toMatchObject({ selfAssessment: { impact: "partly" }, links: [] });
  });

  it("answers an error with the typed values and field keys", async () => {
    const { submitSubmission } = await import("@/lib/submissions/actions");
    const state = await submitSubmission(
      { ...INITIAL_FORM_STATE, attempt: 3 },
      proposalFormData({ email: "not-an-address", link: "javascript:alert(1)" }),
    );
    expect(state.attempt).toBe(4);
    expect(state.problem).toBe("invalid");
    expect(state.values.titleLv).toMatch(/^Kopienas virtuve/);
    expect(state.values.themes).toEqual(["social-services"]);
    expect(state.fieldErrors.email).toEqual(["submissions.errors.emailInvalid"]);
    expect(state.fieldErrors.link?.[0]).toMatch(/urlInvalid$/);
  });
});
