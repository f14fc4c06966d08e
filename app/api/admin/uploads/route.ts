// POST /api/admin/uploads (multipart: file, purpose=file|cover): stores one
// upload for a staff form and answers { ok, upload } or { ok: false, error,
// limitMb } with an error key the form shows next to its file field. A route
// handler rather than a server action so a 20 MB document is read as a
// bounded stream (server actions stop at 1 MB).
import { deniedResponse, requirePermission } from "@/lib/auth/guard";
import { isCrossSite, readBoundedBody } from "@/lib/uploads/http";
import { limitMb, MAX_REQUEST_BYTES, UPLOAD_PURPOSES, type UploadPurpose } from "@/lib/uploads/policy";
import { saveUpload, type SaveUploadResult } from "@/lib/uploads/write";

export const dynamic = "force-dynamic";

const answer = (body: SaveUploadResult, status: number) =>
  Response.json(body, { status, headers: { "Cache-Control": "no-store" } });

export async function POST(request: Request): Promise<Response> {
  try {
    const user = await requirePermission("content:write");
    if (isCrossSite(request)) return Response.json({ error: "forbidden" }, { status: 403 });
    const body = await readBoundedBody(request, MAX_REQUEST_BYTES);
    if (body === null) return answer({ ok: false, error: "tooLarge", limitMb: limitMb("document") }, 413);
    let form: FormData;
    try {
      form = await new Response(new Uint8Array(body), {
        headers: { "content-type": request.headers.get("content-type") ?? "" },
      }).formData();
    } catch {
      return answer({ ok: false, error: "empty" }, 400);
    }
    const file = form.get("file");
    const purposeRaw = form.get("purpose");
    const purpose: UploadPurpose = UPLOAD_PURPOSES.find((p) => p === purposeRaw) ?? "file";
    if (!(file instanceof File) || file.size === 0) return answer({ ok: false, error: "empty" }, 400);
    const result = await saveUpload({
      bytes: new Uint8Array(await file.arrayBuffer()),
      originalName: file.name,
      purpose,
      actor: user,
    });
    return answer(result, result.ok ? 201 : result.error === "tooLarge" ? 413 : 422);
  } catch (error) {
    return deniedResponse(error);
  }
}
