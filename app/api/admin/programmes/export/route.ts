// Staff download of the programme list as filtered on /admin/programmes (CSV or JSON).
import { exportFormat, exportResponse, type ExportColumn } from "@/lib/admin/export";
import { parseListQuery } from "@/lib/admin/list-query";
import { deniedResponse, requirePermission } from "@/lib/auth/guard";
import { listProgrammesForExport, PROGRAMME_LIST, type ProgrammeRecord } from "@/lib/funding/queries";

export const dynamic = "force-dynamic";

const FIELDS = [
  "id", "slug", "titleLv", "titleEn", "kind", "period", "summaryLv", "summaryEn", "themes", "url", "urlLv",
  "funderId", "operatorId", "managingAuthorityId", "publication", "sourceRefs", "isDemo", "createdAt", "updatedAt",
] as const satisfies readonly (keyof ProgrammeRecord)[];

const COLUMNS: ExportColumn<ProgrammeRecord>[] = FIELDS.map((key) => ({ key, value: (r) => r[key] }));

export async function GET(request: Request): Promise<Response> {
  try {
    await requirePermission("content:read");
  } catch (error) {
    return deniedResponse(error);
  }
  const params = new URL(request.url).searchParams;
  return exportResponse(exportFormat(params), "programmes", await listProgrammesForExport(parseListQuery(params, PROGRAMME_LIST)), COLUMNS);
}
