// GET /api/admin/audit/export?format=csv|json&actor=…&action=…&entityType=…&entityId=…&from=YYYY-MM-DD&to=YYYY-MM-DD
// The filtered audit log for administrators. Bad parameters get a 400 naming them.
import { auditExportResponse } from "@/lib/audit/export";
import { parseAuditQueryStrict } from "@/lib/audit/filters";
import { clientIp } from "@/lib/auth/client-ip";
import { deniedResponse, requirePermission } from "@/lib/auth/guard";

export const dynamic = "force-dynamic";

const badRequest = (parameter: string) =>
  Response.json({ error: "invalid_parameter", parameter }, { status: 400, headers: { "Cache-Control": "no-store" } });

export async function GET(request: Request): Promise<Response> {
  try {
    const user = await requirePermission("users:manage");
    const params = new URL(request.url).searchParams;
    const format = params.get("format");
    if (format !== "csv" && format !== "json") return badRequest("format");
    const parsed = parseAuditQueryStrict(params);
    if (!parsed.ok) return badRequest(parsed.parameter);
    return await auditExportResponse(user, parsed.filters, format, clientIp(request.headers));
  } catch (error) {
    return deniedResponse(error);
  }
}
