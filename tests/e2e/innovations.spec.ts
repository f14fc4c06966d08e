import { test, expect, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";

// Runs against the seeded demo data (32 innovations). Counts are read from the
// page (data-total, data-count) rather than hard-coded, so edits to the demo
// records do not break the checks, only real disagreements do.

const totalOf = async (page: Page) => Number(await page.locator("[data-total]").getAttribute("data-total"));
const slugsOf = (page: Page) =>
  page.locator("[data-results] > li").evaluateAll((items) => items.map((item) => item.getAttribute("data-slug")));
const expectTotal = (page: Page, total: number) =>
  expect(page.locator("[data-total]")).toHaveAttribute("data-total", String(total));

test.describe("search", () => {
  test("a query without diacritics finds the record written with them", async ({ page }) => {
    await page.goto("/innovations?q=aprupes%20orientacijas");
    await expect(page.locator('[data-slug="caso-care-orientation-centres-belgium"]')).toBeVisible();
  });

  test("a query with a typo finds its record", async ({ page }) => {
    await page.goto("/en/innovations?q=demnetia");
    await expect(page.locator('[data-slug="healthy-ageing-early-dementia-diagnosis"]')).toBeVisible();
  });

  test("typing updates the results and the URL without submitting", async ({ page }) => {
    await page.goto("/en/innovations");
    const all = await totalOf(page);
    await page.getByLabel("Search innovations").fill("seniori");
    await expect(page).toHaveURL(/[?&]q=seniori/);
    await expect.poll(() => totalOf(page)).toBeLessThan(all);
    await expect(page.locator('[data-slug="lonely-seniors-register-and-visits"]')).toBeVisible();
  });

  test("facets narrow the results, counts match, the URL holds the state, reload and Back work", async ({ page }) => {
    await page.goto("/en/innovations");
    const all = await totalOf(page);
    const stage = page.locator('input[name="stage"][value="idea"]');
    const stageCount = Number(await stage.getAttribute("data-count"));
    await stage.check();
    await expect(page).toHaveURL(/[?&]stage=idea/);
    // The count beside a value is the number of results after selecting it.
    await expectTotal(page, stageCount);
    expect(stageCount).toBeLessThan(all);

    const theme = page.locator('input[name="theme"][value="health"]');
    const themeCount = Number(await theme.getAttribute("data-count"));
    await theme.check();
    await expect(page).toHaveURL(/[?&]theme=health/);
    await expectTotal(page, themeCount);
    expect(themeCount).toBeLessThanOrEqual(stageCount);
    const narrowed = await slugsOf(page);

    await page.reload();
    expect(await slugsOf(page)).toEqual(narrowed);
    await expect(page.locator('input[name="theme"][value="health"]')).toBeChecked();

    await page.goBack();
    await expect(page).not.toHaveURL(/theme=health/);
    await expectTotal(page, stageCount);
    await expect(page.locator('input[name="theme"][value="health"]')).not.toBeChecked();
    await expect(page.locator('input[name="stage"][value="idea"]')).toBeChecked();
  });

  test("chips remove one filter; clear all removes every one", async ({ page }) => {
    await page.goto("/en/innovations?stage=idea&theme=health");
    await page.locator('[data-chip="theme:health"]').click();
    await expect(page).toHaveURL(
      (url) => url.searchParams.getAll("theme").length === 0 && url.searchParams.get("stage") === "idea",
    );
    await expect(page.locator('input[name="theme"][value="health"]')).not.toBeChecked();
    await page.locator('[data-chip="clear"]').click();
    await expect(page).toHaveURL((url) => url.pathname === "/en/innovations" && url.search === "");
    await expect(page.locator('input[name="stage"]:checked')).toHaveCount(0);
  });

  test("sort and pagination are links in the URL with the current page marked", async ({ page }) => {
    await page.goto("/en/innovations?pageSize=5&sort=title");
    const nav = page.getByRole("navigation", { name: "Result pages" });
    await expect(nav.locator('[aria-current="page"]')).toHaveText("1");
    await nav.getByRole("link", { name: "Page 2" }).click();
    await expect(page).toHaveURL(/page=2/);
    await expect(nav.locator('[aria-current="page"]')).toHaveText("2");
    await expect(page.locator("#innovation-sort")).toHaveValue("title");
  });

  test("an empty result suggests which filter to remove, with the count that gives", async ({ page }) => {
    await page.goto("/en/innovations?stage=systemic&region=riga");
    await expectTotal(page, 0);
    const suggestion = page.locator('[data-relax="region"] a');
    const promised = Number((await suggestion.textContent())?.match(/(\d+)/)?.[1]);
    expect(promised).toBeGreaterThan(0);
    await suggestion.click();
    await expectTotal(page, promised);
  });

  test("a query with no hits gets tips and a way in by stage", async ({ page }) => {
    await page.goto("/en/innovations?q=zzqxwvvy");
    await expectTotal(page, 0);
    await expect(page.locator("[data-empty]")).toContainText("check the spelling");
    await expect(page.locator("[data-empty] a[href*='stage=']")).toHaveCount(7);
  });

  test("a long facet shows its most frequent values and a link to all of them that keeps every other parameter", async ({
    page,
  }) => {
    // The demo data has 14 target groups; "homeless" (2 innovations) is not among the most frequent.
    await page.goto("/en/innovations?targetGroup=homeless&sort=title&pageSize=5");
    const facet = page.locator('[data-facet="targetGroup"]');
    const boxes = facet.locator('input[type="checkbox"]');
    const folded = await boxes.count();
    await expect(facet.locator('input[value="homeless"]')).toBeChecked();
    const showAll = facet.locator('[data-expand="targetGroup"]');
    const all = Number((await showAll.textContent())?.match(/\((\d+)\)/)?.[1]);
    expect(folded).toBeLessThan(all);

    await showAll.click();
    await expect(page).toHaveURL(
      (url) =>
        url.searchParams.get("expand") === "targetGroup" &&
        url.searchParams.get("targetGroup") === "homeless" &&
        url.searchParams.get("sort") === "title" &&
        url.searchParams.get("pageSize") === "5",
    );
    await expect(boxes).toHaveCount(all);
    for (const count of await boxes.evaluateAll((inputs) => inputs.map((i) => i.getAttribute("data-count"))))
      expect(Number(count)).toBeGreaterThanOrEqual(0);
    await expect(facet.locator('input[value="homeless"]')).toBeChecked();

    // Ticking a value from the full list keeps the list open.
    const value = (await facet.locator("input:not(:checked)").last().getAttribute("value"))!;
    await facet.locator(`input[value="${value}"]`).check();
    await expect(page).toHaveURL(
      (url) =>
        url.searchParams.getAll("targetGroup").includes(value) && url.searchParams.get("expand") === "targetGroup",
    );
    await expect(boxes).toHaveCount(all);

    await facet.locator('[data-collapse="targetGroup"]').click();
    await expect(page).toHaveURL(
      (url) =>
        !url.searchParams.has("expand") &&
        url.searchParams.get("sort") === "title" &&
        url.searchParams.getAll("targetGroup").length === 2,
    );
    await expect(showAll).toBeVisible();
  });

  test("bad URL input falls back to defaults instead of failing", async ({ page }) => {
    const bad = [
      "/innovations?page=-5",
      "/innovations?page=999999999",
      `/innovations?q=${"a".repeat(10_000)}`,
      "/innovations?stage=%27%20OR%201%3D1--",
      "/innovations?q=%E0%A4%A",
      "/en/innovations?q=%22%20OR%201%3D1%20--&theme=x%20OR&sort=drop&pageSize=0",
    ];
    for (const url of bad) {
      const response = await page.goto(url);
      expect(response?.status(), url.slice(0, 80)).toBe(200);
      // The page itself, not the error boundary: its heading and a result count.
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(/Sociālās inovācijas|Social innovations/);
      await expect(page.locator("[data-total]")).toHaveCount(1);
    }
    await page.goto("/innovations?stage=%27%20OR%201%3D1--");
    await expect(page.locator('input[name="stage"]:checked')).toHaveCount(0);
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the GET form submits and the results render", async ({ page }) => {
    await page.goto("/en/innovations");
    await page.getByLabel("Search innovations").fill("seniori");
    await page.locator('input[name="stage"][value="idea"]').check();
    await page.getByRole("button", { name: "Search", exact: true }).click();
    await expect(page).toHaveURL(
      (url) => url.searchParams.get("q") === "seniori" && url.searchParams.get("stage") === "idea",
    );
    expect(await totalOf(page)).toBeGreaterThan(0);
    await expect(page.locator("[data-results] > li").first()).toBeVisible();
  });

  test("a long facet's full list opens by a link and its values filter with the GET form", async ({ page }) => {
    // Under this stage the demo data still has more target groups than the page shows folded.
    await page.goto("/en/innovations?stage=sustain&sort=title");
    const facet = page.locator('[data-facet="targetGroup"]');
    const shown = await facet.locator('input[type="checkbox"]').count();
    await facet.getByRole("link", { name: /Show all target groups/ }).click();
    await expect(page).toHaveURL(
      (url) =>
        url.searchParams.get("expand") === "targetGroup" &&
        url.searchParams.get("stage") === "sustain" &&
        url.searchParams.get("sort") === "title",
    );
    const boxes = facet.locator('input[type="checkbox"]');
    expect(await boxes.count()).toBeGreaterThan(shown);
    const last = boxes.last();
    const value = (await last.getAttribute("value"))!;
    const count = Number(await last.getAttribute("data-count"));
    await last.check();
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(
      (url) =>
        url.searchParams.get("targetGroup") === value &&
        url.searchParams.get("expand") === "targetGroup" &&
        url.searchParams.get("stage") === "sustain",
    );
    await expectTotal(page, count);
    await expect(facet.locator(`input[value="${value}"]`)).toBeChecked();
  });
});

test.describe("detail page", () => {
  test("shows the stage path, JSON-LD and implementer links", async ({ page }) => {
    await page.goto("/en/innovations/poor-for-the-poor-hungary");
    const current = page.locator('[data-stage-path] [aria-current="step"]');
    await expect(current).toHaveCount(1);
    await expect(current).toHaveAttribute("data-stage", "pilot");
    await expect(current).toContainText("current stage");
    const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? "");
    expect(ld.name).toBe(await page.getByRole("heading", { level: 1 }).textContent());
    const implementer = page.locator('[data-organisations="implementers"] a').first();
    await expect(implementer).toHaveAttribute("href", /^\/en\/organisations\/[a-z0-9-]+$/);
    await expect(page.locator("[data-correction]")).toHaveAttribute(
      "href",
      "/en/submit?correction=poor-for-the-poor-hungary",
    );
    await expect(page.locator("[data-links] a").first()).toHaveAttribute("rel", "noopener noreferrer nofollow");
  });

  test("an unknown slug is a 404", async ({ request }) => {
    expect((await request.get("/innovations/no-such-innovation")).status()).toBe(404);
  });
});

