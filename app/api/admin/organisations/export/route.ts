// Staff download of the organisation list as filtered on /admin/organisations
// (CSV for Excel or JSON). The columns are the import's, so an edited export
// can be imported back.
import type { ExportColumn } from "@/lib/admin/export";
import { listExportHandler } from "@/lib/admin/export-route";
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

export const GET = listExportHandler("organisations", ORGANISATION_LIST, listOrganisationsForExport, COLUMNS);
