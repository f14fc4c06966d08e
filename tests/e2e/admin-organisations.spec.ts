// An editor curating organisations with the staff CRUD kit: validation with
// values kept and a focused summary, save and edit, the unsaved-changes
// warning, a refused delete of a referenced organisation, CSV export, axe.
import fs from "node:fs";
import { expect, test } from "./support/test";
import { expectNoAxeViolations, signInAs, useOwnClientAddress } from "./support/helpers";

test.beforeEach(async ({ page }, testInfo) => {
  await useOwnClientAddress(page, testInfo, 70);
});

test("editor creates an organisation after fixing an error, edits it and finds it in the list", async ({ page }) => {
  // four axe runs and three saves: more than the default 30 s on a busy 2-core machine
  test.setTimeout(120_000);
  const name = `E2E biedrība ${Date.now()}`;
  await signInAs(page, "editor", "/admin/organisations/new");
  await page.goto("/admin/organisations/new");
  await expectNoAxeViolations(page);

  // English name only, a broken website: Latvian name is missing
  await page.locator("#organisation-nameEn").fill("E2E association");
  await page.locator("#organisation-type").selectOption("ngo");
  await page.locator("#organisation-website").fill("not a web address");
  await page.getByRole("button", { name: "Saglabāt" }).click();

  const summary = page.getByTestId("error-summary");
  await expect(summary).toBeFocused();
  await expect(summary).toContainText("Šis lauks ir obligāts.");
  await expect(page.locator("#organisation-nameLv")).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator("#organisation-nameLv-error")).toHaveText("Kļūda: Šis lauks ir obligāts.");
  await expect(page.locator("#organisation-website-error")).toBeVisible();
  // every typed value is still there
  await expect(page.locator("#organisation-nameEn")).toHaveValue("E2E association");
  await expect(page.locator("#organisation-website")).toHaveValue("not a web address");
  await expect(page.locator("#organisation-type")).toHaveValue("ngo");
  await expectNoAxeViolations(page);

  await page.locator("#organisation-nameLv").fill(name);
  await page.locator("#organisation-website").fill("https://e2e.example.lv");
  await page.getByRole("button", { name: "Saglabāt" }).click();
  await page.waitForURL(/\/admin\/organisations\/[^/]+\?created=1$/);
  await expect(page.getByTestId("status-message")).toHaveText("Organizācija izveidota.");
  await expect(page.locator("#organisation-slug")).toHaveValue(/^e2e-biedriba-\d+$/);

  // English description empty: the form says the Latvian text will be shown
  await page.locator("#organisation-descriptionLv").fill("Atbalsta kopienas iniciatīvas.");
  await expect(page.locator("#organisation-descriptionEn-fallback")).toBeVisible();
  await page.getByRole("button", { name: "Saglabāt" }).click();
  await expect(page.getByTestId("status-message")).toHaveText("Saglabāts.", { timeout: 30_000 });
  await expect(page.getByTestId("entity-history")).toContainText("Atbalsta kopienas iniciatīvas.");

  await page.goto(`/admin/organisations?q=${encodeURIComponent(name)}`);
  await expect(page.getByRole("table").getByRole("link", { name })).toBeVisible();
  await expectNoAxeViolations(page);
});

test("leaving a form with unsaved changes asks first", async ({ page }) => {
  await signInAs(page, "editor", "/admin/organisations/new");
  await page.goto("/admin/organisations/new");
  await page.locator("#organisation-nameLv").fill("Nesaglabāta");
  let asked = "";
  page.once("dialog", (dialog) => {
    asked = dialog.message();
    void dialog.dismiss();
  });
  await page.getByRole("link", { name: /Atpakaļ uz sarakstu/ }).click();
  await expect.poll(() => asked).toContain("nesaglabātas izmaiņas");
  await expect(page).toHaveURL(/\/admin\/organisations\/new$/);
  await expect(page.locator("#organisation-nameLv")).toHaveValue("Nesaglabāta");
});

test("a referenced organisation cannot be deleted and the dialog lists what refers to it", async ({ page }) => {
  await signInAs(page, "editor", "/admin/organisations");
  await page.goto("/admin/organisations?q=Sabiedr%C4%ABbas%20integr%C4%81cijas%20fonds");
  await page.getByRole("table").getByRole("link", { name: "Sabiedrības integrācijas fonds" }).click();
  await page.waitForURL(/\/admin\/organisations\/[^/?]+$/);
  const trigger = page.getByRole("button", { name: "Dzēst", exact: true });
  await trigger.click();
  const dialog = page.getByTestId("confirm-dialog").filter({ hasText: "Šo ierakstu nevar izdzēst" });
  await expect(dialog).toBeVisible();
  // SIF funds programmes and calls in the demo data
  await expect(dialog.getByTestId("reference-list")).toContainText("Finansējuma programmas");
  await expect(dialog.getByRole("button", { name: "Dzēst neatgriezeniski" })).toHaveCount(0);
  await expectNoAxeViolations(page);
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(trigger).toBeFocused();
});

test("the list downloads as CSV with a byte-order mark", async ({ page }) => {
  await signInAs(page, "editor", "/admin/organisations");
  await page.goto("/admin/organisations?type=ngo");
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "CSV (Excel)" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^organisations-\d{4}-\d{2}-\d{2}\.csv$/);
  const body = fs.readFileSync((await download.path())!);
  expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = body.toString("utf8").slice(1).trim().split("\r\n");
  expect(lines[0]).toMatch(/^id,nameLv,nameEn,slug,type,/);
  expect(lines.length).toBeGreaterThan(1);
  expect(lines.slice(1).every((l) => l.includes(",ngo,"))).toBe(true);
});

test("the public directory lists published organisations and opens a stakeholder's page", async ({ page }) => {
  await page.goto("/organisations?type=state-institution");
  await expect(page.getByRole("heading", { level: 1, name: "Organizācijas" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("main").getByRole("link", { name: "Sabiedrības integrācijas fonds", exact: true }).click();
  await page.waitForURL(/\/organisations\/sif$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sabiedrības integrācijas fonds");
  await expect(page.getByRole("heading", { level: 2, name: "Par organizāciju" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.goto("/en/organisations/sif");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Society Integration Foundation");
  await expectNoAxeViolations(page);
});
