// Moderation of public submissions: approve (a proposal becomes an innovation
// through the innovation write layer; a correction edits the record), ask
// for changes, reject with a reason. Each step: one transaction with the
// status, the audit entry and exactly one mail to the submitter in their
// language; nothing is written when a step fails.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { StaffUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { INITIAL_FORM_STATE } from "@/lib/forms/state";
import { stopBoss } from "@/lib/jobs/boss";
import { proposalFormValues } from "@/lib/submissions/innovation-input";
import { approveSubmission, rejectSubmission, requestChanges } from "@/lib/submissions/write-moderation";
import { storeSubmission } from "@/lib/submissions/write";
import { form, redirectOf, signInAs, staffUser } from "../support/actions";
import { correctionInput, mailsTo, proposalInput, randomIp } from "../support/submissions";
import { queuedForSearch } from "../support/search-queue";

afterAll(() => stopBoss({ graceful: false }));

let editor: StaffUser;
beforeAll(async () => {
  editor = await staffUser("EDITOR");
});
beforeEach(async () => {
  await signInAs(editor);
});

const actor = () => ({ id: editor.id, email: editor.email, ip: null });

async function newProposal(overrides: Record<string, unknown> = {}) {
  const input = proposalInput(overrides);
  const result = await storeSubmission(input, { ip: randomIp() });
  if (!result.ok) throw new Error(`store failed: ${JSON.stringify(result)}`);
  return { id: result.submissionId, email: String(input.email), input };
}

/** The approval form's values as the action would post them (rows flattened back to objects). */
function approvalInput(payload: unknown, locale: string): Record<string, unknown> {
  const values = proposalFormValues(payload, locale)!;
  const assessments: Record<string, string>[] = [];
  const input: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(values)) {
    const m = /^assessments\.(\d+)\.(\w+)$/.exec(name);
    if (m) (assessments[Number(m[1])] ??= {})[m[2]!] = value as string;
    else if (name === "links.0.url") input.links = value ? [{ url: value }] : [];
    else input[name] = value;
  }
  return { ...input, assessments };
}

const submitterMails = async (email: string) => (await mailsTo(email)).filter((m) => m.tag !== "submission.received");

