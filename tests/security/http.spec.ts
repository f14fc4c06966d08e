// Malformed and hostile requests at the HTTP level: each gets a 4xx (or a
// plain page), never a 500, and never a file or a header it should not.
import { test, expect } from "@playwright/test";
import { actionForm, BASE, expectNoServerError, rawRequest } from "./support/probe";

const host = new URL(BASE).host;
const origin = new URL(BASE).origin;

test("paths that are not UTF-8 or hold control characters", async ({ request }) => {
  for (const path of [
    "/%C3%28",
    "/en/%FF",
    "/en/innovations/%C3%28",
    "/api/v1/innovations/%C3%28",
    "/%00",
    "/en/%1b%5b31m",
  ]) {
    const response = await request.get(path);
    expectNoServerError(response, path);
    expect(response.status(), path).toBe(400);
    expect(response.headers()["content-security-policy"], path).toBeTruthy();
  }
  for (const raw of ["/\xc3\x28", "/en/\xff\xfe", "/a\x01b", "/en/innovations?q=\xc3\x28"]) {
    const { status } = await rawRequest(`GET ${raw} HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`);
    expect(status, JSON.stringify(raw)).toBeGreaterThanOrEqual(400);
    expect(status, JSON.stringify(raw)).toBeLessThan(500);
  }
});

test("server-action requests that are forged, oversized, of the wrong type or broken", async ({ request }) => {
  const fields = await actionForm(request, "/en/consultations/request");
  const multipart = (extra = "") =>
    Object.entries(fields)
      .map(([k, v]) => `--XYZ\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`)
      .join("") + extra;
  const cases: [string, Record<string, string>, Buffer | string, number][] = [
    [
      "another site's origin",
      { "Content-Type": "multipart/form-data; boundary=XYZ", Origin: "http://evil.example" },
      `${multipart()}--XYZ--\r\n`,
      403,
    ],
    [
      "an opaque origin",
      { "Content-Type": "multipart/form-data; boundary=XYZ", Origin: "null" },
      `${multipart()}--XYZ--\r\n`,
      403,
    ],
    ["JSON", { "Content-Type": "application/json", Origin: origin }, JSON.stringify(fields), 415],
    ["XML", { "Content-Type": "application/xml", Origin: origin }, "<x/>", 415],
    ["no boundary", { "Content-Type": "multipart/form-data", Origin: origin }, multipart(), 400],
    [
      "an unterminated body",
      { "Content-Type": "multipart/form-data; boundary=XYZ", Origin: origin },
      `${multipart()}--XYZ\r\nContent-Disposition: form-data; name="x"\r\n\r\nno end`,
      400,
    ],
    [
      "7 MB",
      { "Content-Type": "multipart/form-data; boundary=XYZ", Origin: origin },
      Buffer.alloc(7 * 1024 * 1024, 97),
      413,
    ],
  ];
  for (const [what, headers, body, status] of cases) {
    const response = await request.post("/en/consultations/request", { headers, data: body, maxRedirects: 0 });
    expect(response.status(), what).toBe(status);
    expect(response.headers()["content-security-policy"], what).toBeTruthy();
  }
  // a body of unknown length (chunked) is refused before it is read
  const chunked = await rawRequest(
    `POST /en/consultations/request HTTP/1.1\r\nHost: ${host}\r\nContent-Type: text/plain\r\nNext-Action: x\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n`,
    "5\r\nhello\r\n0\r\n\r\n",
  );
  expect(chunked.status).toBe(411);
  // an action id that does not exist
  const unknown = await request.post("/en/consultations/request", {
    headers: { "Content-Type": "text/plain;charset=UTF-8", "Next-Action": "0".repeat(42), Origin: origin },
    data: "[]",
  });
  expectNoServerError(unknown, "unknown action id");
});

test("path traversal never reaches the file system", async ({ request }) => {
  for (const path of [
    "/_next/static/..%2f..%2fpackage.json",
    "/_next/static/%2e%2e/%2e%2e/package.json",
    "/_next/static/..%5c..%5cpackage.json",
    "/_next/static/chunks/..%2f..%2f..%2f.env",
    "/api/uploads/..%2f..%2f..%2fetc%2fpasswd",
    "/..%2f..%2fetc%2fpasswd",
    "/en/..%2f..%2f..%2fpackage.json",
  ]) {
    const response = await request.get(path);
    expectNoServerError(response, path);
    expect(response.status(), path).toBeGreaterThanOrEqual(400);
    expect(await response.text(), path).not.toMatch(/"name": "sikc-portal"|root:x:0:0|AUTH_SECRET/);
  }
});

test("headers cannot be injected through a redirect, and Host does not steer one", async ({ request }) => {
  for (const path of [
    "/en/login?callbackUrl=%2F%0d%0aSet-Cookie:%20sikc-injected=1",
    "/admin?x=%0d%0aSet-Cookie:%20sikc-injected=1",
    "/en/admin%0d%0aSet-Cookie:%20sikc-injected=1",
  ]) {
    const response = await request.get(path, { maxRedirects: 0 });
    expectNoServerError(response, path);
    expect(response.headers()["set-cookie"] ?? "", path).not.toContain("sikc-injected");
    expect(response.headers()["location"] ?? "", path).not.toMatch(/[\r\n]/);
  }
  const steered = await request.get("/admin", { headers: { Host: "evil.example" }, maxRedirects: 0 });
  expectNoServerError(steered, "Host: evil.example");
  expect(steered.headers()["location"] ?? "").not.toContain("evil.example");
  const forwarded = await request.get("/admin", { headers: { "X-Forwarded-Host": "evil.example" }, maxRedirects: 0 });
  expect(forwarded.headers()["location"] ?? "").not.toContain("evil.example");
});

test("odd methods and oversized headers", async ({ request }) => {
  const trace = await rawRequest(
    `TRACE / HTTP/1.1\r\nHost: ${host}\r\nX-Probe: sikc-echo\r\nConnection: close\r\n\r\n`,
  );
  expect(trace.status === 200 && trace.head.includes("sikc-echo")).toBe(false);
  expect(trace.status).toBeLessThan(500);
  for (const method of ["OPTIONS", "PUT", "DELETE", "PATCH"] as const) {
    const response = await request.fetch("/en/innovations", { method });
    expectNoServerError(response, `${method} a page`);
  }
  const huge = await rawRequest(
    `GET / HTTP/1.1\r\nHost: ${host}\r\nCookie: ${"a".repeat(70_000)}\r\nConnection: close\r\n\r\n`,
  );
  // Node answers 431 and closes; the answer may be lost to the reset of the rest of our head
  if (!(huge.reset && huge.status === 0)) {
    expect(huge.status).toBeGreaterThanOrEqual(400);
    expect(huge.status).toBeLessThan(500);
  }
});
