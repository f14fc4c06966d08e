// What the import page's two forms (check, then import) get back. Plain data,
// shared by the server actions and the client form.
import type { ImportReport } from "./write";
import type { ImportKind } from "./types";

export type ImportProblem = "fileRequired" | "kindInvalid" | "kindUnavailable" | "notCsv" | "expired" | "generic";

export type ImportFormState = {
  attempt: number;
  /** "running": the import is queued or being written by the worker (lib/import/jobs.ts). */
  phase: "idle" | "checked" | "running" | "imported";
  kind: ImportKind;
  report: ImportReport | null;
  /** Signed id of the stored file; only when the check found nothing wrong. */
  token: string | null;
  created: number;
  problem: ImportProblem | null;
  /** The running import's job, while phase is "running". */
  job: { id: string; fileName: string } | null;
};

export const initialImportState: ImportFormState = {
  attempt: 0,
  phase: "idle",
  kind: "innovations",
  report: null,
  token: null,
  created: 0,
  problem: null,
  job: null,
};
