// An editor keeping the search synonyms: a new group is searched at once, a
// term another group already has is refused beside the field with the terms
// named and every line kept, a consultant reads the list without forms, and
// axe checks the pages including the error state.
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, signInAs, useOwnClientAddress } from "./support/helpers";

test.describe.configure({ timeout: 120_000 });

test.beforeEach(async ({ page }, testInfo) => {
  await useOwnClientAddress(page, testInfo, 160);
});

test("an editor adds a synonym group that the public search uses at once, and a loop is refused", async ({ page }) => {
  const word = `grabažnieki${Date.now() % 100000}`;
  await page.goto(`/innovations?q=${word}`);
  await expect(page.locator("[data-total]")).toHaveAttribute("data-total", "0");

  await signInAs(page, "editor", "/admin/synonyms");
  await page.goto("/admin/synonyms");
  await expect(page.getByTestId("synonym-group").first()).toBeVisible();
  await expectNoAxeViolations(page);

  // a term of the seeded homeless group: refused, named, nothing lost
  const terms = page.locator("#synonyms-new-terms");
  await terms.fill(`${word}\nbezpajumtnieks`);
  await page.getByRole("button", { name: "Pievienot grupu" }).click();
  await expect(page.getByTestId("error-summary")).toBeFocused();
  await expect(page.locator("#synonyms-new-terms-error")).toContainText("jau ir citā grupā");
  await expect(page.getByTestId("synonym-conflicts")).toContainText("bezpajumtnieks (");
  await expect(terms).toHaveValue(`${word}\nbezpajumtnieks`);
  await expectNoAxeViolations(page);

  await terms.fill(`${word}\nbēgļi un migranti\nbrīvprātīgo tīkls`);
  await page.getByRole("button", { name: "Pievienot grupu" }).click();
  await expect(page).toHaveURL(/\/admin\/synonyms\?added=/);
  await expect(page.getByTestId("synonym-group").filter({ hasText: word })).toBeVisible();

  await page.goto(`/innovations?q=${word}`);
  await expect(page.locator('[data-slug="caso-care-orientation-centres-belgium"]')).toBeVisible();
});

test("a consultant reads the synonyms without forms", async ({ page }) => {
  await signInAs(page, "consultant", "/admin/synonyms");
  await page.goto("/admin/synonyms");
  await expect(page.getByTestId("synonym-group").first()).toBeVisible();
  await expect(page.locator("#synonyms-new-terms")).toHaveCount(0);
  await expect(page.getByRole("link", { name: /Labot grupu/ })).toHaveCount(0);
});
