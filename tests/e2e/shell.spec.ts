import { test, expect, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";

const statKeys = ["innovations", "organisations", "resources", "openCalls"] as const;

async function readStats(page: Page): Promise<Record<string, number>> {
  const stats: Record<string, number> = {};
  for (const key of statKeys) {
    const value = await page.locator(`[data-stat="${key}"]`).getAttribute("data-value");
    stats[key] = Number(value);
  }
  return stats;
}

test.describe("home", () => {
  test("shows the same live counts in both languages", async ({ page }) => {
    await page.goto("/");
    await expect(page.locator("html")).toHaveAttribute("lang", "lv");
    const lv = await readStats(page);

    await page.goto("/en");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    const en = await readStats(page);

    expect(en).toEqual(lv);
    for (const key of ["innovations", "organisations", "resources"] as const) {
      expect(lv[key], key).toBeGreaterThan(0);
    }
    expect(lv.openCalls).toBeGreaterThanOrEqual(0);
    // The visible number is the data value, formatted.
    await expect(page.locator('[data-stat="innovations"] dd')).toHaveText(String(lv.innovations));
  });

  test("lists the seven stages in order, each linking to its innovations, materials and calls", async ({ page }) => {
    await page.goto("/en");
    const stages = page.locator("[data-stage]");
    await expect(stages).toHaveCount(7);
    const keys = await stages.evaluateAll((items) => items.map((item) => item.getAttribute("data-stage")));
    expect(keys).toEqual(["problem", "idea", "prototype", "pilot", "sustain", "scale", "systemic"]);
    // every link of a card leads to a list filtered by its stage; a list that would be empty is not a link
    for (const key of keys) {
      const hrefs = await page
        .locator(`[data-stage="${key}"] a`)
        .evaluateAll((links) => links.map((a) => a.getAttribute("href")));
      expect(hrefs.length, key!).toBeGreaterThan(0);
      for (const href of hrefs) expect(href).toMatch(new RegExp(`^/en/(innovations|toolkit|funding)\\?stage=${key}$`));
    }
    await expect(page.locator('[data-stage="sustain"] [data-stage-link="innovations"] a')).toHaveAttribute(
      "href",
      "/en/innovations?stage=sustain",
    );
  });
});

test("language switcher keeps the page and the query string", async ({ page }) => {
  await page.goto("/innovations?stage=pilot");
  await page.locator('a[hreflang="en"]').click();
  await expect(page).toHaveURL((url) => url.pathname === "/en/innovations" && url.search === "?stage=pilot");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.locator('a[hreflang="lv"]')).toHaveAttribute("lang", "lv");

  await page.locator('a[hreflang="lv"]').click();
  // Latvian is unprefixed: no /lv, and no redirect through it.
  await expect(page).toHaveURL((url) => url.pathname === "/innovations" && url.search === "?stage=pilot");
  await expect(page.locator("html")).toHaveAttribute("lang", "lv");
});

test("skip link is the first Tab stop and moves focus to main", async ({ page }) => {
  await page.goto("/");
  await page.keyboard.press("Tab");
  const skip = page.locator('a[href="#main"]');
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(page.locator("main#main")).toBeFocused();
});

test("an unknown locale or path is a 404 page, not a crash", async ({ page, request }) => {
  for (const path of ["/xx", "/de", "/xx/innovations", "/en/no-such-page"]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(404);
  }
  const response = await page.goto("/xx/innovations");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "lv");
});

test("pages name the portal's icon, and browsers asking for /favicon.ico get it", async ({ page, request }) => {
  const failed: string[] = [];
  page.on("response", (r) => {
    if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
  });
  await page.goto("/en/innovations");
  const icons = await page
    .locator('link[rel="icon"], link[rel="apple-touch-icon"]')
    .evaluateAll((links) => links.map((l) => (l as HTMLLinkElement).href));
  expect(icons.length).toBeGreaterThanOrEqual(2);
  for (const href of [...icons, new URL("/favicon.ico", page.url()).href]) {
    const response = await request.get(href);
    expect(response.status(), href).toBe(200);
    expect(response.headers()["content-type"], href).toMatch(/^image\//);
  }
  expect(failed).toEqual([]);
});

test("/api/health reports the database", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  const body = await response.json();
  expect(body.database.ok).toBe(true);
  expect(typeof body.database.latencyMs).toBe("number");
  expect(["ok", "degraded"]).toContain(body.status);
  expect(["meilisearch", "postgres"]).toContain(body.search.engine);
  expect(typeof body.version).toBe("string");
});

test.describe("at 320 px", () => {
  test.use({ viewport: { width: 320, height: 640 } });

  test("the mobile menu works by keyboard and nothing scrolls sideways", async ({ page }) => {
    await page.goto("/");
    const menu = page.locator("header details[data-nav-menu]");
    const summary = menu.locator("summary");
    const toolkit = menu.locator('a[href="/toolkit"]');

    await expect(menu).not.toHaveAttribute("open", "");
    await expect(toolkit).toBeHidden();

    await summary.focus();
    await page.keyboard.press("Enter");
    await expect(menu).toHaveAttribute("open", "");
    await expect(toolkit).toBeVisible();

    await page.keyboard.press("Tab");
    await expect(menu.locator('a[href="/innovations"]')).toBeFocused();
    await page.keyboard.press("Escape");
    await expect(menu).not.toHaveAttribute("open", "");
    await expect(summary).toBeFocused();

    await page.keyboard.press("Space");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    await expect(toolkit).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/toolkit$/);
    await expect(menu).not.toHaveAttribute("open", "");
    await summary.click();
    await expect(toolkit).toHaveAttribute("aria-current", "page");

    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});

test.describe("axe: WCAG 2.1 A/AA", () => {
  for (const path of ["/", "/accessibility", "/privacy", "/en", "/en/accessibility", "/en/privacy"]) {
    test(`no violations on ${path}`, async ({ page }) => {
      await page.goto(path);
      const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual(
        [],
      );
    });
  }
});
