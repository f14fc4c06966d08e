// The security headers of pages, the API and error pages, and the
// Content-Security-Policy at work in Chromium: Next's scripts run (they carry
// the request's nonce) and a script the server did not write does not.
import { signInAs } from "./support/helpers";
import { expect, test, type Page } from "./support/test";

const PAGES = ["/", "/en", "/en/innovations", "/en/innovations/map", "/en/submit", "/consultations", "/en/login"];

/** The policy's directives, by name. */
function directives(policy: string | undefined): Map<string, string[]> {
  return new Map(
    (policy ?? "")
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...values]) => [name!, values]),
  );
}

function expectCommonHeaders(headers: Record<string, string>) {
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["cross-origin-opener-policy"]).toBe("same-origin");
  expect(headers["permissions-policy"]).toContain("camera=()");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  const csp = directives(headers["content-security-policy"]);
  expect(csp.get("frame-ancestors")).toEqual(["'none'"]);
  expect(csp.get("base-uri")).toEqual(["'none'"]);
  // served over plain http here: no HSTS (the unit tests cover HTTPS)
  expect(headers["strict-transport-security"]).toBeUndefined();
}

async function hydrated(page: Page): Promise<boolean> {
  return page.evaluate(() => typeof (window as unknown as { next?: { version?: string } }).next?.version === "string");
}

test("pages hydrate under a nonce policy without a single violation", async ({ page }) => {
  test.setTimeout(120_000);
  const nonces = new Set<string>();
  for (const path of PAGES) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    const headers = response!.headers();
    expectCommonHeaders(headers);
    const scripts = directives(headers["content-security-policy"]).get("script-src") ?? [];
    expect(scripts).toContain("'strict-dynamic'");
    expect(scripts).not.toContain("'unsafe-inline'");
    expect(scripts).not.toContain("'unsafe-eval'");
    expect(directives(headers["content-security-policy"]).get("object-src")).toEqual(["'none'"]);
    expect(directives(headers["content-security-policy"]).get("form-action")).toEqual(["'self'"]);
    const nonce = scripts.find((s) => s.startsWith("'nonce-"));
    expect(nonce, path).toBeTruthy();
    nonces.add(nonce!);
    await expect.poll(() => hydrated(page), { message: `${path} hydrated` }).toBe(true);
  }
  // a fresh nonce for every request
  expect(nonces.size).toBe(PAGES.length);
});

// Every other public page, and a record page of each kind (found through its list): the same headers,
// and the page runs under the policy (the fixture fails the test on any violation: charts, the map,
// the toolkit's and the funding pages' scripts included).
const LISTS = ["/en/innovations", "/en/organisations", "/en/funding", "/en/toolkit"];
const OTHER_PAGES = [
  "/en/about",
  "/en/accessibility",
  "/en/privacy",
  "/en/glossary",
  "/en/navigator",
  "/en/consultations",
  "/en/consultations/request",
  "/en/funding/programmes",
  "/en/review",
  "/en/submit?kind=correction",
  "/innovations",
  "/funding",
  "/toolkit",
];

test("every kind of public page carries the headers and runs under the policy", async ({ page }) => {
  test.setTimeout(300_000); // some thirty page loads, each hydrated
  const records: string[] = [];
  for (const list of LISTS) {
    await page.goto(list);
    const href = await page
      .locator(`main a[href^="${list}/"]`)
      .evaluateAll(
        (links, prefix) =>
          links
            .map((a) => a.getAttribute("href")!)
            .find(
              (h) =>
                /^[^?#]+$/.test(h) &&
                h.split("/").length === prefix.split("/").length + 1 &&
                !/\/(map|programmes)$/.test(h),
            ),
        list,
      );
    expect(href, `a record linked from ${list}`).toBeTruthy();
    records.push(href!);
  }
  for (const path of [...OTHER_PAGES, ...records]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    expectCommonHeaders(response!.headers());
    await expect.poll(() => hydrated(page), { message: `${path} hydrated` }).toBe(true);
  }
  for (const feed of ["/api/feeds/calls.rss", "/api/feeds/calls.atom", "/api/feeds/calls.ics"]) {
    const response = await page.request.get(feed);
    expect(response.status(), feed).toBe(200);
    expectCommonHeaders(response.headers());
  }
});

test("the API, the not-found page and a refused request carry the headers too", async ({ page }) => {
  for (const [path, status] of [
    ["/api/health", 200],
    ["/api/v1/innovations?pageSize=1", 200],
    ["/api/v1/openapi.json", 200],
    ["/api/v1/innovations/no-such-innovation", 404],
    ["/en/no-such-page", 404],
    ["/no-such.file", 404],
    ["/%C3%28", 400],
    ["/favicon.ico", 200],
  ] as const) {
    const response = await page.request.get(path);
    expect(response.status(), path).toBe(status);
    expectCommonHeaders(response.headers());
  }
  const api = directives((await page.request.get("/api/health")).headers()["content-security-policy"]);
  expect(api.get("default-src")).toEqual(["'none'"]);
});

test.describe("an injected script", () => {
  test.use({ allowCspViolations: true });

  test("is blocked, inline or as an event handler, and reported", async ({ page, cspViolations }) => {
    // the page as the server sent it, headers included, with markup an attacker smuggled in
    await page.route("**/en/innovations", async (route) => {
      const original = await route.fetch();
      const body = (await original.text()).replace(
        "<main",
        '<script>window.__injected = "inline"</script><img src="/x.png" onerror="window.__injected = \'handler\'"><main',
      );
      await route.fulfill({ response: original, body });
    });
    await page.goto("/en/innovations");
    await expect.poll(() => cspViolations.length).toBeGreaterThanOrEqual(2);
    expect(await page.evaluate(() => (window as unknown as { __injected?: string }).__injected)).toBeUndefined();
    expect(cspViolations.every((v) => v.directive.startsWith("script-src"))).toBe(true);
    // while the page's own scripts still ran
    expect(await hydrated(page)).toBe(true);
  });
});

test("the staff area is never stored by a browser or a cache", async ({ page }) => {
  await signInAs(page, "editor");
  for (const path of ["/admin", "/en/admin/innovations", "/api/admin/me"]) {
    const response = await page.request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()["cache-control"], path).toContain("no-store");
  }
  expect((await page.goto("/admin"))?.headers()["cache-control"]).toContain("no-store");
});
