// The public consultation request form: errors next to the fields with every
// typed value kept, accessibility of the form and its error state in both
// languages, and a full "contact me" request reaching the confirmation page.
// Booking a slot: tests/integration/consultations-booking.test.ts, the round
// trip in consultations-booking.spec.ts, and here a demo time the seed publishes.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

// lib/forms/spam.ts MIN_FILL_MS is 3 s: a person cannot fill the form faster.
const MIN_FILL_MS = 3_000;

const LOCALES = [
  { locale: "lv", path: "/consultations/request", thanks: /\/consultations\/thanks\?ref=K-\d{4}-\d{4,}$/ },
  { locale: "en", path: "/en/consultations/request", thanks: /\/en\/consultations\/thanks\?ref=K-\d{4}-\d{4,}$/ },
] as const;

// Each test gets its own client address and e-mail, so reruns stay within the
// per-IP and per-e-mail limit of 5 requests an hour.
test.beforeEach(async ({ page }, testInfo) => {
  const octet = (n: number) => Math.floor(Math.random() * n) + 1;
  await page.setExtraHTTPHeaders({ "x-forwarded-for": `10.${100 + testInfo.workerIndex}.${octet(250)}.${octet(250)}` });
});

const uniqueEmail = () => `e2e-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.lv`;

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

const submit = (page: Page) => page.locator("form button[type=submit]").click();

for (const { locale, path, thanks } of LOCALES) {
  test.describe(`consultation request (${locale})`, () => {
    test("the form has no axe violations", async ({ page }) => {
      await page.goto(path);
      await expect(page.locator("#consultation-name")).toBeVisible();
      await expectNoAxeViolations(page);
    });

    test("an incomplete submit shows errors next to the fields, keeps typed values, and has no axe violations", async ({
      page,
    }) => {
      await page.goto(path);
      await page.locator("#consultation-name").fill("Anna Bērziņa");
      await page.locator("#consultation-organisationName").fill("Biedrība Piemērs");
      await page.locator("#consultation-description").fill("Par īsu");
      await page.locator("#consultation-topics input[type=checkbox]").first().check();
      await submit(page);

      const summary = page.locator("#consultation-summary");
      await expect(summary).toBeVisible();
      await expect(summary).toBeFocused();
      for (const field of ["email", "description"]) {
        await expect(page.locator(`#consultation-${field}`)).toHaveAttribute("aria-invalid", "true");
        await expect(page.locator(`#consultation-${field}`)).toHaveAttribute(
          "aria-describedby",
          new RegExp(`consultation-${field}-error`),
        );
        await expect(page.locator(`#consultation-${field}-error`)).not.toBeEmpty();
      }
      for (const group of ["format", "language", "slotId"])
        await expect(page.locator(`#consultation-${group}-error`)).not.toBeEmpty();
      await expect(page.locator("#consultation-privacyAcknowledged")).toHaveAttribute("aria-invalid", "true");
      await expect(page.locator("#consultation-name")).not.toHaveAttribute("aria-invalid", "true");

      await expect(page.locator("#consultation-name")).toHaveValue("Anna Bērziņa");
      await expect(page.locator("#consultation-organisationName")).toHaveValue("Biedrība Piemērs");
      await expect(page.locator("#consultation-description")).toHaveValue("Par īsu");
      await expect(page.locator("#consultation-topics input[type=checkbox]").first()).toBeChecked();
      await expectNoAxeViolations(page);
    });

    test("a request with 'contact me' reaches the confirmation with a K-YYYY-NNNN reference", async ({ page }) => {
      await page.goto(path);
      const openedAt = Date.now();
      await page.locator("#consultation-name").fill("Kārlis Ozols");
      await page.locator("#consultation-email").fill(uniqueEmail());
      await page.locator("#consultation-topics input[type=checkbox]").first().check();
      await page
        .locator("#consultation-description")
        .fill("Kā novērtēt mūsu sociālās inovācijas ietekmi pilotprojekta beigās?");
      await page.locator("#consultation-format input[type=radio]").first().check();
      await page.locator("#consultation-language input[value=lv]").check();
      await page.locator("#consultation-slotId input[value=contact-me]").check();
      await page.locator("#consultation-privacyAcknowledged").check();
      await expect(page.locator("input[name=newsletterConsent]")).not.toBeChecked();
      const waitMs = MIN_FILL_MS + 500 - (Date.now() - openedAt);
      if (waitMs > 0) await page.waitForTimeout(waitMs);
      await submit(page);

      await expect(page).toHaveURL(thanks);
      await expect(page.getByTestId("consultation-reference")).toHaveText(/^K-\d{4}-\d{4,}$/);
      await expectNoAxeViolations(page);
    });
  });
}

test("the navigator's URL pre-fills topic, stage and theme", async ({ page }) => {
  await page.goto("/consultations/request");
  const topic = await page.locator("#consultation-topics input[type=checkbox]").nth(1).getAttribute("value");
  const stage = await page.locator("#consultation-stage option").nth(2).getAttribute("value");
  const theme = await page.locator("#consultation-theme option").nth(1).getAttribute("value");
  // through the start page, whose "Start now" carries the prefill on
  await page.goto(`/consultations?topic=${topic}&stage=${stage}&theme=${theme}`);
  await page.locator("a[data-start]").click();
  await expect(page).toHaveURL(/\/consultations\/request\?/);
  await expect(page.locator(`#consultation-topics input[value="${topic}"]`)).toBeChecked();
  await expect(page.locator("#consultation-stage")).toHaveValue(stage ?? "");
  await expect(page.locator("#consultation-theme")).toHaveValue(theme ?? "");
});

test("an unknown self-service token shows a clear message, not an error page", async ({ page }) => {
  const response = await page.goto("/en/consultations/manage?token=not-a-real-token-at-all");
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your consultation request");
  await expect(page.getByText("This link is not valid or no longer works.", { exact: false })).toBeVisible();
});
