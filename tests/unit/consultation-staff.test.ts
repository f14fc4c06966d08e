// Pure parts of the staff side: the status life cycle, the inbox URL filters,
// the weekly-series form and the .eml reader of the development mailbox.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseInboxQuery } from "@/lib/consultations/staff/inbox-filters";
import { isoWeekday, seriesFromForm } from "@/lib/consultations/staff/slot-forms";
import { canTransition, statusFormTargets, STATUSES } from "@/lib/consultations/staff/transitions";
import { parseEml } from "@/lib/mail/eml";
import { fileTransport } from "@/lib/mail/transport";

describe("status life cycle", () => {
  it("goes forward from open states and never leaves a closed one", () => {
    expect(canTransition("NEW", "IN_PROGRESS")).toBe(true);
    expect(canTransition("IN_PROGRESS", "SCHEDULED")).toBe(true);
    expect(canTransition("SCHEDULED", "COMPLETED")).toBe(true);
    expect(canTransition("NEW", "COMPLETED")).toBe(false);
    for (const closed of ["COMPLETED", "REFERRED", "CANCELLED"] as const) {
      expect(STATUSES.filter((s) => canTransition(closed, s))).toEqual([]);
    }
    expect(statusFormTargets("NEW")).not.toContain("REFERRED");
  });
});

describe("inbox filters in the URL", () => {
  it("keeps good values, drops bad ones, and reads dates as Riga days", () => {
    const q = parseInboxQuery({
      q: " K-2026 ",
      status: "NOPE",
      topic: "funding",
      assignee: "mine",
      from: "2026-03-29",
      to: "2026-02-30",
      sort: "oldest",
      page: "2",
    });
    expect(q.values).toMatchObject({
      q: "K-2026",
      status: "",
      topic: "funding",
      assignee: "mine",
      from: "2026-03-29",
      to: "",
      sort: "oldest",
    });
    expect(q.from?.toISOString()).toBe("2026-03-28T22:00:00.000Z");
    expect(q.to).toBeUndefined();
    expect(q.page).toBe(2);
    expect(parseInboxQuery({ page: "-1", sort: ["reference", "x"] })).toMatchObject({ page: 1, sort: "reference" });
  });
});

describe("weekly series form", () => {
  const base = { time: "10:00", durationMin: 60, format: "online" };
  it("starts on the first chosen weekday on or after `from` and counts weeks up to `until`", () => {
    expect(isoWeekday("2028-03-13")).toBe(1);
    expect(seriesFromForm({ ...base, weekday: 2, from: "2028-03-13", until: "2028-04-04" })).toEqual({
      ok: true,
      value: { ...base, date: "2028-03-14", weeks: 4 },
    });
    expect(seriesFromForm({ ...base, weekday: 7, from: "2028-03-13", until: "2028-03-18" })).toEqual({
      ok: false,
      field: "until",
      key: "inbox.errors.untilTooEarly",
    });
    expect(seriesFromForm({ ...base, weekday: 1, from: "2028-01-03", until: "2029-06-01" })).toMatchObject({
      ok: false,
      key: "inbox.errors.seriesTooLong",
    });
  });
});

describe("development mailbox reader", () => {
  it("reads headers, the text body and the invitation attachments of a written .eml", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sikc-eml-"));
    const sent = await fileTransport(dir).send({
      to: [{ address: "anna@example.lv", name: "Anna Bērziņa" }],
      subject: "Konsultācija K-2026-0001",
      text: "Labdien!\n<b>nav HTML</b> ā ē ū",
      ical: { method: "REQUEST", content: "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n" },
      tag: "consultation.confirmation",
    });
    const mail = await parseEml(fs.readFileSync(sent.file!, "utf8"));
    expect(mail.headers).toContainEqual(["subject", "Konsultācija K-2026-0001"]);
    expect(mail.text).toBe("Labdien!\n<b>nav HTML</b> ā ē ū");
    expect(mail.attachments.map((a) => a.type)).toContain("text/calendar");
    expect(mail.attachments.map((a) => a.name)).toContain("invite.ics");
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
