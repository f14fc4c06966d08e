// The staff side of consultations against the real database: the status life
// cycle, assignment, internal notes that never reach the requester, reply by
// e-mail, referral (all or nothing), and slot series entered as a weekly
// rule across the Riga DST changes.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { StaffUser } from "@/lib/auth/session";
import { submitRequest } from "@/lib/consultations/booking";
import { exportRequesterData } from "@/lib/consultations/privacy";
import { toRiga } from "@/lib/time/riga";
import { viewRequest } from "@/lib/consultations/self-service";
import {
  addNote,
  assignRequest,
  changeStatus,
  referRequest,
  replyToRequester,
} from "@/lib/consultations/staff/requests";
import { db } from "@/lib/db";
import { stopBoss } from "@/lib/jobs/boss";
import { makeSlot, randomIp, requestInput } from "../support/consultations";

const session = vi.hoisted(() => ({ user: null as StaffUser | null }));
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => session.user }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));

const { changeStatusAction, createSeriesAction, deleteSlotAction, replyAction } =
  await import("@/lib/consultations/staff/actions");

let consultant: StaffUser;
let admin: StaffUser;
let editor: StaffUser;

beforeAll(async () => {
  const users = await db.user.findMany({
    where: { email: { in: ["admin@sikc.test", "editor@sikc.test", "consultant@sikc.test"] } },
  });
  const of = (role: string) => {
    const u = users.find((x) => x.role === role)!;
    return { id: u.id, email: u.email, name: u.name, role: u.role };
  };
  [consultant, admin, editor] = [of("CONSULTANT"), of("ADMIN"), of("EDITOR")];
});
beforeEach(() => {
  session.user = consultant;
});
afterAll(() => stopBoss({ graceful: false }));

type Job = { tag: string | null; to: string; subject: string; text: string };
async function mailJobs(requestEmail: string): Promise<Job[]> {
  const rows = await db.$queryRaw<
    { data: { tag?: string; to: { address: string }[]; subject: string; text: string } }[]
  >`
    SELECT data FROM pgboss.job WHERE name = 'mail.send' AND data::text LIKE ${`%${requestEmail}%`} ORDER BY created_on`;
  return rows.map((r) => ({
    tag: r.data.tag ?? null,
    to: r.data.to.map((a) => a.address).join(","),
    subject: r.data.subject,
    text: r.data.text,
  }));
}

async function newRequest(overrides: Record<string, unknown> = {}) {
  const input = requestInput(overrides);
  const r = await submitRequest(input, { ip: randomIp() });
  if (!r.ok) throw new Error(`setup: ${r.code}`);
  return { ...r, email: String(input.email) };
}

const form = (values: Record<string, string>) => {
  const f = new FormData();
  for (const [k, v] of Object.entries(values)) f.set(k, v);
  return f;
};

