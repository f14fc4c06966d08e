// Stored funding records as their forms' initial values: dates as Riga
// wall-clock time for datetime-local inputs, amounts as plain text, the
// details object as indented JSON.
import { toFormValues } from "@/lib/admin/form-data";
import type { FormValues } from "@/lib/admin/form-state";
import { rigaInputValue } from "@/lib/time/riga-input";

export const PROGRAMME_FORM_FIELDS = [
  "titleLv",
  "titleEn",
  "slug",
  "kind",
  "period",
  "summaryLv",
  "summaryEn",
  "themes",
  "url",
  "urlLv",
  "funderId",
  "operatorId",
  "managingAuthorityId",
] as const;

export const CALL_FORM_FIELDS = [
  "titleLv",
  "titleEn",
  "slug",
  "programmeId",
  "funderId",
  "callNumber",
  "summaryLv",
  "summaryEn",
  "opensAt",
  "closesAt",
  "rolling",
  "totalBudgetEur",
  "minPerProjectEur",
  "maxPerProjectEur",
  "aidIntensityPct",
  "advancePct",
  "stages",
  "targetGroups",
  "themes",
  "eligibleApplicantTypes",
  "url",
  "contactEmail",
  "details",
] as const;

export const PROGRAMME_ARRAYS = ["themes"] as const;
export const CALL_ARRAYS = ["stages", "targetGroups", "themes", "eligibleApplicantTypes"] as const;

const pick = (record: Record<string, unknown>, fields: readonly string[]) =>
  Object.fromEntries(fields.map((f) => [f, record[f]]));

export function programmeFormValues(record: Record<string, unknown>): FormValues {
  return toFormValues(pick(record, PROGRAMME_FORM_FIELDS));
}

export function callFormValues(record: Record<string, unknown>): FormValues {
  const { opensAt, closesAt, details, ...rest } = pick(record, CALL_FORM_FIELDS);
  return {
    ...toFormValues(rest),
    opensAt: rigaInputValue(opensAt as Date | null),
    closesAt: rigaInputValue(closesAt as Date | null),
    details: details === null || details === undefined ? "" : JSON.stringify(details, null, 2),
  };
}

export const NEW_PROGRAMME_VALUES: FormValues = { themes: [] };
export const NEW_CALL_VALUES: FormValues = { stages: [], targetGroups: [], themes: [], eligibleApplicantTypes: [] };
