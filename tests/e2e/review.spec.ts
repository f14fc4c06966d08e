// The annual ecosystem review in the browser: the 2025 review shows the source
// figures, every chart has its table, axe finds nothing in either language,
// charts appear without JavaScript; then the whole year's work as staff and a
// supporter do it: an editor starts this year's review, writes its
// introduction and a priority challenge, invites a supporter, the supporter
// reports through the signed link (a wrong figure first), the editor accepts
// and publishes, and the public page shows the frozen review.
import { expect, test, type Page } from "@playwright/test";
import pg from "pg";
import { expectNoAxeViolations, signInAs, uniqueEmail, useOwnClientAddress } from "./support/helpers";

const CURRENT = Number(new Intl.DateTimeFormat("en", { timeZone: "Europe/Riga", year: "numeric" }).format(new Date()));

async function sql<T extends pg.QueryResultRow>(text: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}

/** Every figure has its numbers in a table behind "show data", and nearly all of them a chart. */
async function expectEveryChartHasItsTable(page: Page) {
  const figures = await page.locator("figure.review-figure").evaluateAll((list) =>
    list.map((f) => ({
      title: f.querySelector("h3")?.textContent ?? "",
      rows: f.querySelectorAll("details > summary + div table tbody tr").length,
      chart: f.querySelector("img.review-chart[alt]:not([alt=''])") !== null,
    })),
  );
  expect(figures.length).toBeGreaterThan(50);
  expect(figures.filter((f) => f.rows === 0).map((f) => f.title)).toEqual([]);
  expect(figures.filter((f) => f.chart).length).toBeGreaterThan(40);
}

test.describe("the published 2025 review", () => {
  // a long page (56 datasets, each a chart and a table) that axe reads whole; on a
  // machine shared with other test runs that alone has taken over two minutes
  test.describe.configure({ timeout: 360_000 });

  test("shows the source figures exactly, with a table behind every chart, in Latvian", async ({ page }) => {
    await page.goto("/review/2025");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sociālo inovāciju ekosistēmas pārskats 2025");
    await expect(page.getByTestId("figures-status")).toContainText("iesaldēti");

    const regions = page.locator("#dataset-services-by-planning-region");
    await regions.getByText("Rādīt datus").click();
    const rows = regions.locator("tbody tr");
    await expect(rows).toHaveCount(5);
    const cells = await rows.evaluateAll((trs) =>
      trs.map((tr) => [tr.querySelector("th")!.textContent, tr.querySelector("td")!.textContent]),
    );
    expect(cells).toEqual([
      ["Rīgas plānošanas reģions", "384"],
      ["Latgales plānošanas reģions", "166"],
      ["Vidzemes plānošanas reģions", "154"],
      ["Zemgales plānošanas reģions", "133"],
      ["Kurzemes plānošanas reģions", "125"],
    ]);
    await expect(page.locator("#dataset-awareness-2024-term-summary")).toContainText("Termins nav dzirdēts");
    await expect(page.locator("#dataset-awareness-2024-term-summary")).toContainText("41%");
    await expect(regions.locator("figcaption")).toContainText("Avots:");

    await expectEveryChartHasItsTable(page);
    await expectNoAxeViolations(page);
  });

  test("reads the same in English, with axe finding nothing", async ({ page }) => {
    await page.goto("/en/review/2025");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Social innovation ecosystem review 2025");
    await expect(page.locator("#dataset-awareness-2024-term-summary")).toContainText("Never heard the term");
    await expect(page.locator('main [data-glossary="ecosystemReview"]')).toHaveAttribute(
      "href",
      "/en/glossary#ecosystem-review",
    );
    await expect(page.locator("#coverage-grid")).toBeVisible();
    await expect(page.locator("#coverage-grid td[data-level=gap]").first()).toContainText("Gap");
    await expectEveryChartHasItsTable(page);
    await expectNoAxeViolations(page);
  });

  test("draws its charts without JavaScript, and /review opens the latest published year", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/review");
    await expect(page.getByRole("heading", { level: 1 })).toContainText(/\d{4}/);
    // the chart is an SVG file of the open-data API, with the summary as its text alternative
    const chart = page.locator("#dataset-innovations-by-stage img.review-chart");
    await chart.scrollIntoViewIfNeeded();
    await expect(chart).toBeVisible();
    await expect(chart).toHaveAttribute("alt", /\S/);
    await expect.poll(() => chart.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    const file = await page.request.get((await chart.getAttribute("src"))!);
    expect(file.headers()["content-type"]).toBe("image/svg+xml; charset=utf-8");
    expect(file.headers()["cache-control"]).toContain("immutable");
    await page.locator("#dataset-innovations-by-stage summary").click();
    await expect(page.locator("#dataset-innovations-by-stage table")).toBeVisible();
    await context.close();
  });

  test("offers every dataset for download", async ({ page, request }) => {
    await page.goto("/en/review/2025");
    const csv = await request.get("/api/v1/reviews/2025/datasets/services-by-planning-region.csv");
    expect(csv.status()).toBe(200);
    expect(await csv.text()).toContain("Rīgas plānošanas reģions");
    const keyFigures = page.locator("#key-figures a[href$='/datasets/key-figures.csv']");
    const keyCsv = await request.get((await keyFigures.getAttribute("href"))!);
    expect(await keyCsv.text()).toContain("social innovations in Latvia");
    const links = page.locator("a[href$='.csv'][href*='/datasets/']");
    expect(await links.count()).toBeGreaterThan(55);
  });
});

