// Staff download of contact people as filtered on /admin/contacts. Personal
// data: never public, never cached, and every download is written to the
// audit log (who exported which selection).
import { exportFormat, exportResponse, type ExportColumn } from "@/lib/admin/export";
import { parseListQuery } from "@/lib/admin/list-query";
import { writeAudit } from "@/lib/audit/write";
import { deniedResponse, requirePermission } from "@/lib/auth/guard";
import { CONTACT_LIST, listContactsForExport, type ContactExportRow } from "@/lib/contacts/queries";

const COLUMNS: ExportColumn<ContactExportRow>[] = [
  { key: "id", value: (r) => r.id },
  { key: "name", value: (r) => r.name },
  { key: "organisation", value: (r) => r.organisation?.slug ?? null },
  { key: "positionLv", value: (r) => r.positionLv },
  { key: "positionEn", value: (r) => r.positionEn },
  { key: "expertiseLv", value: (r) => r.expertiseLv },
  { key: "expertiseEn", value: (r) => r.expertiseEn },
  { key: "email", value: (r) => r.email },
  { key: "phone", value: (r) => r.phone },
  { key: "showPublicly", value: (r) => r.showPublicly },
  { key: "consentAt", value: (r) => r.consentAt },
  { key: "updatedAt", value: (r) => r.updatedAt },
];

export async function GET(request: Request): Promise<Response> {
  let user;
  try {
    user = await requirePermission("content:read");
  } catch (error) {
    return deniedResponse(error);
  }
  const params = new URL(request.url).searchParams;
  const query = parseListQuery(params, CONTACT_LIST);
  const rows = await listContactsForExport(query);
  const format = exportFormat(params);
  await writeAudit({
    action: "export",
    entityType: "Contact",
    actorId: user.id,
    actorEmail: user.email,
    changes: { format, rows: rows.length, q: query.q, ...query.filters },
  });
  return exportResponse(format, "contacts", rows, COLUMNS);
}
