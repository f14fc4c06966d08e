// What the import page's two forms (check, then import) get back. Plain data,
// shared by the server actions and the client form.
import type { ImportReport } from "./run";
import type { ImportKind } from "./types";

export type ImportProblem = "fileRequired" | "kindInvalid" | "kindUnavailable" | "notCsv" | "expired" | "generic";

export type ImportFormState = {
  attempt: number;
  phase: "idle" | "checked" | "imported";
  kind: ImportKind;
  report: ImportReport | null;
  /** Signed id of the stored file; only when the check found nothing wrong. */
  token: string | null;
  created: number;
  problem: ImportProblem | null;
};

export const initialImportState: ImportFormState = { attempt: 0, phase: "idle", kind: "innovations", report: null, token: null, created: 0, problem: null };
