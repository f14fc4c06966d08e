import { expect, test, type Page } from "./support/test";
import { expectNoAxeViolations, signInAs, useOwnClientAddress } from "./support/helpers";

// An editor curates an innovation from an empty form to the public search;
// a consultant may only look. Runs against the seeded demo data.

const letters = (n: number) =>
  Array.from({ length: n }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join("");

test.beforeEach(async ({ page }, testInfo) => {
  await useOwnClientAddress(page, testInfo, 80);
});

const field = (page: Page, name: string) => page.locator(`[id="innovation-${name}"]`);

test("an editor creates, previews and publishes an innovation that the public search then finds in both languages", async ({
  page,
}) => {
  // Generous: on a loaded 2-core machine one server action can take many seconds.
  test.setTimeout(180_000);
  const word = `kamene${letters(8)}`;
  const titleLv = `Kopienas dārzs ${word}`;
  const titleEn = `Community garden ${word}`;

  await signInAs(page, "editor", "/admin/innovations");
  await expect(page.getByRole("heading", { level: 1, name: "Inovācijas" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "Jauna inovācija" }).click();
  await expect(page).toHaveURL(/\/admin\/innovations\/new$/);

  // English empty → the form says the Latvian text will be shown.
  await expect(page.getByTestId("fallback-notice").first()).toBeVisible();
  await expectNoAxeViolations(page);

  // First attempt: no Latvian title and a link that is not http(s).
  await field(page, "titleEn").fill(titleEn);
  await field(page, "summaryLv").fill("Kaimiņi kopā audzē dārzeņus un dalās ar ražu.");
  await field(page, "summaryEn").fill("Neighbours grow vegetables together and share the harvest.");
  await field(page, "stage").selectOption("pilot");
  await field(page, "status").selectOption("active");
  await page.getByRole("checkbox", { name: "Vide" }).check();
  await page.getByRole("button", { name: "Pievienot saiti" }).click();
  await expect(field(page, "links.0.url")).toBeFocused();
  await field(page, "links.0.url").fill("javascript:alert(1)");
  await page.getByRole("button", { name: "Saglabāt kā melnrakstu" }).click();

  await expect(page.getByTestId("error-summary")).toBeFocused({ timeout: 30_000 });
  await expect(page.locator('[id="innovation-titleLv-error"]')).toHaveText("Kļūda: Ierakstiet nosaukumu latviski.");
  await expect(field(page, "titleLv")).toHaveAttribute("aria-invalid", "true");
  await expect(field(page, "titleLv")).toHaveAttribute("aria-describedby", /innovation-titleLv-error/);
  await expect(page.locator('[id="innovation-links.0.url-error"]')).toContainText("https://");
  // Nothing typed is lost.
  await expect(field(page, "titleEn")).toHaveValue(titleEn);
  await expect(field(page, "summaryLv")).toHaveValue("Kaimiņi kopā audzē dārzeņus un dalās ar ražu.");
  await expect(field(page, "stage")).toHaveValue("pilot");
  await expect(page.getByRole("checkbox", { name: "Vide" })).toBeChecked();
  await expect(field(page, "links.0.url")).toHaveValue("javascript:alert(1)");
  await expectNoAxeViolations(page);

  await field(page, "titleLv").fill(titleLv);
  await field(page, "links.0.url").fill("https://example.lv/darzs");
  await page.getByRole("button", { name: "Saglabāt kā melnrakstu" }).click();
  await expect(page).toHaveURL(/\/admin\/innovations\/[a-z0-9]+\?saved=created$/, { timeout: 30_000 });
  await expect(page.getByTestId("status-message")).toContainText("Inovācija izveidota kā melnraksts.");
  await expect(page.getByTestId("record-state")).toContainText("Melnraksts");

  // A draft is not public yet.
  const editUrl = page.url().split("?")[0]!;
  await page.goto(`/innovations?q=${word}`);
  await expect(page.getByRole("link", { name: titleLv })).toHaveCount(0);

  // Preview: the public page's body under a banner, never indexed.
  await page.goto(editUrl);
  await page.getByRole("link", { name: "Priekšskatīt publisko lapu" }).click();
  await expect(page.getByTestId("preview-banner")).toContainText("Priekšskatījums — nav publicēts");
  await expect(page.getByRole("heading", { level: 1, name: titleLv })).toBeVisible();
  // The preview's own robots tag arrives; after this client-side navigation the edit page's
  // (also noindex) can stay beside it, so every robots tag must say noindex.
  await expect(page.locator('meta[name="robots"][content*="nocache"]')).toHaveAttribute("content", /noindex/);
  for (const content of await page
    .locator('meta[name="robots"]')
    .evaluateAll((tags) => tags.map((m) => m.getAttribute("content")))) {
    expect(content).toMatch(/noindex/);
  }
  await expectNoAxeViolations(page);

  await page.getByRole("link", { name: "Atpakaļ uz labošanu" }).click();
  await page.getByRole("button", { name: "Publicēt", exact: true }).click();
  await expect(page).toHaveURL(/saved=published/, { timeout: 30_000 });
  await expect(page.getByTestId("status-message")).toContainText("Inovācija publicēta.");
  await expect(page.getByTestId("record-state")).toContainText("Publicēts");
  await expect(page.getByTestId("entity-history")).toContainText(/Publicē/);

  await page.goto(`/innovations?q=${word}`);
  await expect(page.getByRole("link", { name: titleLv })).toBeVisible();
  await page.goto(`/en/innovations?q=${word}`);
  await expect(page.getByRole("link", { name: titleEn })).toBeVisible();
});

test("a consultant sees the list read-only and cannot reach the write pages", async ({ page }) => {
  test.setTimeout(90_000);
  await signInAs(page, "consultant", "/admin/innovations");
  await page.goto("/admin/innovations");
  await expect(page.getByTestId("read-only-notice")).toBeVisible();
  await expect(page.getByRole("link", { name: "Jauna inovācija" })).toHaveCount(0);
  const first = page.locator("tbody tr th a").first();
  await expect(first).toHaveAttribute("href", /\/admin\/innovations\/[a-z0-9]+\/preview$/);
  const href = (await first.getAttribute("href"))!;

  await page.goto(href);
  await expect(page.getByTestId("preview-banner")).toBeVisible();
  await expect(page.getByRole("link", { name: "Atpakaļ uz labošanu" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: /Dzēst|Publicēt|Arhivēt/ })).toHaveCount(0);

  const editHref = href.replace(/\/preview$/, "");
  const edit = await page.goto(editHref);
  expect(edit?.status()).toBe(404);
  const create = await page.goto("/admin/innovations/new");
  expect(create?.status()).toBe(404);
});
