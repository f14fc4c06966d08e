// "mail.send": every mail the portal sends goes through this queue, so a mail
// server being down delays a mail (retried with exponential backoff) but never
// loses it, and never fails the request that caused it. The worker takes jobs
// in batches and sends as many at once as the SMTP pool has connections.
import type PgBoss from "pg-boss";
import { deliverMail, mailConcurrency } from "@/lib/mail/transport";
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

/** Jobs fetched at once; a full batch fetches the next at once instead of waiting for the polling interval. */
const MAIL_BATCH_SIZE = 50;

/**
 * Sends a batch with at most `concurrency` mails in flight (the SMTP pool's
 * connections). A mail that fails is failed on its own, so pg-boss retries it
 * with backoff while the rest of the batch counts as sent.
 */
async function deliverBatch(boss: PgBoss, jobs: PgBoss.Job<unknown>[], concurrency: number): Promise<void> {
  let next = 0;
  const lane = async () => {
    for (let job = jobs[next++]; job; job = jobs[next++]) {
      try {
        await deliverMail(ZMailMessage.parse(job.data));
      } catch (error) {
        await boss.fail(QUEUES.mailSend, job.id, { message: error instanceof Error ? error.message : String(error) });
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, jobs.length) }, lane));
}

export async function startMailWorker(
  boss: PgBoss,
  options: { pollingIntervalSeconds?: number } = {},
): Promise<string> {
  const id: string = await boss.work(
    QUEUES.mailSend,
    { batchSize: MAIL_BATCH_SIZE, pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2 },
    async (jobs) => {
      await deliverBatch(boss, jobs, mailConcurrency());
      // a burst (1 000 submissions) drains at the mail server's pace, not one batch per polling interval
      if (jobs.length === MAIL_BATCH_SIZE) boss.notifyWorker(id);
    },
  );
  return id;
}