describe("status life cycle", () => {
  it("moves NEW → IN_PROGRESS → SCHEDULED → COMPLETED with history and audit, and closes the self-service link", async () => {
    const r = await newRequest();
    for (const status of ["IN_PROGRESS", "SCHEDULED", "COMPLETED"]) {
      expect(await changeStatus(consultant, { requestId: r.requestId, status })).toEqual({ ok: true });
    }
    const stored = await db.consultationRequest.findUniqueOrThrow({
      where: { id: r.requestId },
      include: { events: { where: { kind: "status" }, orderBy: { createdAt: "asc" } } },
    });
    expect(stored.status).toBe("COMPLETED");
    expect(stored.closedAt).not.toBeNull();
    expect(stored.events.map((e) => [e.fromStatus, e.toStatus, e.authorId])).toEqual([
      ["NEW", "IN_PROGRESS", consultant.id],
      ["IN_PROGRESS", "SCHEDULED", consultant.id],
      ["SCHEDULED", "COMPLETED", consultant.id],
    ]);
    const audits = await db.auditLog.findMany({
      where: { entityType: "ConsultationRequest", entityId: r.requestId },
      orderBy: { at: "asc" },
    });
    expect(audits.map((a) => a.changes)).toEqual([
      { status: ["NEW", "IN_PROGRESS"] },
      { status: ["IN_PROGRESS", "SCHEDULED"] },
      { status: ["SCHEDULED", "COMPLETED"] },
    ]);
    expect(audits.every((a) => a.actorId === consultant.id && a.actorEmail === consultant.email)).toBe(true);
    expect(await viewRequest(r.token)).toBeNull();
  });

  it("refuses transitions the life cycle does not allow, with a message and no change", async () => {
    const r = await newRequest();
    expect(await changeStatus(consultant, { requestId: r.requestId, status: "COMPLETED" })).toEqual({
      ok: false,
      fieldErrors: { status: ["inbox.errors.transitionNotAllowed"] },
    });
    expect(await changeStatus(consultant, { requestId: r.requestId, status: "REFERRED" })).toEqual({
      ok: false,
      fieldErrors: { status: ["inbox.errors.referViaForm"] },
    });
    expect(await changeStatus(consultant, { requestId: r.requestId, status: "NEW" })).toMatchObject({ ok: false });
    await changeStatus(consultant, { requestId: r.requestId, status: "CANCELLED" });
    expect(await changeStatus(consultant, { requestId: r.requestId, status: "IN_PROGRESS" })).toEqual({
      ok: false,
      fieldErrors: { status: ["inbox.errors.transitionNotAllowed"] },
    });
    expect(await db.consultationEvent.count({ where: { requestId: r.requestId, kind: "status" } })).toBe(1);
    expect(await changeStatus(consultant, { requestId: r.requestId, status: "FLYING" })).toMatchObject({
      ok: false,
      fieldErrors: { status: ["inbox.errors.statusRequired"] },
    });
  });

  it("cancelling frees the booked slot and tells the requester; the action refuses an editor", async () => {
    const slot = await makeSlot(72);
    const r = await newRequest({ slotId: slot.id });
    session.user = editor;
    expect(await changeStatusAction({ attempt: 0 }, form({ requestId: r.requestId, status: "CANCELLED" }))).toEqual({
      ok: false,
      error: "forbidden",
    });
    session.user = consultant;
    expect(
      await changeStatusAction({ attempt: 0 }, form({ requestId: r.requestId, status: "CANCELLED" })),
    ).toMatchObject({ ok: true, done: "status" });
    expect(await db.consultationRequest.findUniqueOrThrow({ where: { id: r.requestId } })).toMatchObject({
      status: "CANCELLED",
      slotId: null,
    });
    expect((await mailJobs(r.email)).map((j) => j.tag)).toContain("consultation.cancelled");
  });
});

