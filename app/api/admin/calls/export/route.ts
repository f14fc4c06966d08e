// Staff download of the call list as filtered on /admin/calls (CSV or JSON):
// amounts as plain numbers, instants in UTC ISO 8601, details as JSON text in CSV.
import { exportFormat, exportResponse, type ExportColumn } from "@/lib/admin/export";
import { parseListQuery } from "@/lib/admin/list-query";
import { deniedResponse, requirePermission } from "@/lib/auth/guard";
import { CALL_LIST, listCallsForExport, type CallRecord } from "@/lib/funding/queries";

export const dynamic = "force-dynamic";

const PLAIN = [
  "id", "slug", "programmeId", "funderId", "titleLv", "titleEn", "summaryLv", "summaryEn", "callNumber", "opensAt", "closesAt", "rolling",
  "eligibleApplicantTypes", "themes", "targetGroups", "stages", "url", "contactEmail", "publication", "sourceRefs", "isDemo", "demoNote",
  "createdAt", "updatedAt",
] as const satisfies readonly (keyof CallRecord)[];
const AMOUNTS = ["totalBudgetEur", "minPerProjectEur", "maxPerProjectEur", "aidIntensityPct", "advancePct"] as const satisfies readonly (keyof CallRecord)[];

const COLUMNS: ExportColumn<CallRecord>[] = [
  ...PLAIN.map((key): ExportColumn<CallRecord> => ({ key, value: (r) => r[key] })),
  ...AMOUNTS.map((key): ExportColumn<CallRecord> => ({ key, value: (r) => (r[key] === null ? null : Number(r[key])) })),
  { key: "details", value: (r) => (r.details === null ? null : JSON.stringify(r.details)) },
];

export async function GET(request: Request): Promise<Response> {
  try {
    await requirePermission("content:read");
  } catch (error) {
    return deniedResponse(error);
  }
  const params = new URL(request.url).searchParams;
  return exportResponse(exportFormat(params), "calls", await listCallsForExport(parseListQuery(params, CALL_LIST)), COLUMNS);
}
