// GET /api/uploads/{id}: an uploaded file with the type detected when it was
// stored. Files attached to a published record are public; any other upload
// (a draft's file, one not attached yet) needs content:read.
import { deniedResponse, requirePermission } from "@/lib/auth/guard";
import { notModified, uploadHeaders } from "@/lib/uploads/http";
import { findUploadForServing } from "@/lib/uploads/write";
import { uploadStore } from "@/lib/uploads/store";

export const dynamic = "force-dynamic";

const notFound = () =>
  new Response("Not found", {
    status: 404,
    headers: { "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff" },
  });

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  if (!/^[a-z0-9]{10,40}$/i.test(id)) return notFound();
  const upload = await findUploadForServing(id);
  if (!upload) return notFound();
  if (!upload.isPublic) {
    try {
      await requirePermission("content:read");
    } catch (error) {
      return deniedResponse(error);
    }
  }
  const headers = uploadHeaders(upload);
  if (notModified(request, upload)) return new Response(null, { status: 304, headers });
  const bytes = await uploadStore().get(upload.storageKey);
  if (!bytes) return notFound();
  return new Response(new Uint8Array(bytes), { status: 200, headers });
}
