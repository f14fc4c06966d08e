// The policy builder, the headers each kind of answer gets, and the requests
// the proxy refuses before Next would fail on them.
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, scriptHash } from "@/lib/security/csp";
import { securityHeaders } from "@/lib/security/headers";
import { ACTION_BODY_LIMIT_BYTES, requestProblem } from "@/lib/security/request-checks";

const directive = (policy: string, name: string) =>
  policy
    .split("; ")
    .find((d) => d.startsWith(`${name} `) || d === name)
    ?.split(" ")
    .slice(1);

describe("contentSecurityPolicy", () => {
  it("allows the nonce's scripts and what they load, nothing inline, no plugins, no framing", () => {
    const policy = contentSecurityPolicy({ nonce: "abc" });
    expect(directive(policy, "script-src")).toEqual(["'self'", "'nonce-abc'", "'strict-dynamic'"]);
    expect(directive(policy, "style-src")).toEqual(["'self'", "'nonce-abc'"]);
    expect(directive(policy, "object-src")).toEqual(["'none'"]);
    expect(directive(policy, "frame-ancestors")).toEqual(["'none'"]);
    expect(directive(policy, "base-uri")).toEqual(["'none'"]);
    expect(directive(policy, "form-action")).toEqual(["'self'"]);
    expect(policy).not.toContain("unsafe-inline");
    expect(policy).not.toContain("unsafe-eval");
    expect(directive(policy, "upgrade-insecure-requests")).toBeUndefined();
  });

  it("builds the hash policy for cached pages: the inline scripts' hashes and the site's own files", () => {
    const hash = scriptHash("self.__next_f.push([0])");
    expect(hash).toMatch(/^'sha256-[A-Za-z0-9+/]{43}='$/);
    const policy = contentSecurityPolicy({ scriptHashes: [hash] });
    expect(directive(policy, "script-src")).toEqual(["'self'", hash]);
    expect(policy).not.toContain("nonce-");
    expect(policy).not.toContain("'unsafe-inline'; script");
  });

  it("hashes as browsers do (SHA-256 of the UTF-8 text, base64)", () => {
    expect(scriptHash("alert(1)")).toBe("'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='");
  });

  it("adds eval only for next dev, and upgrade-insecure-requests over HTTPS", () => {
    expect(directive(contentSecurityPolicy({ nonce: "n" }, { dev: true }), "script-src")).toContain("'unsafe-eval'");
    expect(directive(contentSecurityPolicy({ nonce: "n" }, { https: true }), "upgrade-insecure-requests")).toEqual([]);
  });
});

describe("securityHeaders", () => {
  const page = securityHeaders({ pathname: "/en/innovations", https: false, dev: false });

  it("gives a page a fresh nonce, on the request (for Next) and in the answer's policy", () => {
    const nonce = page.requestHeaders["x-nonce"];
    expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(page.requestHeaders["Content-Security-Policy"]).toBe(page.responseHeaders["Content-Security-Policy"]);
    expect(page.responseHeaders["Content-Security-Policy"]).toContain(`'nonce-${nonce}'`);
    expect(securityHeaders({ pathname: "/en", https: false, dev: false }).requestHeaders["x-nonce"]).not.toBe(nonce);
  });

  it("sends HSTS only over HTTPS", () => {
    expect(page.responseHeaders["Strict-Transport-Security"]).toBeUndefined();
    const https = securityHeaders({ pathname: "/", https: true, dev: false }).responseHeaders;
    expect(https["Strict-Transport-Security"]).toMatch(/^max-age=\d{8,}; includeSubDomains$/);
  });

  it("gives the API a policy that runs and embeds nothing, and no nonce", () => {
    const api = securityHeaders({ pathname: "/api/v1/innovations", https: false, dev: false });
    expect(api.responseHeaders["Content-Security-Policy"]).toMatch(/^default-src 'none'; frame-ancestors 'none'/);
    expect(api.requestHeaders).toEqual({});
  });

  it("marks the staff area no-store, and only it", () => {
    for (const path of ["/admin", "/en/admin/users", "/lv/admin", "/login", "/api/admin/me", "/api/auth/session"])
      expect(securityHeaders({ pathname: path, https: false, dev: false }).responseHeaders["Cache-Control"], path).toBe(
        "no-store",
      );
    for (const path of ["/", "/en/administration-guide", "/en/innovations"])
      expect(securityHeaders({ pathname: path, https: false, dev: false }).responseHeaders["Cache-Control"], path).toBe(
        undefined,
      );
  });

  it("sends the fixed headers with everything", () => {
    expect(page.responseHeaders).toMatchObject({
      "X-Content-Type-Options": "nosniff",
      "X-Frame-Options": "DENY",
      "Cross-Origin-Opener-Policy": "same-origin",
      "Referrer-Policy": "strict-origin-when-cross-origin",
    });
    expect(page.responseHeaders["Permissions-Policy"]).toContain("geolocation=()");
  });
});