describe("approving a proposal", () => {
  it("creates the innovation as published, links it, writes the audit entry and mails the submitter once", async () => {
    const { id, email } = await newProposal();
    const stored = await db.submission.findUniqueOrThrow({ where: { id } });
    const result = await approveSubmission(id, approvalInput(stored.payload, stored.locale), true, actor());
    if (!result.ok) throw new Error(JSON.stringify(result));
    const submission = await db.submission.findUniqueOrThrow({ where: { id } });
    expect(submission).toMatchObject({
      status: "APPROVED",
      reviewedById: editor.id,
      innovationId: result.innovation!.id,
    });
    const innovation = await db.innovation.findUniqueOrThrow({
      where: { id: result.innovation!.id },
      include: { assessments: true, links: true },
    });
    expect(innovation).toMatchObject({
      publication: "PUBLISHED",
      source: "PUBLIC_SUBMISSION",
      titleLv: stored.payload && (stored.payload as { titleLv: string }).titleLv,
      stage: "pilot",
    });
    expect(innovation.publishedAt).not.toBeNull();
    expect(innovation.links.map((l) => l.url)).toEqual(["https://virtuve.example.lv"]);
    // the self-assessment: every "yes" as a SIF score 5 by the submitter
    expect(innovation.assessments).toHaveLength(8);
    expect(innovation.assessments.every((a) => a.framework === "SIF" && a.assessor === "SELF" && a.score === 5)).toBe(
      true,
    );
    // the search index update was queued with the innovation
    expect(await queuedForSearch([innovation.id])).toContain(innovation.id);
    const audit = await db.auditLog.findMany({ where: { entityType: "Submission", entityId: id, action: "update" } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      actorId: editor.id,
      changes: { status: ["PENDING", "APPROVED"], innovationId: [null, innovation.id] },
    });
    const mails = await submitterMails(email);
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({ tag: "submission.approved", subject: "Jūsu ierosinājums ir apstiprināts" });
    expect(mails[0]!.text).toContain(`/innovations/${innovation.slug}`);
  });

  it("keeps a draft when not publishing, and puts an English submitter's text in the English fields", async () => {
    const { id, email } = await newProposal({ locale: "en", titleLv: "Community kitchen for seniors" });
    const stored = await db.submission.findUniqueOrThrow({ where: { id } });
    const input = {
      ...approvalInput(stored.payload, "en"),
      titleLv: "Kopienas virtuve senioriem",
      summaryLv: "Tulkojums latviski.",
    };
    const result = await approveSubmission(id, input, false, actor());
    if (!result.ok) throw new Error(JSON.stringify(result));
    const innovation = await db.innovation.findUniqueOrThrow({ where: { id: result.innovation!.id } });
    expect(innovation).toMatchObject({
      publication: "DRAFT",
      titleLv: "Kopienas virtuve senioriem",
      titleEn: "Community kitchen for seniors",
    });
    const mails = await submitterMails(email);
    expect(mails.map((m) => m.subject)).toEqual(["Your submission has been approved"]);
    expect(mails[0]!.text).not.toContain("/innovations/");
  });

  it("writes nothing when the edited innovation is invalid, and nothing twice", async () => {
    const { id, email } = await newProposal();
    const stored = await db.submission.findUniqueOrThrow({ where: { id } });
    const innovations = await db.innovation.count();
    const bad = await approveSubmission(
      id,
      { ...approvalInput(stored.payload, "lv"), titleLv: "", stage: "no-such-stage" },
      true,
      actor(),
    );
    expect(bad).toMatchObject({ ok: false, code: "invalid" });
    if (bad.ok || bad.code !== "invalid") throw new Error("unreachable");
    expect(Object.keys(bad.fieldErrors)).toEqual(expect.arrayContaining(["titleLv"]));
    expect(await db.innovation.count()).toBe(innovations);
    expect(await db.submission.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "PENDING",
      reviewedById: null,
    });
    expect(await db.auditLog.count({ where: { entityType: "Submission", entityId: id, action: "update" } })).toBe(0);
    expect(await submitterMails(email)).toHaveLength(0);

    expect((await approveSubmission(id, approvalInput(stored.payload, "lv"), false, actor())).ok).toBe(true);
    expect(await approveSubmission(id, approvalInput(stored.payload, "lv"), false, actor())).toEqual({
      ok: false,
      code: "closed",
    });
    expect(await rejectSubmission(id, "Par vēlu, jau apstiprināts.", actor())).toEqual({ ok: false, code: "closed" });
    expect(await submitterMails(email)).toHaveLength(1);
  });

  it("lets only one of two simultaneous decisions through", async () => {
    const { id, email } = await newProposal();
    const stored = await db.submission.findUniqueOrThrow({ where: { id } });
    const results = await Promise.all([
      approveSubmission(id, approvalInput(stored.payload, "lv"), true, actor()),
      rejectSubmission(id, "Neatbilst sociālās inovācijas definīcijai.", actor()),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok && r.code === "closed")).toHaveLength(1);
    expect(await submitterMails(email)).toHaveLength(1);
  });
});

describe("approving a correction", () => {
  it("applies the edited text to the record and keeps its relations", async () => {
    const target = await db.innovation.findFirstOrThrow({
      where: { publication: "PUBLISHED", organisations: { some: {} } },
      include: { organisations: true, links: true, assessments: true },
    });
    const input = correctionInput(target.slug);
    const stored = await storeSubmission(input, { ip: randomIp() });
    if (!stored.ok) throw new Error(JSON.stringify(stored));
    const result = await approveSubmission(
      stored.submissionId,
      { titleLv: target.titleLv, summaryLv: "Labots kopsavilkums pēc iesūtītā labojuma." },
      false,
      actor(),
    );
    if (!result.ok) throw new Error(JSON.stringify(result));
    const after = await db.innovation.findUniqueOrThrow({
      where: { id: target.id },
      include: { organisations: true, links: true, assessments: true },
    });
    expect(after.summaryLv).toBe("Labots kopsavilkums pēc iesūtītā labojuma.");
    expect(after.publication).toBe("PUBLISHED");
    expect(after.organisations).toHaveLength(target.organisations.length);
    expect(after.links).toHaveLength(target.links.length);
    expect(after.assessments).toHaveLength(target.assessments.length);
    const audit = await db.auditLog.findFirstOrThrow({
      where: { entityType: "Innovation", entityId: target.id, action: "update" },
      orderBy: { at: "desc" },
    });
    expect(Object.keys(audit.changes as object)).toContain("summaryLv");
    const mails = await submitterMails(String(input.email));
    expect(mails.map((m) => m.subject)).toEqual(["Your submission has been approved"]);
  });
});

