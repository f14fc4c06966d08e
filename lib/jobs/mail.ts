// "mail.send": every mail the portal sends goes through this queue, so a mail
// server being down delays a mail (retried with exponential backoff) but never
// loses it, and never fails the request that caused it.
import type PgBoss from "pg-boss";
import { deliverMail } from "@/lib/mail/transport";
import { ZMailMessage, type MailMessage } from "@/lib/mail/message";
import { getBoss, QUEUES, transactionDb, type RawSqlClient } from "./boss";

/**
 * Queues a mail. Pass the Prisma transaction as `tx` to make the mail part of
 * it; call getBoss() before opening the transaction so the queue exists.
 */
export async function enqueueMail(message: MailMessage, options: { tx?: RawSqlClient } = {}): Promise<string | null> {
  const data = ZMailMessage.parse(message);
  const boss = await getBoss();
  return boss.send(QUEUES.mailSend, data, options.tx ? { db: transactionDb(options.tx) } : {});
}

/** One job, one mail: a throw marks the job failed and pg-boss schedules the retry. */
async function handleMailJob(job: PgBoss.Job<unknown>): Promise<{ messageId: string }> {
  const sent = await deliverMail(ZMailMessage.parse(job.data));
  return { messageId: sent.messageId };
}

export async function startMailWorker(
  boss: PgBoss,
  options: { pollingIntervalSeconds?: number } = {},
): Promise<string> {
  return boss.work(
    QUEUES.mailSend,
    { batchSize: 1, pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2 },
    async ([job]) => (job ? handleMailJob(job) : undefined),
  );
}
