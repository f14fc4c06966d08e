// Staff download of the organisation list as filtered on /admin/organisations
// (CSV for Excel or JSON). The columns are the import's, so an edited export
// can be imported back.
import { exportFormat, exportResponse, type ExportColumn } from "@/lib/admin/export";
import { parseListQuery } from "@/lib/admin/list-query";
import { deniedResponse, requirePermission } from "@/lib/auth/guard";
import { listOrganisationsForExport, ORGANISATION_LIST, type OrganisationExportRow } from "@/lib/organisations/queries";
import { ORGANISATION_FIELDS } from "@/lib/organisations/schema";

const COLUMNS: ExportColumn<OrganisationExportRow>[] = [
  { key: "id", value: (r) => r.id },
  ...ORGANISATION_FIELDS.map((key): ExportColumn<OrganisationExportRow> => ({
    key,
    // lists stay arrays in JSON and become "a; b" CSV cells, which the import schema splits again
    value: (r) => r[key] as string | string[] | null,
  })),
  { key: "createdAt", value: (r) => r.createdAt },
  { key: "updatedAt", value: (r) => r.updatedAt },
];

export async function GET(request: Request): Promise<Response> {
  try {
    await requirePermission("content:read");
  } catch (error) {
    return deniedResponse(error);
  }
  const params = new URL(request.url).searchParams;
  const rows = await listOrganisationsForExport(parseListQuery(params, ORGANISATION_LIST));
  return exportResponse(exportFormat(params), "organisations", rows, COLUMNS);
}
