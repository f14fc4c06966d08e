// Public submissions end to end: a person proposes an innovation in Latvian
// (first with errors: every typed value kept, messages beside the fields, the
// summary focused), an editor approves and publishes it from the moderation
// queue, and it appears in the public innovation search. Axe on the form (also
// in its error state), the thank-you page, the queue and the review page.
import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations, signInAs, uniqueEmail, useOwnClientAddress } from "./support/helpers";

// lib/forms/spam.ts MIN_FILL_MS: a person cannot fill the form faster.
const MIN_FILL_MS = 3_000;

test.beforeEach(async ({ page }, testInfo) => {
  await useOwnClientAddress(page, testInfo, 90);
});

const field = (page: Page, name: string) => page.locator(`#submission-${name}`);
const submit = (page: Page) => page.locator("form button[type=submit]").click();

test("a Latvian proposal travels from the public form through moderation to the public search", async ({ page }) => {
  // one journey across two roles with six axe runs: longer than the 30 s default on a busy 2-core machine
  test.setTimeout(180_000);
  // a made-up word, so the search finds this record and nothing else
  const word = `zz${Date.now().toString(36)}`;
  const title = `Kaimiņu darbnīca ${word}`;

  await page.goto("/submit");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Pieteikt sociālo inovāciju");
  await expectNoAxeViolations(page);

  await field(page, "titleLv").fill(title);
  await field(page, "summaryLv").fill("Par īsu");
  await page.locator("#submission-themes input[value=social-services]").check();
  await page.waitForTimeout(MIN_FILL_MS);
  await submit(page);

  const summary = page.locator("#submission-summary");
  await expect(summary).toBeFocused();
  await expect(summary).toContainText("Dažos laukos jāveic labojumi");
  await expect(field(page, "summaryLv")).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator("#submission-summaryLv-error")).toHaveText("Aprakstam jābūt vismaz 20 rakstzīmes garam.");
  await expect(page.locator("#submission-problemLv-error")).toHaveText("Aprakstiet problēmu, ko inovācija risina.");
  await expect(page.locator("#submission-sa-novelty-error")).not.toBeEmpty();
  await expect(page.locator("#submission-email-error")).toHaveText("Ierakstiet e-pasta adresi.");
  // values kept
  await expect(field(page, "titleLv")).toHaveValue(title);
  await expect(field(page, "titleLv")).not.toHaveAttribute("aria-invalid", "true");
  await expect(field(page, "summaryLv")).toHaveValue("Par īsu");
  await expect(page.locator("#submission-themes input[value=social-services]")).toBeChecked();
  await expectNoAxeViolations(page);

  await field(page, "summaryLv").fill("Kaimiņi kopā labo velosipēdus un mēbeles un māca to jauniešiem.");
  await field(page, "problemLv").fill(
    "Jaunieši mazpilsētā pēc skolas nav nodarbināti, un vecākiem nav naudas remontiem.",
  );
  await field(page, "solutionLv").fill(
    "Pensionēti amatnieki reizi nedēļā vada darbnīcu, kur jaunieši mācās remontēt lietas.",
  );
  await page.locator("#submission-stage input[value=pilot]").check();
  await page.locator("#submission-status input[value=active]").check();
  await page.locator("#submission-targetGroups input[value=children-youth]").check();
  await page.locator("#submission-region input[value=latgale]").check();
  await field(page, "organisationName").fill("Biedrība Kaimiņi");
  for (const group of await page.locator("fieldset[id^=submission-sa-]").all())
    await group.locator("input[value=yes]").check();
  await field(page, "name").fill("Līga Kalniņa");
  await field(page, "email").fill(uniqueEmail("submit"));
  await field(page, "privacyAcknowledged").check();
  await submit(page);

  await expect(page).toHaveURL(/\/submit\/thanks\?kind=proposal$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Paldies! Jūsu ierosinājums ir saņemts");
  // after a client-side redirect the title arrives with the streamed metadata
  await expect(page).toHaveTitle(/Paldies/);
  await expectNoAxeViolations(page);

  await signInAs(page, "editor", "/admin/submissions");
  await page.goto(`/admin/submissions?q=${encodeURIComponent(word)}&status=PENDING`);
  const row = page.getByRole("row").filter({ hasText: title });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText("Gaida izskatīšanu");
  await expectNoAxeViolations(page);

  await row.getByRole("link", { name: title }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(title);
  await expect(page.locator("[data-field=organisationName]")).toHaveText("Biedrība Kaimiņi");
  await expect(page.locator("#approve-titleLv")).toHaveValue(title);
  await expectNoAxeViolations(page);

  await page.getByRole("button", { name: "Apstiprināt un publicēt" }).click();
  await expect(page).toHaveURL(/done=approved/);
  await expect(page.getByTestId("submission-status")).toHaveText("Apstiprināts");
  await expect(page.getByText("Iesūtījums apstiprināts. Iesniedzējam nosūtīts e-pasts.")).toBeVisible();

  await page.goto(`/innovations?q=${encodeURIComponent(word)}`);
  await expect(page.getByRole("link", { name: title })).toBeVisible();
});

test("the correction link of a published innovation opens the correction form for that record", async ({ page }) => {
  await page.goto("/en/innovations");
  const first = page.locator("main h2 a, main h3 a").first();
  const name = (await first.textContent())?.trim() ?? "";
  await first.click();
  await page.locator("[data-correction]").click();
  await expect(page).toHaveURL(/\/en\/submit\?correction=/);
  await expect(page.getByRole("link", { name: "Suggest a correction" })).toHaveAttribute("aria-current", "page");
  await expect(page.getByRole("link", { name: "Propose a new innovation" })).not.toHaveAttribute(
    "aria-current",
    "page",
  );
  await expect(page.getByText("Correction to:")).toContainText(name);
  await expectNoAxeViolations(page);
});