describe("assignment and internal notes", () => {
  it("assigns to a consultant or admin, refuses an editor as assignee, and records both sides", async () => {
    const r = await newRequest();
    expect(await assignRequest(consultant, { requestId: r.requestId, assigneeId: admin.id })).toEqual({ ok: true });
    expect(await assignRequest(consultant, { requestId: r.requestId, assigneeId: editor.id })).toEqual({
      ok: false,
      fieldErrors: { assigneeId: ["inbox.errors.assigneeInvalid"] },
    });
    expect(await assignRequest(admin, { requestId: r.requestId, assigneeId: "" })).toEqual({ ok: true });
    const events = await db.consultationEvent.findMany({
      where: { requestId: r.requestId, kind: "assigned" },
      orderBy: { createdAt: "asc" },
    });
    expect(events.map((e) => [e.data, e.internal])).toEqual([
      [{ from: null, to: admin.id }, true],
      [{ from: admin.id, to: null }, true],
    ]);
    expect(
      await db.consultationRequest.findUniqueOrThrow({ where: { id: r.requestId }, select: { assigneeId: true } }),
    ).toEqual({ assigneeId: null });
    await expect(
      assignRequest({ id: editor.id, role: "EDITOR" }, { requestId: r.requestId, assigneeId: "" }),
    ).rejects.toThrow(/forbidden/);
  });

  it("keeps notes out of everything the requester sees: the self-service view, the data export and every mail", async () => {
    const slot = await makeSlot(80);
    const r = await newRequest({ slotId: slot.id });
    const secret = "Iekšēja piezīme: zvanīja, izklausījās nogurusi 7f3a";
    expect(await addNote(consultant, { requestId: r.requestId, body: secret })).toEqual({ ok: true });
    expect(await addNote(consultant, { requestId: r.requestId, body: "   " })).toEqual({
      ok: false,
      fieldErrors: { body: ["inbox.errors.noteRequired"] },
    });
    // later requester-facing steps must not carry it either
    await replyToRequester(consultant, {
      requestId: r.requestId,
      subject: "Jūsu jautājums",
      body: "Labdien! Atbilde uz jūsu jautājumu ir šāda.",
    });
    await changeStatus(consultant, { requestId: r.requestId, status: "CANCELLED" });

    const note = await db.consultationEvent.findFirstOrThrow({ where: { requestId: r.requestId, kind: "note" } });
    expect(note).toMatchObject({ internal: true, body: secret, authorId: consultant.id });
    expect(JSON.stringify(await viewRequest(r.token))).not.toContain("7f3a");
    expect(JSON.stringify(await exportRequesterData(consultant, r.email))).not.toContain("7f3a");
    const jobs = await mailJobs(r.email);
    expect(jobs.length).toBeGreaterThanOrEqual(3);
    expect(JSON.stringify(jobs)).not.toContain("7f3a");
    // the audit log records that a note was added, not what it says
    expect(JSON.stringify(await db.auditLog.findMany({ where: { entityId: r.requestId } }))).not.toContain("7f3a");
  });
});

describe("reply by e-mail", () => {
  it("queues the reply to the requester and records it in the history", async () => {
    const r = await newRequest({ locale: "en" });
    const answer = await replyAction(
      { attempt: 2 },
      form({
        requestId: r.requestId,
        subject: "Your question on funding",
        body: "Hello, the ESF+ call opens in March; here is how to prepare.",
      }),
    );
    expect(answer).toMatchObject({ ok: true, attempt: 3, done: "reply" });
    const reply = (await mailJobs(r.email)).find((j) => j.tag === "consultation.reply");
    expect(reply).toMatchObject({ to: r.email, subject: `Your question on funding [${r.reference}]` });
    expect(reply?.text).toContain("the ESF+ call opens in March");
    const event = await db.consultationEvent.findFirstOrThrow({ where: { requestId: r.requestId, kind: "reply" } });
    expect(event).toMatchObject({
      internal: false,
      data: { subject: "Your question on funding" },
      authorId: consultant.id,
    });
  });

  it("refuses a subject with a line break (header injection) and keeps what was typed", async () => {
    const r = await newRequest();
    const answer = await replyAction(
      { attempt: 0 },
      form({ requestId: r.requestId, subject: "Hi\r\nBcc: victim@example.lv", body: "A body that is long enough." }),
    );
    expect(answer).toMatchObject({
      ok: false,
      fieldErrors: { subject: ["inbox.errors.lineBreaksNotAllowed"] },
      values: { body: "A body that is long enough." },
    });
    expect((await mailJobs(r.email)).some((j) => j.tag === "consultation.reply")).toBe(false);
    expect(await db.consultationEvent.count({ where: { requestId: r.requestId, kind: "reply" } })).toBe(0);
  });
});

