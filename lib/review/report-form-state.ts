// What the supporters' report action hands back to the form: only i18n keys
// and the person's own values. Types only, safe for client components.
import type { FieldErrors, FormValues } from "@/lib/admin/form-state";

type ReportProblem = "invalid" | "expired" | "closed" | "spam" | "tooFast" | "rateLimited" | "generic";

export type ReportFormState = {
  attempt: number;
  values: FormValues;
  fieldErrors: FieldErrors;
  problem: ReportProblem | null;
  /** The report was stored: the form gives way to the thank-you note. */
  done: boolean;
};
