// Reads the public submission form's FormData for lib/submissions/actions.ts:
// the plain object the store parses, and the values to echo back.
import "server-only";
import { z } from "zod";
import { criterionField, SIF_CRITERIA } from "./criteria";
import type { FormValues } from "./form-state";

const MULTI = new Set(["themes", "targetGroups"]);
// Only these names are echoed back: anything else a client posts is dropped.
const ECHOED = [
  "kind", "titleLv", "summaryLv", "problemLv", "solutionLv", "stage", "status", "themes", "targetGroups", "region", "organisationName", "link",
  ...SIF_CRITERIA.map(criterionField), "selfAssessmentNote",
  "innovation", "whatIsWrong", "proposedText", "sourceNote",
  "name", "email", "privacyAcknowledged", "revise",
] as const;

const ZFormString = z.string().max(10_000);

export function readSubmissionForm(formData: FormData): { input: Record<string, unknown>; values: FormValues } {
  const text = (name: string) => {
    const parsed = ZFormString.safeParse(formData.get(name));
    return parsed.success ? parsed.data : undefined;
  };
  const values: FormValues = {};
  for (const name of ECHOED) {
    if (MULTI.has(name)) {
      values[name] = formData.getAll(name).filter((v): v is string => typeof v === "string").slice(0, 50);
    } else {
      const v = text(name);
      if (v !== undefined) values[name] = v;
    }
  }
  const selfAssessment = Object.fromEntries(SIF_CRITERIA.map((key) => [key, values[criterionField(key)]]));
  return {
    input: { ...values, selfAssessment, links: values.link ? [{ url: values.link }] : [], locale: text("locale"), website: text("website") ?? "", renderedAt: text("renderedAt") },
    values,
  };
}
