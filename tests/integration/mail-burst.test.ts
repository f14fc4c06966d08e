// A burst of mail (1 000 submissions queue about 2 000) must drain in
// minutes, not hours: every requester's self-service link waits behind it.
// 500 queued mails reach the file transport within a minute, at the worker's
// ordinary polling interval.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getBoss, QUEUES, stopBoss } from "@/lib/jobs/boss";
import { startMailWorker } from "@/lib/jobs/mail";
import { fileTransport, setMailTransport, type MailTransport } from "@/lib/mail/transport";
import { until } from "../support/consultations";

const mailDir = fs.mkdtempSync(path.join(os.tmpdir(), "sikc-burst-"));
const MAILS = 500;

afterAll(async () => {
  setMailTransport(null);
  await stopBoss({ graceful: false });
  fs.rmSync(mailDir, { recursive: true, force: true });
});

const completed = async () =>
  (
    await db.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'mail.send' AND state = 'completed'`
  )[0]!.n;

describe("mail worker", () => {
  it(`delivers ${MAILS} queued mails within a minute`, async () => {
    const boss = await getBoss();
    await boss.insert(
      Array.from({ length: MAILS }, (_, i) => ({
        name: QUEUES.mailSend,
        data: { to: `person-${i}@example.lv`, subject: `Burst ${i}`, text: `Mail ${i}`, tag: "test.burst" },
      })),
    );
    setMailTransport(fileTransport(mailDir));
    const started = Date.now();
    await startMailWorker(boss);
    await until(async () => fs.readdirSync(mailDir).length >= MAILS, 60_000, 250);
    const seconds = (Date.now() - started) / 1000;
    console.log(`mail burst: ${MAILS} mails delivered in ${seconds.toFixed(1)} s`);
    expect(seconds).toBeLessThan(60);
    expect(fs.readdirSync(mailDir)).toHaveLength(MAILS);
    await until(async () => (await completed()) >= MAILS, 10_000);
  }, 90_000);

  it("retries only the mail that failed, not the rest of its batch", async () => {
    const boss = await getBoss();
    const sent: string[] = [];
    const flaky: MailTransport = {
      async send(message) {
        if (message.subject === "Fails once" && !sent.includes("failed")) {
          sent.push("failed");
          throw new Error("421 try again later");
        }
        sent.push(message.subject);
        return { messageId: message.subject };
      },
    };
    setMailTransport(flaky);
    await boss.updateQueue(QUEUES.mailSend, { name: QUEUES.mailSend, retryDelay: 1, retryBackoff: false });
    await boss.insert(
      ["A", "Fails once", "B"].map((subject) => ({
        name: QUEUES.mailSend,
        data: { to: "x@example.lv", subject, text: "t" },
      })),
    );
    await until(async () => sent.filter((s) => s === "Fails once").length === 1, 30_000);
    expect(sent.filter((s) => s === "A")).toHaveLength(1);
    expect(sent.filter((s) => s === "B")).toHaveLength(1);
  }, 60_000);
});
