// Reads the public submission form's FormData for lib/submissions/actions.ts:
// the plain object the store parses, and the values to echo back.
import "server-only";
import { readPublicForm } from "@/lib/forms/read-public-form";
import { criterionField, SIF_CRITERIA } from "./criteria";
import type { FormValues } from "./form-state";

const MULTI = new Set(["themes", "targetGroups"]);
// Only these names are echoed back: anything else a client posts is dropped.
const ECHOED = [
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

export function readSubmissionForm(formData: FormData): { input: Record<string, unknown>; values: FormValues } {
  const { values, guard } = readPublicForm(formData, ECHOED, MULTI);
  const selfAssessment = Object.fromEntries(SIF_CRITERIA.map((key) => [key, values[criterionField(key)]]));
  return {
    input: { ...values, selfAssessment, links: values.link ? [{ url: values.link }] : [], ...guard },
    values,
  };
}
