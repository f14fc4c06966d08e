// The HTTP side of uploads: reading an upload request without buffering more
// than the largest allowed file, and the headers an upload is served with.
import "server-only";
import { contentDisposition, downloadName } from "./names";
import { dispositionFor } from "./policy";
import type { ServedUpload } from "./write";

/** The request body, or null once it passes `max` bytes (the rest is not read). */
export async function readBoundedBody(request: Request, max: number): Promise<Uint8Array | null> {
  const declared = Number(request.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > max) return null;
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > max) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const c of chunks) {
    out.set(c, offset);
    offset += c.byteLength;
  }
  return out;
}

/**
 * A browser-made cross-site POST (a form on another site) is refused even
 * though the session cookie is SameSite=Lax: route handlers lack the origin
 * check that Next gives server actions.
 */
export function isCrossSite(request: Request): boolean {
  if (request.headers.get("sec-fetch-site") === "cross-site") return true;
  const origin = request.headers.get("origin");
  if (!origin) return false;
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host") ?? new URL(request.url).host;
  try {
    return new URL(origin).host !== host;
  } catch {
    return true;
  }
}

export function uploadHeaders(upload: ServedUpload): Headers {
  const etag = `"${upload.sha256}"`;
  return new Headers({
    "Content-Type": upload.mimeType,
    "Content-Length": String(upload.sizeBytes),
    "Content-Disposition": contentDisposition(
      dispositionFor(upload.mimeType),
      downloadName(upload.originalName, upload.mimeType),
    ),
    "X-Content-Type-Options": "nosniff",
    // Nothing inside an upload may run script or load anything, even if a browser renders it.
    "Content-Security-Policy": "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox",
    ETag: etag,
    // Bytes never change under an id, but a record can be unpublished: public
    // copies expire after five minutes; drafts are revalidated on every request.
    "Cache-Control": upload.isPublic ? "public, max-age=300, stale-while-revalidate=60" : "private, no-cache",
    ...(upload.isPublic ? {} : { Vary: "Cookie" }),
  });
}

export const notModified = (request: Request, upload: ServedUpload): boolean =>
  request.headers
    .get("if-none-match")
    ?.split(",")
    .some((t) => t.trim().replace(/^W\//, "") === `"${upload.sha256}"`) ?? false;
