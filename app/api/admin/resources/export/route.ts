// Staff download of the toolkit list as filtered on /admin/resources (CSV or JSON),
// with the attached file's name and its address.
import { exportFormat, exportResponse, type ExportColumn } from "@/lib/admin/export";
import { parseListQuery } from "@/lib/admin/list-query";
import { deniedResponse, requirePermission } from "@/lib/auth/guard";
import { listResourcesForExport, RESOURCE_LIST, type ResourceRecord } from "@/lib/resources/queries";

export const dynamic = "force-dynamic";

const FIELDS = [
  "id", "slug", "titleLv", "titleEn", "summaryLv", "summaryEn", "type", "audiences", "stages", "themes", "language", "publisher", "year",
  "url", "alternateUrls", "featured", "publication", "sourceRefs", "isDemo", "demoNote", "createdAt", "updatedAt",
] as const satisfies readonly (keyof ResourceRecord)[];

const COLUMNS: ExportColumn<ResourceRecord>[] = [
  ...FIELDS.map((key): ExportColumn<ResourceRecord> => ({ key, value: (r) => r[key] })),
  { key: "fileName", value: (r) => r.file?.originalName ?? null },
  { key: "filePath", value: (r) => (r.file ? `/api/uploads/${r.file.id}` : null) },
];

export async function GET(request: Request): Promise<Response> {
  try {
    await requirePermission("content:read");
  } catch (error) {
    return deniedResponse(error);
  }
  const params = new URL(request.url).searchParams;
  return exportResponse(exportFormat(params), "resources", await listResourcesForExport(parseListQuery(params, RESOURCE_LIST)), COLUMNS);
}
