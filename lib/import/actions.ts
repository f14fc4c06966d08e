"use server";
// The CSV import's steps for staff with content:write: check a file (a dry
// run that writes nothing and keeps the file server-side), then queue the
// import of the checked file (one transaction, written by the worker:
// lib/import/jobs.ts), then ask how it went. Registered in lib/import/authz.ts.
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { fileTypeFromBuffer } from "file-type";
import { z } from "zod";
import { AuthzError, deniedResult, requirePermission, type ActionDenied } from "@/lib/auth/guard";
import { clientIp } from "@/lib/auth/client-ip";
import { plainText } from "@/lib/forms/plain-text";
import { IMPORT_ADAPTERS } from "./adapters";
import { MAX_BYTES } from "./csv";
import type { ImportFormState } from "./form-state";
import { enqueueImport, importJobStatus } from "./jobs";
import { checkFile, type ImportReport } from "./write";
import { loadUpload, saveUpload } from "./store";
import { IMPORT_KINDS } from "./types";

const ZAttempt = z.object({ attempt: z.number().int().nonnegative() }).catch({ attempt: 0 });
const ZKind = z.enum(IMPORT_KINDS);

/** Authorization problems become typed results; anything else is logged and shown generically, never as an error page. */
function failed(error: unknown, base: ImportFormState): ImportFormState | ActionDenied {
  if (error instanceof AuthzError) return deniedResult(error);
  console.error("csv import failed", error instanceof Error ? error.message.split("\n")[0] : String(error));
  return { ...base, problem: "generic" };
}

const formOf = (data: unknown) => (data instanceof FormData ? data : new FormData());
// Only the name's last part, bounded: it is shown back and stored in the audit entry.
const cleanName = (name: string) =>
  (name.split(/[\\/]/).pop() ?? "").replace(/[\u0000-\u001f]/g, "").slice(0, 200) || "import.csv";

/** A fresh answer to a step that names its kind in the form (the import and status steps). */
const answerTo = (previous: ImportFormState, form: FormData): ImportFormState => ({
  attempt: ZAttempt.parse(previous).attempt + 1,
  phase: "idle",
  kind: ZKind.catch("innovations").parse(form.get("kind")),
  report: null,
  token: null,
  created: 0,
  problem: null,
  job: null,
});

async function ipOrNull(): Promise<string | null> {
  try {
    return clientIp(await headers());
  } catch {
    return null;
  }
}

export async function checkImport(
  previous: ImportFormState,
  formData: FormData,
): Promise<ImportFormState | ActionDenied> {
  const attempt = ZAttempt.parse(previous).attempt + 1;
  const form = formOf(formData);
  const kind = ZKind.safeParse(form.get("kind"));
  const base: ImportFormState = {
    attempt,
    phase: "idle",
    kind: kind.success ? kind.data : "innovations",
    report: null,
    token: null,
    created: 0,
    problem: null,
    job: null,
  };
  try {
    const user = await requirePermission("content:write");
    if (!kind.success) return { ...base, problem: "kindInvalid" };
    const adapter = IMPORT_ADAPTERS[kind.data];
    if (!adapter) return { ...base, problem: "kindUnavailable" };
    const file = form.get("file");
    if (!(file instanceof File) || file.size === 0) return { ...base, problem: "fileRequired" };
    const fileName = cleanName(file.name);
    const emptyReport: ImportReport = {
      kind: kind.data,
      fileName,
      rows: 0,
      delimiter: null,
      bom: false,
      problem: null,
      issues: [],
    };
    if (file.size > MAX_BYTES)
      return {
        ...base,
        phase: "checked",
        report: { ...emptyReport, problem: { code: "tooLarge", maxBytes: MAX_BYTES } },
      };
    const bytes = new Uint8Array(await file.arrayBuffer());
    // A spreadsheet saved as .xlsx, a PDF or a program renamed to .csv: recognised by content, not by name.
    if (await fileTypeFromBuffer(bytes)) return { ...base, problem: "notCsv" };
    const { report } = await checkFile(adapter, bytes, fileName);
    const clean = !report.problem && report.issues.length === 0;
    const token = clean ? await saveUpload(bytes, { userId: user.id, kind: kind.data, fileName }) : null;
    return { ...base, phase: "checked", report, token };
  } catch (error) {
    return failed(error, base);
  }
}

export async function runImport(
  previous: ImportFormState,
  formData: FormData,
): Promise<ImportFormState | ActionDenied> {
  const form = formOf(formData);
  const base = answerTo(previous, form);
  try {
    const user = await requirePermission("content:write");
    const token = form.get("token");
    // Checked here too, so a stale or borrowed token is refused at once rather than by the job.
    const upload = await loadUpload(token, user.id);
    if (!upload || typeof token !== "string") return { ...base, problem: "expired" };
    if (!IMPORT_ADAPTERS[upload.kind]) return { ...base, kind: upload.kind, problem: "kindUnavailable" };
    const id = await enqueueImport({ token, userId: user.id, email: user.email ?? null, ip: await ipOrNull() });
    return { ...base, kind: upload.kind, phase: "running", job: { id, fileName: upload.fileName } };
  } catch (error) {
    return failed(error, base);
  }
}

const ZJobRef = z.object({ jobId: z.uuid(), fileName: plainText("audit.import.errors.generic").max(200) });

/** How the queued import went: still running, its rows written, or its report of what stopped it. */
export async function importStatus(
  previous: ImportFormState,
  formData: FormData,
): Promise<ImportFormState | ActionDenied> {
  const form = formOf(formData);
  const base = answerTo(previous, form);
  try {
    const user = await requirePermission("content:write");
    const ref = ZJobRef.safeParse({ jobId: form.get("jobId"), fileName: form.get("fileName") });
    const status = ref.success ? await importJobStatus(ref.data.jobId, user.id) : null;
    if (!ref.success || !status) return { ...base, problem: "expired" };
    if (status.state === "running")
      return { ...base, phase: "running", job: { id: ref.data.jobId, fileName: ref.data.fileName } };
    if (status.state === "failed") return { ...base, problem: "generic" };
    const { output } = status;
    if (!output.ok)
      return output.report
        ? { ...base, phase: "checked", report: output.report }
        : { ...base, problem: output.problem ?? "generic" };
    revalidatePath("/", "layout"); // the import job expired the public pages' cached reads itself
    return { ...base, kind: output.report.kind, phase: "imported", report: output.report, created: output.created };
  } catch (error) {
    return failed(error, base);
  }
}