describe("referral", () => {
  it("writes the Referral, the events, status REFERRED and two mails in the requester's language", async () => {
    const org = await db.organisation.create({
      data: {
        slug: `partner-${Date.now()}`,
        nameLv: "Biedrība Partneris",
        nameEn: "Partner Association",
        type: "ngo",
        publicEmails: ["info@partneris.example.lv"],
      },
    });
    const contact = await db.contact.create({
      data: { organisationId: org.id, name: "Ilze Kalniņa", email: "ilze@partneris.example.lv", showPublicly: true },
    });
    const r = await newRequest({ locale: "en" });
    expect(
      await referRequest(consultant, {
        requestId: r.requestId,
        organisationId: org.id,
        contactId: contact.id,
        message: "Ilze runs the scaling mentoring programme.",
      }),
    ).toEqual({ ok: true });

    const stored = await db.consultationRequest.findUniqueOrThrow({
      where: { id: r.requestId },
      include: { referrals: true, events: { where: { kind: { in: ["referral", "status"] } } } },
    });
    expect(stored.status).toBe("REFERRED");
    expect(stored.closedAt).not.toBeNull();
    expect(stored.referrals).toHaveLength(1);
    expect(stored.referrals[0]).toMatchObject({
      organisationId: org.id,
      contactId: contact.id,
      note: "Ilze runs the scaling mentoring programme.",
      referredById: consultant.id,
    });
    expect(stored.events.map((e) => e.kind).sort()).toEqual(["referral", "status"]);
    const jobs = await mailJobs(r.email);
    const toRequester = jobs.find((j) => j.tag === "consultation.referral.requester");
    const toPartner = jobs.find((j) => j.tag === "consultation.referral.partner");
    expect(toRequester).toMatchObject({
      to: r.email,
      subject: `Your request ${r.reference}: contact Partner Association`,
    });
    expect(toRequester?.text).toContain("ilze@partneris.example.lv");
    expect(toPartner).toMatchObject({
      to: "ilze@partneris.example.lv",
      subject: `SIKC refers consultation request ${r.reference} to you`,
    });
    expect(await db.auditLog.count({ where: { entityId: r.requestId, action: "update" } })).toBe(1);
  });

  it("leaves nothing behind when one part fails (the partner address is refused by the mail layer)", async () => {
    const org = await db.organisation.create({
      data: { slug: `broken-${Date.now()}`, nameLv: "Nepareiza adrese", type: "ngo" },
    });
    const contact = await db.contact.create({
      data: { organisationId: org.id, name: "Bez adreses", email: "not-an-address", showPublicly: true },
    });
    const r = await newRequest();
    const jobsBefore = (await mailJobs(r.email)).length;
    const auditBefore = await db.auditLog.count();
    const result = await referRequest(consultant, {
      requestId: r.requestId,
      organisationId: org.id,
      contactId: contact.id,
      message: "Lūdzu palīdziet ar juridisko formu.",
    });
    expect(result).toEqual({ ok: false, fieldErrors: { form: ["inbox.errors.mailRefused"] } });
    expect(await db.referral.count({ where: { requestId: r.requestId } })).toBe(0);
    expect(
      await db.consultationEvent.count({ where: { requestId: r.requestId, kind: { in: ["referral", "status"] } } }),
    ).toBe(0);
    expect((await db.consultationRequest.findUniqueOrThrow({ where: { id: r.requestId } })).status).toBe("NEW");
    expect((await mailJobs(r.email)).length).toBe(jobsBefore);
    expect(await db.auditLog.count()).toBe(auditBefore);
  });

  it("refuses a contact without public consent and an organisation without any address", async () => {
    const org = await db.organisation.create({
      data: { slug: `quiet-${Date.now()}`, nameLv: "Klusā biedrība", type: "ngo" },
    });
    const hidden = await db.contact.create({
      data: { organisationId: org.id, name: "Slēpts", email: "hidden@example.lv", showPublicly: false },
    });
    const r = await newRequest();
    const base = { requestId: r.requestId, organisationId: org.id, message: "Ziņa partnerim par pieteikumu." };
    expect(await referRequest(consultant, { ...base, contactId: hidden.id })).toEqual({
      ok: false,
      fieldErrors: { contactId: ["inbox.errors.contactInvalid"] },
    });
    expect(await referRequest(consultant, base)).toEqual({
      ok: false,
      fieldErrors: { email: ["inbox.errors.partnerEmailRequired"] },
    });
    expect(await referRequest(consultant, { ...base, email: "free@partner.example.lv" })).toEqual({ ok: true });
  });
});

