// The public API under injection: every parameter of the open-data endpoints,
// the record and file paths, and the Host header. Each answer is a 2xx or a
// 4xx that names the problem, never a 500, and JSON stays JSON.
import { test, expect } from "@playwright/test";
import { ALL_PAYLOADS, BASE, expectNoServerError, PAYLOADS, pathSegment, URL_TOO_LONG } from "./support/probe";

const PARAMS = [
  "q",
  "stage",
  "theme",
  "targetGroup",
  "region",
  "status",
  "implementerType",
  "supporter",
  "startYear",
  "sort",
  "page",
  "pageSize",
  "x",
];

test("every open-data list parameter, with every payload", async ({ request }) => {
  test.setTimeout(300_000);
  let answered = 0;
  for (const endpoint of ["/api/v1/innovations", "/api/v1/innovations.csv"]) {
    for (const param of PARAMS) {
      for (const payload of endpoint.endsWith(".csv") ? ALL_PAYLOADS.slice(0, 12) : ALL_PAYLOADS) {
        const response = await request.get(`${endpoint}?${new URLSearchParams({ [param]: payload })}`);
        const what = `${endpoint}?${param}=${JSON.stringify(payload.slice(0, 40))}`;
        expectNoServerError(response, what);
        const type = response.headers()["content-type"] ?? "";
        if (payload.length > 10_000 && URL_TOO_LONG.includes(response.status())) continue;
        if (response.status() === 400) {
          const body = (await response.json()) as { error: { status: number; param: string } };
          expect(body.error.param, what).toBeTruthy();
        } else {
          expect(response.status(), what).toBe(200);
          expect(type, what).toMatch(endpoint.endsWith(".csv") ? /^text\/csv/ : /^application\/json/);
        }
        expect(response.headers()["x-content-type-options"], what).toBe("nosniff");
        answered++;
      }
    }
  }
  expect(answered).toBeGreaterThan(500);
});

test("a record or file path built from a payload is a 404, never a file of the server", async ({ request }) => {
  for (const payload of [...ALL_PAYLOADS, ...PAYLOADS.traversal!.map((p) => p.replaceAll("/", "%2f"))]) {
    for (const base of ["/api/v1/innovations/", "/api/uploads/"]) {
      // "%2f" in the traversal payloads goes out as it is: an encoded slash
      const response = await request.get(base + pathSegment(payload).replaceAll("%25", "%"));
      const what = `${base}${JSON.stringify(payload.slice(0, 40))}`;
      expectNoServerError(response, what);
      expect([400, 404, ...(payload.length > 10_000 ? URL_TOO_LONG : [])], what).toContain(response.status());
      expect(await response.text(), what).not.toMatch(/root:x:0:0|\[fonts\]/);
    }
  }
});

test("links in API answers name the portal's own address, whatever Host a client sends", async ({ request }) => {
  const response = await request.get("/api/v1/innovations?pageSize=1", { headers: { Host: "evil.example" } });
  expectNoServerError(response, "Host: evil.example");
  if (response.status() !== 200) return; // a refused Host header is fine too
  const body = JSON.stringify(await response.json());
  expect(body).not.toContain("evil.example");
  expect(body).toContain(new URL(BASE).host);
});

test("wrong methods and content types are refused with a 4xx", async ({ request }) => {
  for (const path of ["/api/health", "/api/v1/innovations", "/api/v1/innovations.csv", "/api/v1/openapi.json"]) {
    for (const method of ["POST", "PUT", "DELETE", "PATCH"] as const) {
      const response = await request.fetch(path, {
        method,
        headers: { "Content-Type": "application/xml" },
        data: "<?xml version='1.0'?><!DOCTYPE x [<!ENTITY e SYSTEM 'file:///etc/passwd'>]><x>&e;</x>",
      });
      expectNoServerError(response, `${method} ${path}`);
      expect(response.status(), `${method} ${path}`).toBeGreaterThanOrEqual(400);
    }
  }
});
