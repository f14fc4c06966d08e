// Staff accounts and vocabularies in the browser: an administrator creates an
// editor and changes a role, the last administrator's demotion is refused
// beside the field, editors cannot reach the users screen, and an edited
// vocabulary label shows on the public search facet at once. axe on each page.
import { expect, test } from "./support/test";
import { expectNoAxeViolations, signInAs, uniqueEmail, useOwnClientAddress } from "./support/helpers";

// Hashing a new password (bcrypt cost 12) takes seconds on a busy shared machine.
const SLOW = { timeout: 60_000 };

test.beforeEach(async ({ page }, testInfo) => {
  test.setTimeout(180_000);
  await useOwnClientAddress(page, testInfo, 130);
});

test("an administrator creates an editor, changes a role, and cannot demote the last administrator", async ({
  page,
}) => {
  await signInAs(page, "admin", "/admin/users");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Lietotāji");
  await expect(page.getByRole("table", { name: "Darbinieku konti" })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole("link", { name: "Jauns lietotājs" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Jauns lietotājs");
  await expectNoAxeViolations(page);

  // Error state: a weak password, reasons beside the field, values kept, summary focused.
  const email = uniqueEmail("redaktors");
  await page.getByLabel("Vārds, uzvārds").fill("Ilze Kalniņa");
  await page.getByLabel("E-pasts").fill(email);
  await page.getByLabel("Loma").selectOption("EDITOR");
  await page.getByLabel("Iestatīt sākotnējo paroli").check();
  await page.getByLabel("Sākotnējā parole").fill("parole");
  await page.getByRole("button", { name: "Izveidot lietotāju" }).click();
  const summary = page.getByTestId("error-summary");
  await expect(summary).toBeFocused(SLOW);
  const password = page.getByLabel("Sākotnējā parole");
  await expect(password).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator("#user-password-error")).toContainText("vismaz 12 rakstzīmēm");
  await expect(page.getByLabel("Vārds, uzvārds")).toHaveValue("Ilze Kalniņa");
  await expect(page.getByLabel("E-pasts")).toHaveValue(email);
  await expect(password).toHaveValue("");
  await expectNoAxeViolations(page);

  await password.fill("Zaļā ābele zied 2026");
  await page.getByRole("button", { name: "Izveidot lietotāju" }).click();
  await expect(page).toHaveURL(/\/admin\/users\/[^/?]+\?created=1$/, SLOW);
  await expect(page.getByTestId("status-message").filter({ hasText: "Lietotājs izveidots." })).toBeVisible(SLOW);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Lietotājs: Ilze Kalniņa");
  await expectNoAxeViolations(page);

  await page.getByLabel("Loma").selectOption("CONSULTANT");
  await page.getByRole("button", { name: "Saglabāt" }).click();
  await expect(page.getByTestId("status-message").filter({ hasText: "Saglabāts." })).toBeVisible(SLOW);
  await page.goto("/admin/users?role=CONSULTANT");
  await expect(page.getByRole("row").filter({ hasText: email })).toContainText("Konsultants");

  // The signed-in admin is the only one: stepping down is refused beside the role field.
  await page.goto("/admin/users?q=admin%40sikc.test");
  await page.getByRole("row").filter({ hasText: "admin@sikc.test" }).getByRole("link", { name: "Demo Admin" }).click();
  await expect(page.getByTestId("last-admin-note")).toBeVisible();
  await page.getByLabel("Loma").selectOption("EDITOR");
  await page.getByRole("button", { name: "Saglabāt" }).click();
  await expect(page.getByTestId("error-summary")).toBeFocused(SLOW);
  await expect(page.locator("#user-role-error")).toHaveText(
    "Kļūda: Šis ir pēdējais aktīvais administrators. Vispirms piešķiriet administratora lomu citam lietotājam.",
  );
  await expect(page.getByLabel("Loma")).toHaveAttribute("aria-invalid", "true");
  await page.goto("/admin");
  await expect(page.getByTestId("current-role")).toHaveText("Administrators");
});

test("an editor gets a 404 on the users screen", async ({ page }) => {
  await signInAs(page, "editor");
  const response = await page.goto("/admin/users");
  expect(response?.status()).toBe(404);
  await page.goto("/admin");
  const nav = page.getByRole("navigation", { name: "Darbinieku sadaļas navigācija" });
  await expect(nav.getByRole("link", { name: "Klasifikatori" })).toHaveCount(1);
  await expect(nav.getByRole("link", { name: "Lietotāji" })).toHaveCount(0);
});

test("an editor relabels a theme and the public search facet shows the new label", async ({ page }) => {
  await signInAs(page, "editor", "/admin/vocabularies");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Klasifikatori");
  await expectNoAxeViolations(page);

  await page.getByRole("link", { name: "Tēmas", exact: true }).click();
  await expect(page.getByRole("table", { name: "Klasifikatora “Tēmas” termini" })).toBeVisible();
  await expectNoAxeViolations(page);

  const row = page.getByTestId("term-technology-access");
  await row.getByRole("link").click();
  await expect(page.getByText("Atslēga: technology-access")).toBeVisible();
  await expectNoAxeViolations(page);
  const english = page.getByLabel(/Nosaukums · Angliski/);
  const original = await english.inputValue();
  const relabelled = `Digital access ${Date.now()}`;
  await english.fill(relabelled);
  await page.getByRole("button", { name: "Saglabāt nosaukumus" }).click();
  await expect(page.getByTestId("status-message").filter({ hasText: "Saglabāts." })).toBeVisible(SLOW);

  try {
    await page.goto("/en/innovations");
    await expect(page.locator('label:has(input[name="theme"][value="technology-access"])')).toContainText(relabelled);
  } finally {
    // Other specs read the seeded label: put it back.
    await page.goBack();
    await page.getByLabel(/Nosaukums · Angliski/).fill(original);
    await page.getByRole("button", { name: "Saglabāt nosaukumus" }).click();
    await expect(page.getByTestId("status-message").filter({ hasText: "Saglabāts." })).toBeVisible(SLOW);
  }
});
