// Staff download of the call list as filtered on /admin/calls (CSV or JSON):
// amounts as plain numbers, instants in UTC ISO 8601, details as JSON text in CSV.
import type { ExportColumn } from "@/lib/admin/export";
import { listExportHandler } from "@/lib/admin/export-route";
import { CALL_LIST, listCallsForExport, type CallRecord } from "@/lib/funding/queries";

export const dynamic = "force-dynamic";

const PLAIN = [
  "id",
  "slug",
  "programmeId",
  "funderId",
  "titleLv",
  "titleEn",
  "summaryLv",
  "summaryEn",
  "callNumber",
  "opensAt",
  "closesAt",
  "rolling",
  "eligibleApplicantTypes",
  "themes",
  "targetGroups",
  "stages",
  "url",
  "contactEmail",
  "publication",
  "sourceRefs",
  "isDemo",
  "demoNote",
  "createdAt",
  "updatedAt",
] as const satisfies readonly (keyof CallRecord)[];
const AMOUNTS = [
  "totalBudgetEur",
  "minPerProjectEur",
  "maxPerProjectEur",
  "aidIntensityPct",
  "advancePct",
] as const satisfies readonly (keyof CallRecord)[];

const COLUMNS: ExportColumn<CallRecord>[] = [
  ...PLAIN.map((key): ExportColumn<CallRecord> => ({ key, value: (r) => r[key] })),
  ...AMOUNTS.map((key): ExportColumn<CallRecord> => ({ key, value: (r) => (r[key] === null ? null : Number(r[key])) })),
  { key: "details", value: (r) => (r.details === null ? null : JSON.stringify(r.details)) },
];

export const GET = listExportHandler("calls", CALL_LIST, (query) => listCallsForExport(query), COLUMNS);
