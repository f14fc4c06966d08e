// The public forms without JavaScript: the browser posts the form itself and
// the server answers with the page, where every typed value is kept, each
// message sits beside its field, the error summary (with its heading) is at
// the top, and the page's title starts with "Kļūda: " / "Error: " (GOV.UK),
// so a screen-reader user hears at once that the form came back.
import { expect, test } from "@playwright/test";
import { useOwnClientAddress } from "./support/helpers";

test.use({ javaScriptEnabled: false });

test.beforeEach(async ({ page }, testInfo) => {
  await useOwnClientAddress(page, testInfo, 110);
});

for (const { locale, path, prefix, heading } of [
  { locale: "lv", path: "/consultations/request", prefix: "Kļūda: ", heading: "Radās problēma" },
  { locale: "en", path: "/en/consultations/request", prefix: "Error: ", heading: "There is a problem" },
] as const) {
  test(`the consultation request form answers without JavaScript (${locale})`, async ({ page }) => {
    await page.goto(path);
    const title = await page.title();
    expect(title.startsWith(prefix)).toBe(false);
    await page.locator("#consultation-name").fill("Anna Bērziņa");
    await page.locator("#consultation-description").fill("Par īsu");
    await page.locator("#consultation-topics input[type=checkbox]").first().check();
    await page.locator("form button[type=submit]").click();

    const summary = page.getByTestId("error-summary");
    await expect(summary.getByRole("heading", { level: 2 })).toHaveText(heading);
    await expect(summary.getByRole("link").first()).toHaveAttribute("href", /^#consultation-/);
    await expect(page).toHaveTitle(`${prefix}${title}`);
    await expect(page.locator("#consultation-name")).toHaveValue("Anna Bērziņa");
    await expect(page.locator("#consultation-description")).toHaveValue("Par īsu");
    await expect(page.locator("#consultation-topics input[type=checkbox]").first()).toBeChecked();
    await expect(page.locator("#consultation-email")).toHaveAttribute("aria-invalid", "true");
    await expect(page.locator("#consultation-email-error")).not.toBeEmpty();
  });
}

test("the proposal form keeps every value without JavaScript", async ({ page }) => {
  await page.goto("/en/submit");
  await page.locator("#submission-titleLv").fill("Kopienas darbnīca");
  await page.locator("#submission-stage input[value=pilot]").check();
  await page.locator("form button[type=submit]").click();
  await expect(page.getByTestId("error-summary")).toBeVisible();
  await expect(page).toHaveTitle(/^Error: /);
  await expect(page.locator("#submission-titleLv")).toHaveValue("Kopienas darbnīca");
  await expect(page.locator("#submission-stage input[value=pilot]")).toBeChecked();
  await expect(page.locator("#submission-summaryLv")).toHaveAttribute("aria-invalid", "true");
});
