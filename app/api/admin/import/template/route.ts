// GET /api/admin/import/template?kind=innovations|organisations
// An empty import file: the header row, ";"-separated with a BOM so Excel in
// Latvia opens it in columns with Latvian letters intact.
import { deniedResponse, requirePermission } from "@/lib/auth/guard";
import { templateCsv } from "@/lib/import/template";
import { IMPORT_KINDS, type ImportKind } from "@/lib/import/types";

export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  try {
    await requirePermission("content:write");
    const kind = new URL(request.url).searchParams.get("kind");
    if (!(IMPORT_KINDS as readonly string[]).includes(kind ?? "")) {
      return Response.json(
        { error: "invalid_parameter", parameter: "kind" },
        { status: 400, headers: { "Cache-Control": "no-store" } },
      );
    }
    const body = templateCsv(kind as ImportKind);
    if (body === null)
      return Response.json(
        { error: "not_available", parameter: "kind" },
        { status: 404, headers: { "Cache-Control": "no-store" } },
      );
    return new Response(body, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="sikc-import-${kind}.csv"`,
        "Cache-Control": "no-store",
      },
    });
  } catch (error) {
    return deniedResponse(error);
  }
}
