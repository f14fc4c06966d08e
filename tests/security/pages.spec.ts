// Public pages with payloads in every query parameter they read and in their
// path segments: a page or a 4xx, never a 500, and nothing reflected unescaped.
import { test, expect } from "@playwright/test";
import { ALL_PAYLOADS, expectNoServerError, expectNotReflected, PAYLOADS, pathSegment } from "./support/probe";

const QUERY_PAGES: [string, string[]][] = [
  ["/en/innovations", ["q", "stage", "theme", "region", "sort", "page", "pageSize"]],
  ["/en/innovations/map", ["stage", "theme"]],
  ["/en/organisations", ["q", "type", "region", "page"]],
  ["/en/consultations", ["topic", "stage", "theme"]],
  ["/en/consultations/request", ["slot", "topic", "stage", "theme"]],
  ["/en/funding", ["q", "theme", "stage", "applicant", "status", "page"]],
  ["/en/funding/programmes", ["theme"]],
  ["/en/toolkit", ["q", "type", "stage", "theme", "audience", "page"]],
  ["/en/glossary", ["q"]],
  ["/en/consultations/manage", ["token"]],
  ["/en/consultations/thanks", ["ref"]],
  ["/en/submit", ["innovation", "kind", "revise"]],
  ["/en/login", ["callbackUrl", "error"]],
  ["/en/navigator", ["stage", "need"]],
];

test("query parameters of public pages", async ({ request }) => {
  test.setTimeout(600_000);
  // one family per parameter keeps the run short; every family reaches every page
  for (const [path, params] of QUERY_PAGES) {
    for (const [i, param] of params.entries()) {
      const families = Object.values(PAYLOADS);
      for (const payload of [...families[i % families.length]!, ...PAYLOADS.xss!.slice(0, 2)]) {
        const response = await request.get(`${path}?${new URLSearchParams({ [param]: payload })}`, { maxRedirects: 0 });
        const what = `${path}?${param}=${JSON.stringify(payload.slice(0, 40))}`;
        expectNoServerError(response, what);
        await expectNotReflected(response, what);
        const location = response.headers()["location"];
        if (location)
          expect(new URL(location, "http://portal.test").host, `${what} redirects away`).toBe("portal.test");
      }
    }
  }
});

test("path segments of public pages", async ({ request }) => {
  test.setTimeout(300_000);
  for (const base of ["/en/innovations/", "/en/organisations/", "/en/funding/", "/en/toolkit/", "/en/", "/"]) {
    for (const payload of ALL_PAYLOADS) {
      const segment = pathSegment(payload.slice(0, 2000));
      const response = await request.get(base + segment, { maxRedirects: 0 });
      const what = `${base}${JSON.stringify(payload.slice(0, 40))}`;
      expectNoServerError(response, what);
      expect([200, 307, 308, 400, 404], what).toContain(response.status());
      await expectNotReflected(response, what);
    }
  }
});
