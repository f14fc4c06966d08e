// Requests Next would answer with a 500 (or act on) although the client is at
// fault, refused in the proxy with the right 4xx and a one-line reason.
import { NextResponse, type NextRequest } from "next/server";

/** Server actions' body limit (next.config.js serverActions.bodySizeLimit; the CSV import's 5 MB file fits). */
export const ACTION_BODY_LIMIT_BYTES = 6 * 1024 * 1024;

export type RequestProblem = { status: 400 | 403 | 404 | 411 | 413 | 415; reason: string };

// C0 controls and DEL: no route has them, and a NUL cannot reach PostgreSQL
const CONTROL = /[\u0000-\u001f\u007f]/;
const FORM_TYPES = /^(multipart\/form-data|application\/x-www-form-urlencoded|text\/plain)(;|$)/i;

function pathProblem(pathname: string, isPage: boolean): RequestProblem | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return { status: 400, reason: "the path is not valid UTF-8 percent-encoding" };
  }
  if (CONTROL.test(decoded)) return { status: 400, reason: "the path holds a control character" };
  // next-intl decodes a page's path once (decodeURI) and rewrites to the result, which Next then
  // fails to decode when an encoded "%" (%25) became a stray one: a 500 for "/en/%25". No page's
  // address has a "%" in it.
  if (isPage && /%(?![0-9a-f]{2})/i.test(decodeURI(pathname)))
    return { status: 404, reason: "no page has a percent sign in its address" };
  return null;
}

/** A POST to a page is a server action (with JavaScript, or a form without it). */
function actionProblem(request: NextRequest): RequestProblem | null {
  const origin = request.headers.get("origin");
  if (origin !== null) {
    let originHost: string | null = null;
    try {
      originHost = origin === "null" ? null : new URL(origin).host;
    } catch {
      originHost = null;
    }
    const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
    if (!originHost || originHost !== host) return { status: 403, reason: "the request comes from another site" };
  }
  // browsers always declare a form's length; a body of unknown length could only be judged by reading it all
  const declared = request.headers.get("content-length");
  if (declared === null && request.body) return { status: 411, reason: "a form is sent with its Content-Length" };
  if (Number(declared ?? 0) > ACTION_BODY_LIMIT_BYTES) return { status: 413, reason: "the body is larger than 6 MB" };
  const type = request.headers.get("content-type") ?? "";
  if (!FORM_TYPES.test(type)) return { status: 415, reason: "a form is sent as multipart/form-data" };
  if (/^multipart\//i.test(type) && !/;\s*boundary=("?)[^";]{1,70}\1\s*(;|$)/i.test(type))
    return { status: 400, reason: "the multipart body has no boundary" };
  return null;
}

/**
 * Reads a server action's body (the proxy gets a copy; the page still gets
 * the original): more than the limit is a 413 also when no length was
 * declared, and a multipart body that does not parse is a 400 (Next's own
 * parser would throw a 500 at it).
 */
async function bodyProblem(request: NextRequest): Promise<RequestProblem | null> {
  const body = request.body ? request.clone().body : null;
  if (!body) return null;
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > ACTION_BODY_LIMIT_BYTES) {
      await reader.cancel();
      return { status: 413, reason: "the body is larger than 6 MB" };
    }
    chunks.push(value);
  }
  const type = request.headers.get("content-type") ?? "";
  if (!/^multipart\//i.test(type)) return null;
  try {
    await new Response(new Blob(chunks as BlobPart[]), { headers: { "content-type": type } }).formData();
    return null;
  } catch {
    return { status: 400, reason: "the multipart body is malformed" };
  }
}

export async function requestProblem(request: NextRequest): Promise<RequestProblem | null> {
  const isPage = !request.nextUrl.pathname.startsWith("/api/");
  const pathProblemFound = pathProblem(request.nextUrl.pathname, isPage);
  if (pathProblemFound) return pathProblemFound;
  if (isPage && request.method === "POST") return actionProblem(request) ?? (await bodyProblem(request));
  return null;
}

export function refusal(problem: RequestProblem): NextResponse {
  return new NextResponse(`${problem.status}: ${problem.reason}\n`, {
    status: problem.status,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });
}
