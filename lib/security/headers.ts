// The security headers of every answer the proxy (proxy.ts) sees: pages, the
// API and Next's own error pages. Static files under /_next/static get the
// fixed ones from next.config.js, as they never reach the proxy.
import { API_CONTENT_SECURITY_POLICY, contentSecurityPolicy, newNonce } from "./csp";

/** Two years, with subdomains: what the HSTS preload list asks for. */
const HSTS = "max-age=63072000; includeSubDomains";

/** Browser features the portal never uses, switched off for it and anything it embeds. */
const PERMISSIONS_POLICY = [
  "accelerometer=()",
  "autoplay=()",
  "camera=()",
  "display-capture=()",
  "geolocation=()",
  "gyroscope=()",
  "magnetometer=()",
  "microphone=()",
  "midi=()",
  "payment=()",
  "publickey-credentials-get=()",
  "usb=()",
  "browsing-topics=()",
  "interest-cohort=()",
].join(", ");

/** The same for every answer; next.config.js sends them with static files too. */
export const FIXED_HEADERS: Readonly<Record<string, string>> = {
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "X-Frame-Options": "DENY",
  "Permissions-Policy": PERMISSIONS_POLICY,
  "Cross-Origin-Opener-Policy": "same-origin",
};

export type RequestFacts = {
  pathname: string;
  /** Reached over HTTPS: PUBLIC_URL says so, or a trusted proxy's X-Forwarded-Proto does. */
  https: boolean;
  dev: boolean;
};

export type SecurityHeaders = {
  /** Set on the request too, so Next puts the nonce on its scripts (pages only). */
  requestHeaders: Record<string, string>;
  responseHeaders: Record<string, string>;
};

const isApi = (pathname: string) => pathname === "/api" || pathname.startsWith("/api/");
// /admin, /lv/admin, /en/admin and below; the staff API answers no-store itself
const STAFF_PATH = /^(?:\/(?:lv|en))?\/(?:admin|login)(?:\/|$)|^\/api\/(?:admin|auth)(?:\/|$)/;

export function securityHeaders(request: RequestFacts): SecurityHeaders {
  const response: Record<string, string> = { ...FIXED_HEADERS };
  const requestHeaders: Record<string, string> = {};
  if (request.https) response["Strict-Transport-Security"] = HSTS;
  if (isApi(request.pathname)) {
    response["Content-Security-Policy"] = API_CONTENT_SECURITY_POLICY;
  } else {
    const nonce = newNonce();
    const policy = contentSecurityPolicy({ nonce }, { dev: request.dev, https: request.https });
    response["Content-Security-Policy"] = policy;
    requestHeaders["Content-Security-Policy"] = policy;
    requestHeaders["x-nonce"] = nonce;
  }
  // staff pages hold personal data: never kept by a browser or a shared cache
  if (STAFF_PATH.test(request.pathname)) response["Cache-Control"] = "no-store";
  return { requestHeaders, responseHeaders: response };
}
