// An editor curating funding calls and the toolkit: a call saved after an
// error (values kept, message beside the field), a resource that accepts a
// real PDF and refuses a renamed executable next to the file field while
// every other value stays, a consultant seeing the lists read-only, and axe
// on the list and form pages including their error states.
import fs from "node:fs";
import { expect, test, type Page } from "./support/test";
import { expectNoAxeViolations, signInAs, useOwnClientAddress } from "./support/helpers";
import { ELF, PDF } from "../support/upload-fixtures";

// Several axe runs per test on a shared 2-core machine: 30 s is not enough.
test.describe.configure({ timeout: 120_000 });

test.beforeEach(async ({ page }, testInfo) => {
  await useOwnClientAddress(page, testInfo, 120);
});

// Dates of next year, so the new call is "upcoming" whenever the test runs.
const YEAR = new Date().getFullYear() + 1;

const save = (page: Page) => page.getByRole("button", { name: "Saglabāt" }).click();

test("editor creates a call: a closing date before the opening is refused with every value kept, then it saves", async ({
  page,
}) => {
  const title = `E2E konkurss ${Date.now()}`;
  await signInAs(page, "editor", "/admin/calls/new");
  await page.goto("/admin/calls/new");
  await expectNoAxeViolations(page);

  await page.locator("#call-titleLv").fill(title);
  await page.locator("#call-titleEn").fill("E2E call");
  await page.locator("#call-callNumber").fill("4.4.1.1/1/26/E2E");
  await page.locator("#call-opensAt").fill(`${YEAR}-09-01T09:00`);
  await page.locator("#call-closesAt").fill(`${YEAR}-08-01T17:00`);
  await page.locator("#call-maxPerProjectEur").fill("300 000");
  await page.locator("#call-stages").getByLabel("Izmēģināšana (pilotēšana)").check();
  await save(page);

  const summary = page.getByTestId("error-summary");
  await expect(summary).toBeFocused();
  await expect(page.locator("#call-closesAt")).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator("#call-closesAt-error")).toHaveText("Kļūda: Beigu datumam jābūt pēc sākuma datuma.");
  await expect(summary).toContainText("Beigu datumam jābūt pēc sākuma datuma.");
  await expect(page.locator("#call-titleLv")).toHaveValue(title);
  await expect(page.locator("#call-titleEn")).toHaveValue("E2E call");
  await expect(page.locator("#call-callNumber")).toHaveValue("4.4.1.1/1/26/E2E");
  await expect(page.locator("#call-opensAt")).toHaveValue(`${YEAR}-09-01T09:00`);
  await expect(page.locator("#call-maxPerProjectEur")).toHaveValue("300 000");
  await expect(page.locator("#call-stages").getByLabel("Izmēģināšana (pilotēšana)")).toBeChecked();
  await expectNoAxeViolations(page);

  await page.locator("#call-closesAt").fill(`${YEAR}-10-30T17:00`);
  await save(page);
  await page.waitForURL(/\/admin\/calls\/[^/]+\?created=1$/);
  await expect(page.getByTestId("status-message")).toHaveText("Ieraksts izveidots kā melnraksts.");
  await expect(page.locator("#call-closesAt")).toHaveValue(`${YEAR}-10-30T17:00`);
  await expect(page.locator("#call-slug")).toHaveValue(/^e2e-konkurss-\d+$/);
  await expect(page.getByTestId("entity-history")).toContainText(title);
  await expectNoAxeViolations(page);

  await page.getByTestId("publication-controls").getByRole("button", { name: "Publicēt" }).click();
  await page.waitForURL(/publication=PUBLISHED/);
  await expect(page.getByText("Publicēts", { exact: true }).first()).toBeVisible();

  await page.goto(`/admin/calls?q=${encodeURIComponent(title)}&status=upcoming`);
  await expect(page.getByRole("table").getByRole("link", { name: title })).toBeVisible();
  await expectNoAxeViolations(page);
});

