// A mail server that is down delays mail but loses nothing: the request is
// stored, the job is retried with backoff, and once the server is back the
// mail is delivered.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { submitRequest } from "@/lib/consultations/write";
import { getBoss, QUEUES, stopBoss } from "@/lib/jobs/boss";
import { startMailWorker } from "@/lib/jobs/mail";
import { listDevMail, readDevMail } from "@/lib/mail/dev-mailbox";
import { fileTransport, setMailTransport, smtpTransport } from "@/lib/mail/transport";
import { freePort } from "../support/test-postgres";
import { makeSlot, randomIp, requestInput, until } from "../support/consultations";

const mailDir = fs.mkdtempSync(path.join(os.tmpdir(), "sikc-mail-"));

afterAll(async () => {
  setMailTransport(null);
  await stopBoss({ graceful: false });
  fs.rmSync(mailDir, { recursive: true, force: true });
});

type JobRow = { state: string; retry_count: number };
const jobsOf = (reference: string) =>
  db.$queryRaw<
    JobRow[]
  >`SELECT state::text AS state, retry_count FROM pgboss.job WHERE name = 'mail.send' AND data->>'subject' LIKE ${`%${reference}%`}`;

describe("mail through the job queue", () => {
  it("keeps the request while SMTP is down, retries, and delivers when it is back", async () => {
    // nothing listens on this port: connections are refused, like a dead mail server
    setMailTransport(smtpTransport(`smtp://127.0.0.1:${await freePort()}`));
    const boss = await getBoss();
    await boss.updateQueue(QUEUES.mailSend, { name: QUEUES.mailSend, retryDelay: 1, retryBackoff: true });

    const slot = await makeSlot(48);
    const submitted = await submitRequest(requestInput({ slotId: slot.id, locale: "en" }), { ip: randomIp() });
    if (!submitted.ok) throw new Error(`submit failed: ${submitted.code}`);
    expect(await db.consultationRequest.count({ where: { id: submitted.requestId } })).toBe(1);

    await startMailWorker(boss, { pollingIntervalSeconds: 0.5 });
    const retried = await until(async () => {
      const jobs = await jobsOf(submitted.reference);
      return jobs.length === 2 && jobs.every((j) => j.retry_count >= 1 && j.state !== "completed") ? jobs : null;
    });
    expect(retried.every((j) => j.state === "retry" || j.state === "active" || j.state === "created")).toBe(true);
    expect(fs.readdirSync(mailDir)).toHaveLength(0);

    setMailTransport(fileTransport(mailDir));
    await until(
      async () => ((await jobsOf(submitted.reference)).every((j) => j.state === "completed") ? true : null),
      25_000,
    );

    const mails = await listDevMail(10, mailDir);
    expect(mails).toHaveLength(2);
    const confirmation = mails.find((m) => m.tag === "consultation.confirmation");
    expect(confirmation?.subject).toBe(`Consultation request ${submitted.reference} received`);
    const raw = await readDevMail(confirmation!.file, mailDir);
    expect(raw).toMatch(/Content-Type: text\/calendar; charset=utf-8; method=REQUEST/);
    expect(mails.find((m) => m.tag === "consultation.staff.new")?.to).toContain("consultant@sikc.test");
  }, 60_000);
});
