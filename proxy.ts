import createMiddleware from "next-intl/middleware";
import { NextRequest, NextResponse } from "next/server";
import { env } from "@/lib/env";
import { routing } from "@/lib/i18n/routing";
import { refusal, requestProblem } from "@/lib/security/request-checks";
import { securityHeaders } from "@/lib/security/headers";

const intl = createMiddleware(routing);

/** Over HTTPS: the public address says so, or the trusted proxy in front does (never a client's own header). */
function servedOverHttps(request: NextRequest): boolean {
  if (env.PUBLIC_URL.startsWith("https:")) return true;
  if (env.TRUSTED_PROXY_HOPS === 0) return false;
  const proto = request.headers.get("x-forwarded-proto")?.split(",").at(-1)?.trim();
  return proto === "https";
}

/**
 * Every request but Next's static files: malformed ones are refused with a
 * 4xx before Next would fail on them, every answer gets the security headers
 * (lib/security/headers.ts), and pages go through next-intl's locale routing
 * with the request's CSP nonce.
 */
export default async function proxy(request: NextRequest): Promise<NextResponse> {
  const { pathname } = request.nextUrl;
  const security = securityHeaders({ pathname, https: servedOverHttps(request), dev: env.NODE_ENV === "development" });
  const problem = await requestProblem(request);
  let response: NextResponse;
  if (problem) {
    response = refusal(problem);
  } else {
    const headers = new Headers(request.headers);
    for (const [name, value] of Object.entries(security.requestHeaders)) headers.set(name, value);
    // files (icons, robots) and the API have no locale; next-intl passes the request headers on to the page
    response =
      pathname.startsWith("/api/") || /\.[a-z0-9]+$/i.test(pathname)
        ? NextResponse.next({ request: { headers } })
        : intl(new NextRequest(request, { headers }));
  }
  for (const [name, value] of Object.entries(security.responseHeaders)) response.headers.set(name, value);
  return response;
}

export const config = {
  // Everything but the build's static files (they get the fixed headers from next.config.js).
  matcher: ["/((?!_next/static|_next/image).*)"],
};
