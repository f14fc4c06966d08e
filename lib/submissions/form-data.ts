// The public submission form's fields for lib/submissions/actions.ts: which
// names are read and echoed back, and the shape the write layer parses. Pure.
import type { FormValues } from "@/lib/forms/state";
import { criterionField, SIF_CRITERIA } from "./criteria";

export const SUBMISSION_ARRAYS = ["themes", "targetGroups"] as const;
// Only these names are echoed back: anything else a client posts is dropped.
export const SUBMISSION_FIELDS = [
  "kind",
  "titleLv",
  "summaryLv",
  "problemLv",
  "solutionLv",
  "stage",
  "status",
  "themes",
  "targetGroups",
  "region",
  "organisationName",
  "link",
  ...SIF_CRITERIA.map(criterionField),
  "selfAssessmentNote",
  "innovation",
  "whatIsWrong",
  "proposedText",
  "sourceNote",
  "name",
  "email",
  "privacyAcknowledged",
  "revise",
] as const;

/** The form's flat values → what ZSubmissionInput parses (one radio group per criterion, one link field). */
export function submissionInput(values: FormValues): Record<string, unknown> {
  const selfAssessment = Object.fromEntries(SIF_CRITERIA.map((key) => [key, values[criterionField(key)]]));
  return { ...values, selfAssessment, links: values.link ? [{ url: values.link }] : [] };
}