test("a year's review from the first draft to publication, with a supporter's report", async ({
  page,
  browser,
}, testInfo) => {
  test.setTimeout(240_000);
  await useOwnClientAddress(page, testInfo, 60);
  await sql(`DELETE FROM "AnnualReview" WHERE "year" = $1`, [CURRENT]);
  const [supporter] = await sql<{ id: string; nameLv: string }>(
    `SELECT "id", "nameLv" FROM "Organisation" WHERE 'supporter' = ANY("roles") AND "publication" = 'PUBLISHED' ORDER BY "slug" LIMIT 1`,
  );
  const supporterEmail = uniqueEmail("supporter");

  await signInAs(page, "editor", "/admin/reviews");
  await page.goto("/admin/reviews");
  await expectNoAxeViolations(page);
  await page.locator("#new-review-year").fill(String(CURRENT));
  await page.locator("#new-review-titleLv").fill(`Sociālo inovāciju ekosistēma ${CURRENT}`);
  await page.getByRole("button", { name: "Izveidot pārskatu" }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/reviews/${CURRENT}\\?created=1`));

  await page
    .locator("#review-text-introLv")
    .fill("**Galvenais:** gads, kurā SIKC sāka apkopot atbalstītāju ziņojumus.");
  await page.getByRole("button", { name: "Saglabāt tekstu" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saglabāts" }).first()).toBeVisible();

  const challenge = page.locator("#challenge-new");
  await challenge.locator("#challenge-new-titleLv").fill("Ilgtspējīgs finansējums pēc pilotprojekta");
  await challenge.locator("#challenge-new-innovationIds input[type=checkbox]").first().check();
  await page.getByRole("button", { name: "Pievienot izaicinājumu" }).click();
  await expect(page).toHaveURL(/saved=challenge/);
  await expectNoAxeViolations(page);

  await page.goto(`/admin/reviews/${CURRENT}/reports`);
  await page.locator("#invite-organisationId").selectOption(supporter!.id);
  await page.locator("#invite-inviteEmail").fill(supporterEmail);
  await page.getByRole("button", { name: "Nosūtīt uzaicinājumu" }).click();
  await expect(page.locator("tbody")).toContainText(supporter!.nameLv);
  await expectNoAxeViolations(page);

  // the supporter opens the link from the invitation (read from the mail queue)
  let link = "";
  await expect(async () => {
    const [job] = await sql<{ data: { text: string } }>(
      `SELECT data FROM pgboss.job WHERE name = 'mail.send' AND data::text ILIKE $1 ORDER BY created_on DESC LIMIT 1`,
      [`%${supporterEmail}%`],
    );
    link = /https?:\/\/\S+\/review\/report\?token=\S+/.exec(job?.data.text ?? "")?.[0] ?? "";
    expect(link).not.toBe("");
  }).toPass({ timeout: 20_000 });
  const visitorContext = await browser.newContext();
  const visitor = await visitorContext.newPage();
  await useOwnClientAddress(visitor, testInfo, 61);
  await visitor.goto(new URL(link).pathname + new URL(link).search);
  await expect(visitor.getByRole("heading", { level: 1 })).toContainText(String(CURRENT));
  await expectNoAxeViolations(visitor);
  await visitor.locator("#report-reporterName").fill("Anna Bērziņa");
  await visitor.locator("#report-innovationsSupported").fill("3");
  await visitor.locator("#report-grantedEur").fill("-50");
  await visitor.locator("#report-stages input[value=pilot]").check();
  await visitor.waitForTimeout(3_100); // the form's minimum fill time
  await visitor.getByRole("button", { name: "Iesniegt ziņojumu" }).click();
  await expect(visitor.locator("#report-grantedEur-error")).toHaveText("Kļūda: Skaitlis nevar būt negatīvs.");
  const answeredAt = Date.now(); // a form sent back is handed out again: its fill time starts now
  await expect(visitor.locator("#report-reporterName")).toHaveValue("Anna Bērziņa");
  await expect(visitor.locator("#report-stages input[value=pilot]")).toBeChecked();
  await expectNoAxeViolations(visitor);
  await visitor.locator("#report-grantedEur").fill("12 500");
  const waitMs = 3_100 - (Date.now() - answeredAt);
  if (waitMs > 0) await visitor.waitForTimeout(waitMs);
  await visitor.getByRole("button", { name: "Iesniegt ziņojumu" }).click();
  await expect(visitor.getByRole("status")).toContainText("Paldies! Ziņojums ir iesniegts.");

  await page.goto(`/admin/reviews/${CURRENT}/reports`);
  await page.getByRole("link", { name: supporter!.nameLv }).click();
  await page.getByRole("button", { name: "Pieņemt" }).click();
  await expect(page.locator("[data-status]").first()).toHaveAttribute("data-status", "ACCEPTED");

  await page.goto(`/admin/reviews/${CURRENT}`);
  await page.getByRole("button", { name: "Publicēt un iesaldēt skaitļus" }).click();
  await expect(page).toHaveURL(/published=1/);
  await expect(page.getByRole("button", { name: "Publicēt un iesaldēt skaitļus" })).toHaveCount(0);

  await page.goto(`/en/review/${CURRENT}`);
  await expect(page.getByTestId("figures-status")).toContainText("frozen");
  await expect(page.locator("#intro")).toContainText("Galvenais:");
  await expect(page.locator("#challenges")).toContainText("Ilgtspējīgs finansējums pēc pilotprojekta");
  await expect(page.locator("[data-figure=reports] dd").first()).toHaveText("1");
  await expectNoAxeViolations(page);

  // the link now says the review is published
  await visitor.reload();
  await expect(visitor.getByText(/ir publicēts/)).toBeVisible();
  await visitorContext.close();
});
