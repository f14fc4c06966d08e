import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { listDevMail } from "@/lib/mail/dev-mailbox";
import { ZMailMessage } from "@/lib/mail/message";
import { fileTransport } from "@/lib/mail/transport";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sikc-mail-unit-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("file mail transport", () => {
  it("writes an .eml where user text cannot add headers", async () => {
    const sent = await fileTransport(dir).send(
      ZMailMessage.parse({
        to: [{ address: "anna@example.lv", name: "Anna\r\nBcc: victim@example.com" }],
        subject: "K-2026-0001 Bērziņa\nBcc: victim@example.com",
        text: "Labdien!",
        ical: { method: "REQUEST", content: "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n" },
        tag: "consultation.confirmation",
      }),
    );
    const raw = fs.readFileSync(sent.file!, "utf8");
    const head = raw.split("\r\n\r\n")[0]!;
    expect(head).not.toMatch(/^Bcc:/im);
    expect(raw).not.toMatch(/\r\nBcc:/i);
    expect(raw).toMatch(/text\/calendar; charset=utf-8; method=REQUEST/);
    const [listed] = await listDevMail(10, dir);
    expect(listed).toMatchObject({
      subject: "K-2026-0001 Bērziņa Bcc: victim@example.com",
      tag: "consultation.confirmation",
    });
    expect(listed?.to).toContain("anna@example.lv");
  });
});