test.describe("map", () => {
  test("the table equals the list's region counts and each region links to the filtered list", async ({ page }) => {
    await page.goto("/en/innovations/map?theme=health");
    const rows = await page
      .locator("[data-region-table] tr[data-region]")
      .evaluateAll((trs) =>
        trs.map((tr) => [tr.getAttribute("data-region"), Number(tr.getAttribute("data-count"))] as const),
      );
    expect(rows.length).toBe(7);

    await page.goto("/en/innovations?theme=health");
    for (const [region, count] of rows) {
      const box = page.locator(`input[name="region"][value="${region}"]`);
      if (count === 0) await expect(box).toHaveCount(0);
      else await expect(box).toHaveAttribute("data-count", String(count));
    }

    await page.goto("/en/innovations/map?theme=health");
    const riga = rows.find(([region]) => region === "riga")![1];
    // on its count: the middle of Riga's bounding box is the Gulf of Riga
    await page.locator('svg a[data-region="riga"] rect').click();
    await expect(page).toHaveURL(
      (url) =>
        url.pathname === "/en/innovations" &&
        url.searchParams.get("region") === "riga" &&
        url.searchParams.get("theme") === "health",
    );
    await expectTotal(page, riga);
  });
});

test.describe("accessibility", () => {
  const pages = [
    "/innovations",
    "/innovations?q=zzqxwvvy",
    "/innovations?stage=idea&theme=health",
    "/innovations?targetGroup=homeless&expand=targetGroup",
    "/innovations/poor-for-the-poor-hungary",
    "/innovations/map",
  ];
  for (const prefix of ["", "/en"]) {
    for (const path of pages) {
      test(`axe finds no violations on ${prefix}${path}`, async ({ page }) => {
        await page.goto(`${prefix}${path}`);
        const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
        expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual(
          [],
        );
      });
    }
  }
});
