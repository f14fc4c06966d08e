// "consultations.retention": once a day, anonymise closed consultation
// requests older than CONSULTATION_RETENTION_MONTHS, and submitters of public
// submissions decided long ago (privacy notice promises); and delete uploads
// that no record took within a day (lib/uploads/write-cleanup.ts).
import type PgBoss from "pg-boss";
import { anonymiseExpiredRequests } from "@/lib/consultations/write-privacy";
import { anonymiseExpiredSubmissions } from "@/lib/submissions/write-privacy";
import { deleteUnattachedUploads } from "@/lib/uploads/write-cleanup";
import { QUEUES } from "./boss";

/** 03:15 Riga time, after the night's backups and outside office hours. */
const RETENTION_CRON = "15 3 * * *";

export async function handleRetentionJob(): Promise<{
  anonymised: number;
  submittersAnonymised: number;
  uploadsDeleted: number;
}> {
  let anonymised = 0;
  // batches of 1000 keep each transaction short
  for (let batch = await anonymiseExpiredRequests(); batch > 0; batch = await anonymiseExpiredRequests())
    anonymised += batch;
  let submittersAnonymised = 0;
  for (let batch = await anonymiseExpiredSubmissions(); batch > 0; batch = await anonymiseExpiredSubmissions())
    submittersAnonymised += batch;
  let uploadsDeleted = 0;
  for (let batch = await deleteUnattachedUploads(); batch > 0; batch = await deleteUnattachedUploads())
    uploadsDeleted += batch;
  return { anonymised, submittersAnonymised, uploadsDeleted };
}

export async function startRetentionWorker(
  boss: PgBoss,
  options: { pollingIntervalSeconds?: number } = {},
): Promise<string> {
  await boss.schedule(QUEUES.retention, RETENTION_CRON, {}, { tz: "Europe/Riga" });
  return boss.work(QUEUES.retention, { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 30 }, () =>
    handleRetentionJob(),
  );
}
