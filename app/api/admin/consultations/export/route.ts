// GET /api/admin/consultations/export?email=… : everything held about one
// requester as a JSON download (GDPR art. 15/20), for staff answering a request.
import { deniedResponse, requirePermission } from "@/lib/auth/guard";
import { exportRequesterData } from "@/lib/consultations/write-privacy";
import { ZRequesterEmail } from "@/lib/consultations/staff/schema";

export async function GET(request: Request): Promise<Response> {
  try {
    const user = await requirePermission("consultations:manage");
    const parsed = ZRequesterEmail.safeParse({ email: new URL(request.url).searchParams.get("email") ?? "" });
    if (!parsed.success)
      return Response.json(
        { error: "invalid parameter", parameter: "email" },
        { status: 400, headers: { "Cache-Control": "no-store" } },
      );
    const data = await exportRequesterData({ id: user.id, role: user.role, email: user.email }, parsed.data.email);
    const stamp = data.exportedAt.slice(0, 10);
    return new Response(JSON.stringify(data, null, 2), {
      headers: {
        "Content-Type": "application/json; charset=utf-8",
        // the address is not put in the file name: names end up in download histories
        "Content-Disposition": `attachment; filename="consultation-requester-${stamp}.json"`,
        "Cache-Control": "no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch (error) {
    return deniedResponse(error);
  }
}
