// What the public submission form gets back from its server action: i18n keys
// and the person's own values only. Imported by the client form, so it pulls
// in nothing at run time.
import type { FieldErrors } from "./schema";

/** Values the person typed, echoed back so nothing is lost after an error. */
export type FormValues = Record<string, string | string[]>;

type FormProblem = "tooFast" | "expired" | "spam" | "rateLimited" | "invalid" | "generic";

export type SubmissionFormState = {
  /** Bumped on every answer, so the form re-mounts with the echoed values as defaults. */
  attempt: number;
  values: FormValues;
  /** Field → i18n keys under "submissions.errors.*". */
  fieldErrors: FieldErrors;
  problem: FormProblem | null;
  /** A fresh form token (lib/forms/spam.ts) for the next attempt, once the form has been sent. */
  formToken?: string;
};

export const INITIAL_SUBMISSION_STATE: SubmissionFormState = { attempt: 0, values: {}, fieldErrors: {}, problem: null };