describe("asking for changes and rejecting", () => {
  it("asks for changes with a message mailed to the submitter, and can still be approved afterwards", async () => {
    const { id, email } = await newProposal();
    const result = await requestChanges(id, "Lūdzu, aprakstiet rezultātus sīkāk.", actor());
    expect(result).toMatchObject({ ok: true, status: "CHANGES_REQUESTED" });
    expect(await db.submission.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "CHANGES_REQUESTED",
      reason: "Lūdzu, aprakstiet rezultātus sīkāk.",
    });
    const mails = await submitterMails(email);
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({ tag: "submission.changes", subject: "Lūdzam papildināt jūsu ierosinājumu" });
    expect(mails[0]!.text).toContain("Lūdzu, aprakstiet rezultātus sīkāk.");
    const audit = await db.auditLog.findFirstOrThrow({
      where: { entityType: "Submission", entityId: id, action: "update" },
    });
    expect(audit.changes).toMatchObject({ status: ["PENDING", "CHANGES_REQUESTED"] });
    expect(await rejectSubmission(id, "Papildinājumi netika saņemti.", actor())).toMatchObject({
      ok: true,
      status: "REJECTED",
    });
  });

  it("requires a reason to reject, and writes nothing without one", async () => {
    const { id, email } = await newProposal({ locale: "en" });
    for (const reason of [undefined, "", "   ", "short"]) {
      const result = await rejectSubmission(id, reason, actor());
      expect(result).toMatchObject({ ok: false, code: "invalid" });
      if (result.ok || result.code !== "invalid") throw new Error("unreachable");
      expect(result.fieldErrors.reason?.[0]).toMatch(/^submissions\.errors\.message(Required|TooShort)$/);
    }
    expect(await db.submission.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "PENDING", reason: null });
    expect(await submitterMails(email)).toHaveLength(0);
    expect(await rejectSubmission(id, "This is not a social innovation.", actor())).toMatchObject({
      ok: true,
      status: "REJECTED",
    });
    const mails = await submitterMails(email);
    expect(mails.map((m) => [m.tag, m.subject])).toEqual([
      ["submission.rejected", "We cannot publish your submission"],
    ]);
    expect(mails[0]!.text).toContain("This is not a social innovation.");
  });

  it("answers an unknown submission with notFound", async () => {
    expect(await requestChanges("nosuchsubmission", "Lūdzu, papildiniet aprakstu.", actor())).toEqual({
      ok: false,
      code: "notFound",
    });
  });
});

describe("the moderation server actions", () => {
  it("refuses a consultant and lets an editor reject through the review form", async () => {
    const { rejectSubmissionAction } = await import("@/lib/submissions/actions");
    const { id } = await newProposal();
    const rejection = form({ id, locale: "lv", reason: "Dublē jau publicētu inovāciju." });
    await signInAs("CONSULTANT");
    expect(await rejectSubmissionAction(INITIAL_FORM_STATE, rejection)).toMatchObject({ error: "forbidden" });
    expect(await db.submission.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "PENDING" });
    await signInAs(editor);
    expect(await redirectOf(rejectSubmissionAction(INITIAL_FORM_STATE, rejection))).toBe(
      `/admin/submissions/${id}?done=rejected`,
    );
  });

  it("approves from the prefilled form's fields, dropping its empty rows", async () => {
    const { approveSubmissionAction } = await import("@/lib/submissions/actions");
    const { id } = await newProposal();
    const stored = await db.submission.findUniqueOrThrow({ where: { id } });
    const approval = form({
      ...proposalFormValues(stored.payload, "lv")!,
      "links.0.url": "",
      "organisations.0.organisationId": "",
      "organisations.0.role": "IMPLEMENTER",
      id,
      kind: "NEW_INNOVATION",
      intent: "publish",
      locale: "en",
    });
    expect(await redirectOf(approveSubmissionAction(INITIAL_FORM_STATE, approval))).toBe(
      `/en/admin/submissions/${id}?done=approved`,
    );
    const row = await db.submission.findUniqueOrThrow({ where: { id }, include: { innovation: true } });
    expect(row.innovation).toMatchObject({ publication: "PUBLISHED" });
  });
});

