// What the security probe (npm run test:security) sends and how it talks to
// the portal: the payloads, raw HTTP for what fetch would refuse to send, a
// browser-like form post (no JavaScript), and staff sign-in over HTTP.
import net from "node:net";
import pg from "pg";
import { expect, type APIRequestContext, type APIResponse } from "@playwright/test";

export const BASE = process.env.PLAYWRIGHT_BASE_URL ?? "http://localhost:3000";
export const DEMO_PASSWORD = "sikc-demo-2026"; // prisma/seed/users.ts (development data only)

/** Injection payloads by family; each is also checked for reflection where it comes back. */
export const PAYLOADS: Record<string, string[]> = {
  sql: [
    "' OR '1'='1",
    '1; DROP TABLE "User";--',
    '\' UNION SELECT email, "passwordHash" FROM "User"--',
    "1' AND pg_sleep(5)--",
    "$$; SELECT 1; $$",
  ],
  xss: [
    "<script>alert('sikc-xss')</script>",
    '"><img src=x onerror=alert("sikc-xss")>',
    "<svg/onload=alert('sikc-xss')>",
    "javascript:alert('sikc-xss')",
    "</textarea><script>alert('sikc-xss')</script>",
    "{{constructor.constructor('alert(1)')()}}",
    "${7*7}#{7*7}<%= 7*7 %>",
  ],
  header: [
    "a\r\nSet-Cookie: sikc-injected=1",
    "a\nLocation: http://evil.example/",
    "%0d%0aSet-Cookie:%20sikc-injected=1",
  ],
  control: ["a\u0000b", "a\u0007\u001b[31mb", "a\u2028b", "\u202eevil", "a\ud800b"],
  traversal: [
    "../../../../etc/passwd",
    "..%2f..%2f..%2fetc%2fpasswd",
    "..\\..\\windows\\win.ini",
    "%2e%2e/%2e%2e/etc/passwd",
  ],
  shape: ["__proto__", "constructor", "%s%s%s%n", "x".repeat(20_000), "-1", "1e309", "NaN", "[]", "{}"],
};

export const ALL_PAYLOADS = Object.values(PAYLOADS).flat();

/** Markers that must never come back unescaped in HTML. */
const DANGEROUS_MARKUP = [/<script>alert\('sikc-xss'\)/i, /<img src=x onerror=/i, /<svg\/onload=/i];

/**
 * A path segment for a payload, percent-encoded as a browser encodes it
 * (UTF-8; a lone surrogate becomes U+FFFD, where encodeURIComponent throws).
 */
export function pathSegment(payload: string): string {
  return [...Buffer.from(payload, "utf8")]
    .map((byte) =>
      /[A-Za-z0-9\-_.~]/.test(String.fromCharCode(byte))
        ? String.fromCharCode(byte)
        : `%${byte.toString(16).toUpperCase().padStart(2, "0")}`,
    )
    .join("");
}

/** A URL too long for the server's header limit: Node answers 431, nginx 414 (both before any code of ours). */
export const URL_TOO_LONG = [414, 431];

export function expectNoServerError(response: APIResponse, what: string) {
  expect(response.status(), `${what} answered ${response.status()}`).toBeLessThan(500);
}

/** An HTML answer may quote the payload only escaped. */
export async function expectNotReflected(response: APIResponse, what: string) {
  const type = response.headers()["content-type"] ?? "";
  if (!type.includes("html")) return;
  const body = await response.text();
  for (const marker of DANGEROUS_MARKUP) expect(body, `${what} reflects markup`).not.toMatch(marker);
  expect(response.headers()["set-cookie"] ?? "", `${what} set a cookie from input`).not.toContain("sikc-injected");
}

/** One raw HTTP/1.1 exchange: for bytes fetch will not send (invalid UTF-8, control characters, odd methods). */
export function rawRequest(
  head: string,
  body: Buffer | string = "",
): Promise<{ status: number; head: string; reset?: boolean }> {
  const url = new URL(BASE);
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(url.port || 80), url.hostname);
    const chunks: Buffer[] = [];
    socket.setTimeout(30_000, () => socket.destroy(new Error("raw request timed out")));
    socket.on("data", (c) => {
      chunks.push(c);
      // the head is enough; keep-alive would hold the socket open
      if (Buffer.concat(chunks).includes("\r\n\r\n")) socket.end();
    });
    // a server may answer and close before it has read all we sent (an oversized head): the answer counts
    socket.on("error", (error: NodeJS.ErrnoException) =>
      error.code === "ECONNRESET" ? resolve({ ...parse(), reset: true }) : reject(error),
    );
    const parse = () => {
      const text = Buffer.concat(chunks).toString("latin1");
      return { status: Number(/^HTTP\/1\.1 (\d{3})/.exec(text)?.[1] ?? 0), head: text.split("\r\n\r\n")[0] ?? "" };
    };
    socket.on("close", () => resolve(parse()));
    socket.write(Buffer.concat([Buffer.from(head, "latin1"), Buffer.isBuffer(body) ? body : Buffer.from(body)]));
  });
}

const decode = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");

/** The hidden fields of the page's server-action form (what a browser without JavaScript posts back). */
export async function actionForm(request: APIRequestContext, path: string): Promise<Record<string, string>> {
  const html = await (await request.get(path)).text();
  const form = [...html.matchAll(/<form[\s\S]*?<\/form>/g)].map((m) => m[0]).find((f) => f.includes("$ACTION_KEY"));
  if (!form) throw new Error(`no server-action form on ${path}`);
  const hidden: Record<string, string> = {};
  for (const m of form.matchAll(/<input type="hidden" name="([^"]+)"(?: value="([^"]*)")?/g))
    hidden[decode(m[1]!)] = decode(m[2] ?? "");
  return hidden;
}

/** Posts a form as a browser without JavaScript does (multipart, same origin). */
export function postForm(
  request: APIRequestContext,
  path: string,
  fields: Record<string, string | string[]>,
  base = BASE,
): Promise<APIResponse> {
  const multipart = new FormData();
  for (const [name, value] of Object.entries(fields))
    for (const v of Array.isArray(value) ? value : [value]) multipart.append(name, v);
  return request.post(path, { multipart, headers: { Origin: new URL(base).origin }, maxRedirects: 0 });
}

/** Signs in over HTTP as next-auth's form does; the context keeps the session cookie. */
export async function signIn(
  request: APIRequestContext,
  email: string,
  password = DEMO_PASSWORD,
): Promise<APIResponse> {
  const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  return request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email, password, json: "true" },
    maxRedirects: 0,
  });
}

/** The probe's own database (scripts/test.ts hands it over), to check what was stored. */
export async function withDatabase<T>(query: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    return await query(client);
  } finally {
    await client.end();
  }
}
