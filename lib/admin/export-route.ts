// The GET handler of a staff list's export route (app/api/admin/<entity>/export):
// the permission first (content:read unless the list needs more), then the list's own filters from the URL (no paging,
// up to EXPORT_LIMIT rows) written as CSV or JSON (?format=json).
import "server-only";
import { exportFormat, exportResponse, type ExportColumn } from "@/lib/admin/export";
import { parseListQuery, type ListQuery, type ListSpec } from "@/lib/admin/list-query";
import { deniedResponse, requirePermission } from "@/lib/auth/guard";
import type { Permission } from "@/lib/auth/roles";
import type { StaffUser } from "@/lib/auth/session";

export function listExportHandler<T, S extends string, F extends string>(
  name: string,
  spec: ListSpec<S, F>,
  load: (query: ListQuery<S, F>, user: StaffUser) => Promise<readonly T[]>,
  columns: readonly ExportColumn<T>[],
  permission: Permission = "content:read",
): (request: Request) => Promise<Response> {
  return async function GET(request: Request): Promise<Response> {
    let user: StaffUser;
    try {
      user = await requirePermission(permission);
    } catch (error) {
      return deniedResponse(error);
    }
    const params = new URL(request.url).searchParams;
    return exportResponse(exportFormat(params), name, await load(parseListQuery(params, spec), user), columns);
  };
}