describe("requestProblem", () => {
  const post = (path: string, init: { headers?: Record<string, string>; body?: BodyInit } = {}) =>
    new NextRequest(`http://localhost:3000${path}`, {
      method: "POST",
      headers: { host: "localhost:3000", ...init.headers },
      body: init.body ?? "x",
    });
  const multipart = (body: string, boundary = "XYZ") => ({
    headers: { "content-type": `multipart/form-data; boundary=${boundary}`, "content-length": String(body.length) },
    body,
  });
  const goodBody = '--XYZ\r\nContent-Disposition: form-data; name="a"\r\n\r\nb\r\n--XYZ--\r\n';

  it.each([
    ["/%C3%28", 400],
    ["/en/innovations/%00", 400],
    ["/en/%1b[31m", 400],
    // next-intl would turn these into "/en/%" and Next answer 500
    ["/en/%25", 404],
    ["/en/innovations/%3C%25%3D%207*7%20%25%3E", 404],
  ])("refuses the path %s with %i", async (path, status) => {
    expect((await requestProblem(new NextRequest(`http://localhost:3000${path}`)))?.status).toBe(status);
  });

  it("lets ordinary requests through", async () => {
    expect(await requestProblem(new NextRequest("http://localhost:3000/en/innovations/%C4%81-b?q=%00"))).toBeNull();
    expect(await requestProblem(new NextRequest("http://localhost:3000/en/innovations/%2525"))).toBeNull();
    expect(await requestProblem(new NextRequest("http://localhost:3000/api/v1/innovations/%25"))).toBeNull();
    expect(await requestProblem(post("/en/submit", multipart(goodBody)))).toBeNull();
    expect(
      await requestProblem(
        post("/en/submit", {
          headers: {
            origin: "http://localhost:3000",
            "content-type": "text/plain;charset=UTF-8",
            "content-length": "2",
          },
          body: "[]",
        }),
      ),
    ).toBeNull();
    // the API judges its own bodies
    expect(await requestProblem(post("/api/admin/uploads", { headers: { "content-type": "x/y" } }))).toBeNull();
  });

  it.each([
    ["another site's origin", { origin: "http://evil.example" }, 403],
    ["an opaque origin", { origin: "null" }, 403],
    ["a broken origin", { origin: "::" }, 403],
  ])("refuses a server action from %s", async (_, headers, status) => {
    const request = post("/en/submit", {
      ...multipart(goodBody),
      headers: { ...multipart(goodBody).headers, ...headers },
    });
    expect((await requestProblem(request))?.status).toBe(status);
  });

  it("refuses bodies of unknown or excessive length, other types and broken multipart", async () => {
    expect((await requestProblem(post("/en/submit", { headers: { "content-type": "text/plain" } })))?.status).toBe(411);
    const big = { "content-type": "text/plain", "content-length": String(ACTION_BODY_LIMIT_BYTES + 1) };
    expect((await requestProblem(post("/en/submit", { headers: big })))?.status).toBe(413);
    const json = { "content-type": "application/json", "content-length": "2" };
    expect((await requestProblem(post("/en/submit", { headers: json, body: "{}" })))?.status).toBe(415);
    const noBoundary = { "content-type": "multipart/form-data", "content-length": "3" };
    expect((await requestProblem(post("/en/submit", { headers: noBoundary, body: "abc" })))?.status).toBe(400);
    const broken = '--XYZ\r\nContent-Disposition: form-data; name="a"\r\n\r\nunterminated';
    expect((await requestProblem(post("/en/submit", multipart(broken))))?.status).toBe(400);
  });
});
