// "import.run": the CSV import runs in the worker, not in the staff member's
// request. A 5 000-row file takes minutes to write (every row goes through
// the domain write function with its audit entry and outbox row), longer than
// a browser or a proxy in front of the portal waits. The page polls
// importJobStatus until the job has an outcome (lib/import/actions.ts).
import "server-only";
import type PgBoss from "pg-boss";
import { z } from "zod";
import { expirePublicDataOutsideNext } from "@/lib/cache/expire-outside-next";
import { getBoss, QUEUES } from "@/lib/jobs/boss";
import { IMPORT_ADAPTERS } from "./adapters";
import { importFile, type ImportReport } from "./write";
import { loadUpload, removeUpload } from "./store";

const ZImportJob = z.object({
  token: z.string().min(1).max(200),
  userId: z.string().min(1),
  email: z.string().nullable(),
  ip: z.string().nullable(),
});
export type ImportJob = z.infer<typeof ZImportJob>;

/** What the job leaves as its output: the rows written, or why nothing was. */
export type ImportJobOutput =
  | { ok: true; created: number; report: ImportReport }
  | { ok: false; report: ImportReport | null; problem: "expired" | "kindUnavailable" | null };

export type ImportJobStatus = { state: "running" } | { state: "failed" } | { state: "done"; output: ImportJobOutput };

export async function enqueueImport(job: ImportJob): Promise<string> {
  const boss = await getBoss();
  // never retried (see the queue in lib/jobs/boss.ts), whatever an older queue definition says
  const id = await boss.send(QUEUES.importRun, ZImportJob.parse(job), { retryLimit: 0 });
  if (!id) throw new Error("import job not queued");
  return id;
}

/** Imports the stored file as its owner; the file is removed once its rows are written. */
export async function handleImportJob(data: unknown): Promise<ImportJobOutput> {
  const job = ZImportJob.parse(data);
  // The token is checked again: it may have expired while the job waited.
  const upload = await loadUpload(job.token, job.userId);
  if (!upload) return { ok: false, report: null, problem: "expired" };
  const adapter = IMPORT_ADAPTERS[upload.kind];
  if (!adapter) return { ok: false, report: null, problem: "kindUnavailable" };
  const outcome = await importFile(
    adapter,
    upload.bytes,
    upload.fileName,
    { id: job.userId, email: job.email, ip: job.ip },
    { sha256: upload.sha256 },
  );
  if (!outcome.ok) return { ok: false, report: outcome.report, problem: null };
  await removeUpload(job.token);
  // the worker is not a Next process: it expires the pages' cached reads through the shared table
  await expirePublicDataOutsideNext();
  return { ok: true, created: outcome.created.length, report: outcome.report };
}

/** The job's state for the person who started it; null for anyone else or an unknown id. */
export async function importJobStatus(id: string, userId: string): Promise<ImportJobStatus | null> {
  if (!z.uuid().safeParse(id).success) return null;
  const boss = await getBoss();
  const job = await boss.getJobById<ImportJob>(QUEUES.importRun, id, { includeArchive: true });
  if (!job || ZImportJob.safeParse(job.data).data?.userId !== userId) return null;
  if (job.state === "completed") return { state: "done", output: job.output as ImportJobOutput };
  if (job.state === "failed" || job.state === "cancelled") return { state: "failed" };
  return { state: "running" };
}

export async function startImportWorker(
  boss: PgBoss,
  options: { pollingIntervalSeconds?: number } = {},
): Promise<string> {
  return boss.work(
    QUEUES.importRun,
    { batchSize: 1, pollingIntervalSeconds: options.pollingIntervalSeconds ?? 1 },
    async ([job]) => (job ? handleImportJob(job.data) : undefined),
  );
}