test("a resource accepts a real PDF and refuses a renamed executable beside the file field, keeping the other values", async ({
  page,
}) => {
  const title = `E2E metode ${Date.now()}`;
  await signInAs(page, "editor", "/admin/resources/new");
  await page.goto("/admin/resources/new");
  await expectNoAxeViolations(page);

  await page.locator("#resource-titleLv").fill(title);
  await page.locator("#resource-type").selectOption("method");
  await page.locator("#resource-publisher").fill("SIF");
  await page.locator("#resource-url").fill("https://example.lv/metode");

  // an ELF binary called .pdf: the server looks at the content
  await page
    .locator("#resource-fileId")
    .setInputFiles({ name: "metode.pdf", mimeType: "application/pdf", buffer: ELF });
  await expect(page.locator("#resource-fileId-error")).toContainText("Šāda veida failu nevar pievienot");
  await expect(page.locator("#resource-fileId")).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator("#resource-titleLv")).toHaveValue(title);
  await expect(page.locator("#resource-publisher")).toHaveValue("SIF");
  await expect(page.locator("#resource-url")).toHaveValue("https://example.lv/metode");
  await expect(page.locator("#resource-type")).toHaveValue("method");
  await expectNoAxeViolations(page);

  await page
    .locator("#resource-fileId")
    .setInputFiles({ name: "Metodes apraksts.pdf", mimeType: "application/pdf", buffer: PDF });
  await expect(page.getByTestId("upload-status")).toContainText("Augšupielādēts: Metodes apraksts.pdf");
  await expect(page.locator("#resource-fileId-error")).toHaveCount(0);
  await save(page);
  await page.waitForURL(/\/admin\/resources\/[^/]+\?created=1$/);
  await expect(page.getByTestId("upload-status")).toContainText("Pievienotais fails: Metodes apraksts.pdf");

  // the draft's file is served to staff with its detected type, as a download
  const href = await page.getByTestId("upload-status").getByRole("link").getAttribute("href");
  const response = await page.request.get(href!);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/pdf");
  expect(response.headers()["x-content-type-options"]).toBe("nosniff");
  expect(response.headers()["content-disposition"]).toMatch(/^attachment;/);
  await expectNoAxeViolations(page);
});

test("a consultant sees the catalogue lists and records read-only", async ({ page }) => {
  await signInAs(page, "consultant", "/admin/calls");
  for (const path of ["/admin/programmes", "/admin/calls", "/admin/resources"]) {
    await page.goto(path);
    await expect(page.getByRole("table")).toBeVisible();
    await expect(page.getByRole("link", { name: /^Jaun/ })).toHaveCount(0);
    await expectNoAxeViolations(page);
  }
  // the first row header's link (the column headers are sort links)
  await page.getByRole("table").getByRole("rowheader").first().getByRole("link").click();
  await expect(page.getByTestId("read-only-record")).toBeVisible();
  await expect(page.getByRole("button", { name: "Saglabāt" })).toHaveCount(0);
  await page.goto("/admin/resources/new");
  await expect(page.locator("h1")).not.toHaveText("Jauns resurss");
});

test("programme list, filters and export; a programme with calls cannot be deleted", async ({ page }) => {
  await signInAs(page, "editor", "/admin/programmes");
  await page.goto("/admin/programmes?kind=eu-cohesion");
  await expect(page.getByRole("table")).toBeVisible();
  await expectNoAxeViolations(page);
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "CSV (Excel)" }).click();
  const file = await (await download).path();
  const csv = fs.readFileSync(file!, "utf8");
  expect(csv.split("\n")[0]).toContain("slug");
  expect(csv).toContain("esf-plus-4-4-1");

  await page.getByRole("table").getByRole("link").filter({ hasText: "4.4.1." }).first().click();
  await page.waitForURL(/\/admin\/programmes\/[^/?]+$/);
  await page.getByRole("button", { name: "Dzēst", exact: true }).click();
  const dialog = page.getByTestId("confirm-dialog").filter({ hasText: "Šo ierakstu nevar izdzēst" });
  await expect(dialog.getByTestId("reference-list")).toContainText("Projektu konkursi");
  await expectNoAxeViolations(page);
});