describe("revising after a request for changes", () => {
  it("reopens the submission with its values from the mailed link, once", async () => {
    const { loadRevision } = await import("@/lib/submissions/form-options");
    const { id, email, input } = await newProposal();
    await requestChanges(id, "Lūdzu, norādiet, kur tieši tas notiek.", actor());
    const mail = (await submitterMails(email)).find((m) => m.tag === "submission.changes")!;
    const token = decodeURIComponent(/\/submit\?revise=(\S+)/.exec(mail.text)![1]!);

    const revision = await loadRevision(token);
    expect(revision).toMatchObject({
      mode: "proposal",
      message: "Lūdzu, norādiet, kur tieši tas notiek.",
      values: { titleLv: input.titleLv, email, "sa-novelty": "yes", themes: ["social-services", "ageing"] },
    });
    expect(await loadRevision(`${token.slice(0, -2)}xx`)).toBeNull();

    const revised = await storeSubmission(
      proposalInput({
        ...revision!.values,
        solutionLv: "Brīvprātīgie Zilupē katru dienu gatavo un piegādā pusdienas.",
        selfAssessment: input.selfAssessment,
        links: [],
        revise: token,
      }),
      { ip: randomIp() },
    );
    expect(revised).toMatchObject({ ok: true, submissionId: id });
    const row = await db.submission.findUniqueOrThrow({ where: { id } });
    expect(row.status).toBe("PENDING");
    expect(row.payload).toMatchObject({ solutionLv: "Brīvprātīgie Zilupē katru dienu gatavo un piegādā pusdienas." });
    const audit = await db.auditLog.findMany({
      where: { entityType: "Submission", entityId: id },
      orderBy: { at: "asc" },
    });
    expect(audit.map((a) => (a.changes as { status: unknown }).status)).toEqual([
      [null, "PENDING"],
      ["PENDING", "CHANGES_REQUESTED"],
      ["CHANGES_REQUESTED", "PENDING"],
    ]);
    expect((await mailsTo(email)).map((m) => m.tag)).toEqual([
      "submission.received",
      "submission.changes",
      "submission.received",
    ]);

    // the link is spent: the submission is no longer waiting for changes
    const before = await db.submission.count();
    expect(
      await storeSubmission(
        proposalInput({ ...revision!.values, selfAssessment: input.selfAssessment, links: [], revise: token }),
        { ip: randomIp() },
      ),
    ).toEqual({ ok: false, code: "invalid", fieldErrors: { revise: ["submissions.errors.reviseExpired"] } });
    expect(await loadRevision(token)).toBeNull();
    expect(await db.submission.count()).toBe(before);
  });
});

describe("retention", () => {
  it("anonymises submitters 24 months after the decision, keeping the submission and open ones", async () => {
    const { anonymiseExpiredSubmissions } = await import("@/lib/submissions/write-privacy");
    const old = await newProposal();
    const fresh = await newProposal();
    const waiting = await newProposal();
    for (const s of [old, fresh]) await rejectSubmission(s.id, "Neatbilst sociālās inovācijas definīcijai.", actor());
    await db.submission.update({
      where: { id: old.id },
      data: { reviewedAt: new Date(Date.now() - 25 * 30 * 24 * 3600_000) },
    });
    await db.submission.update({
      where: { id: waiting.id },
      data: { createdAt: new Date(Date.now() - 30 * 30 * 24 * 3600_000) },
    });
    expect(await anonymiseExpiredSubmissions()).toBeGreaterThanOrEqual(1);
    expect(await db.submission.findUniqueOrThrow({ where: { id: old.id } })).toMatchObject({
      submitterName: "—",
      submitterEmail: "anonymised@invalid",
      status: "REJECTED",
    });
    expect(await db.submission.findUniqueOrThrow({ where: { id: fresh.id } })).toMatchObject({
      submitterEmail: fresh.email,
    });
    expect(await db.submission.findUniqueOrThrow({ where: { id: waiting.id } })).toMatchObject({
      submitterEmail: waiting.email,
      status: "PENDING",
    });
    expect(await anonymiseExpiredSubmissions()).toBe(0);
  });
});
