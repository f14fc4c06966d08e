// A stored organisation as the form's initial values (lists shown one per line
// in a textarea are joined with newlines; checkbox groups stay lists).
import { toFormValues } from "@/lib/forms/values";
import type { FormValues } from "@/lib/forms/state";
import { ORGANISATION_FIELDS } from "./schema";

export function organisationFormValues(record: Record<string, unknown>): FormValues {
  const picked = Object.fromEntries(ORGANISATION_FIELDS.map((f) => [f, record[f]]));
  const values = toFormValues(picked);
  for (const field of ["publicEmails", "sourceRefs"] as const) {
    const v = values[field];
    values[field] = Array.isArray(v) ? v.join("\n") : (v ?? "");
  }
  return values;
}

export const NEW_ORGANISATION_VALUES: FormValues = {
  publication: "PUBLISHED",
  country: "LV",
  roles: [],
  supportTypes: [],
  stagesCovered: [],
};
