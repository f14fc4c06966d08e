// The coverage grid (directory page and /ecosystem) and the regional view, on
// the demo data: filtering without JavaScript, a cell's count leading to
// exactly that many records, gaps said in words, the CSV, and axe in both
// languages. Counts are read from the page, so edits to the demo data only
// break real disagreements.
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/helpers";

test.describe("coverage grid without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("filters by region and theme, counts link to exactly those records, gaps are words", async ({ page }) => {
    await page.goto("/en/ecosystem");
    await page.getByLabel("Planning region", { exact: true }).selectOption("latgale");
    await page.getByLabel("Theme").selectOption("social-services");
    await page.getByRole("button", { name: "Show" }).click();
    await expect(page).toHaveURL(/\/en\/ecosystem\?region=latgale&theme=social-services/);
    const table = page.getByRole("table", { name: /Latgale planning region, Social services/ });
    await expect(table).toBeVisible();

    // a gap says so in words, not only by its background
    const gap = table.locator('td[data-level="gap"]').first();
    await expect(gap).toHaveText("Gap");
    await expect(table.locator('td[data-level="thin"]').first()).toContainText("only one");

    // "Grants and subsidies" at "Piloting and testing": the link's numbers are the cell page's lists
    const column = await table.locator("thead th").allTextContents();
    const grants = column.indexOf("Grants and subsidies");
    const row = table.locator("tbody tr", { has: page.getByRole("rowheader", { name: "Piloting and testing" }) });
    const link = row
      .locator("td")
      .nth(grants - 1)
      .getByRole("link");
    const text = (await link.textContent()) ?? "";
    const orgs = Number(/(\d+) org\./.exec(text)?.[1] ?? 0);
    const calls = Number(/(\d+) calls?/.exec(text)?.[1] ?? 0);
    expect(calls).toBeGreaterThan(0);
    await link.click();
    await expect(page).toHaveURL(/\/en\/ecosystem\/cell\?region=latgale&theme=social-services&stage=pilot&type=grants/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "Grants and subsidies at the stage “Piloting and testing”",
    );
    await expect(page.locator('[data-section="organisations"] li')).toHaveCount(orgs);
    await expect(page.locator('[data-section="calls"] [data-calls] > li')).toHaveCount(calls);
    await page.getByRole("link", { name: "Back to the coverage grid" }).click();
    await expect(page.getByLabel("Planning region", { exact: true })).toHaveValue("latgale");
  });

  test("an unknown filter is left out with a note; the CSV matches the table", async ({ page, request }) => {
    await page.goto("/en/ecosystem?region=atlantis&theme=social-services");
    await expect(page.locator("[data-ignored]")).toHaveAttribute("data-ignored", "region");
    await expect(page.getByLabel("Theme")).toHaveValue("social-services");
    const href = await page.locator("[data-coverage-csv]").getAttribute("href");
    expect(href).toBe("/api/v1/coverage.csv?theme=social-services");
    const csv = await (await request.get(href!)).text();
    const cells = await page.locator("table tbody td").count();
    expect(csv.trim().split("\r\n")).toHaveLength(1 + cells + (await page.locator("table tfoot td").count()));
    expect((await request.get("/api/v1/coverage.csv?region=atlantis")).status()).toBe(400);
  });

  test("the directory page shows the grid, following its planning region", async ({ page }) => {
    await page.goto("/en/organisations?region=vidzeme");
    const section = page.locator('[data-section="coverage"]');
    await expect(section.getByRole("heading", { name: "Who supports which stage" })).toBeVisible();
    await expect(section.getByRole("table", { name: /Vidzeme planning region/ })).toBeVisible();
  });
});

test.describe("regional view", () => {
  test("each region's page shows the figures the index lists and leads on", async ({ page }) => {
    await page.goto("/en/regions");
    const row = page.locator('tr[data-region="latgale"]');
    const organisations = (await row.locator('[data-count="organisations"]').textContent())!.trim();
    const innovations = (await row.locator('[data-count="innovations"]').textContent())!.trim();
    await row.getByRole("link").click();
    await expect(page).toHaveURL(/\/en\/regions\/latgale$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Latgale planning region");
    await expect(page.locator('[data-figure="organisations"]')).toContainText(organisations);
    await expect(page.locator('[data-figure="innovations"]')).toContainText(innovations);
    await expect(page.locator('[data-section="organisations"] li[data-slug]')).toHaveCount(Number(organisations));
    await page.locator("[data-navigator]").click();
    await expect(page).toHaveURL(/\/en\/navigator\/who\?place=latgale/);
    expect((await page.goto("/en/regions/atlantis"))?.status()).toBe(404);
  });

  for (const [locale, prefix] of [
    ["lv", ""],
    ["en", "/en"],
  ] as const) {
    test(`axe finds no violation on the grid, a cell, the directory and the regions (${locale})`, async ({ page }) => {
      test.setTimeout(180_000); // eight pages, each checked by axe
      for (const path of [
        "/ecosystem",
        "/ecosystem?region=riga&theme=education",
        "/ecosystem/cell?stage=pilot&type=grants",
        "/ecosystem/cell?stage=systemic&type=loans",
        "/organisations",
        "/regions",
        "/regions/latgale",
        "/regions/riga",
      ]) {
        await page.goto(`${prefix}${path}`);
        await expectNoAxeViolations(page);
      }
    });
  }
});