describe("slots from the slots page", () => {
  it("a weekly rule (weekday + until) keeps 10:00 Riga time across the last Sunday of March and October", async () => {
    // Tuesdays from 2028-03-14 to 2028-04-04: the clocks go forward on 26 March 2028
    const spring = await createSeriesAction(
      { attempt: 0 },
      form({
        weekday: "2",
        from: "2028-03-13",
        until: "2028-04-04",
        time: "10:00",
        durationMin: "60",
        format: "online",
      }),
    );
    expect(spring).toMatchObject({ ok: true, done: "seriesCreated", counts: { created: 4, skipped: 0 } });
    // Thursdays around 29 October 2028 (clocks go back)
    const autumn = await createSeriesAction(
      { attempt: 0 },
      form({
        weekday: "4",
        from: "2028-10-19",
        until: "2028-11-02",
        time: "10:00",
        durationMin: "45",
        format: "phone",
      }),
    );
    expect(autumn).toMatchObject({ ok: true, counts: { created: 3 } });
    const slots = await db.consultationSlot.findMany({
      where: { consultantId: consultant.id, startsAt: { gte: new Date("2028-01-01"), lt: new Date("2029-01-01") } },
      orderBy: { startsAt: "asc" },
    });
    expect(slots.map((s) => s.startsAt.toISOString())).toEqual([
      "2028-03-14T08:00:00.000Z",
      "2028-03-21T08:00:00.000Z",
      "2028-03-28T07:00:00.000Z",
      "2028-04-04T07:00:00.000Z",
      "2028-10-19T07:00:00.000Z",
      "2028-10-26T07:00:00.000Z",
      "2028-11-02T08:00:00.000Z",
    ]);
    expect(slots.every((s) => toRiga(s.startsAt).time === "10:00")).toBe(true);
    expect(
      await db.auditLog.count({ where: { entityType: "ConsultationSlot", action: "create", actorId: consultant.id } }),
    ).toBeGreaterThanOrEqual(2);
  });

  it("answers bad series input next to the field and refuses to delete a booked slot", async () => {
    expect(
      await createSeriesAction(
        { attempt: 0 },
        form({
          weekday: "2",
          from: "2028-06-01",
          until: "2028-05-01",
          time: "10:00",
          durationMin: "60",
          format: "online",
        }),
      ),
    ).toMatchObject({
      ok: false,
      fieldErrors: { until: ["inbox.errors.untilTooEarly"] },
      values: { from: "2028-06-01" },
    });
    expect(
      await createSeriesAction(
        { attempt: 0 },
        form({
          weekday: "2",
          from: "2028-06-01",
          until: "2028-07-01",
          time: "25:00",
          durationMin: "60",
          format: "online",
        }),
      ),
    ).toMatchObject({ ok: false, fieldErrors: { time: ["inbox.errors.timeInvalid"] } });
    const slot = await makeSlot(100);
    await newRequest({ slotId: slot.id });
    expect(await deleteSlotAction({ attempt: 0 }, form({ slotId: slot.id }))).toMatchObject({
      ok: false,
      fieldErrors: { slotId: ["inbox.errors.slotBooked"] },
    });
    const free = await makeSlot(101);
    expect(await deleteSlotAction({ attempt: 0 }, form({ slotId: free.id }))).toMatchObject({ ok: true });
    expect(await db.consultationSlot.count({ where: { id: free.id } })).toBe(0);
    expect(
      await db.auditLog.count({ where: { entityType: "ConsultationSlot", entityId: free.id, action: "delete" } }),
    ).toBe(1);
  });
});
