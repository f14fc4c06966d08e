// Staff sign-in: redirect of anonymous visitors, password sign-in and
// sign-out, the error state, and accessibility of the sign-in page.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

const DEMO_PASSWORD = "sikc-demo-2026"; // prisma/seed/users.ts (development data only)

// Each test gets its own client address, so reruns against the same database
// stay within the per-IP sign-in limit (20 per 15 minutes). The test stands for a
// load balancer in front of nginx (scripts/test.ts trusts two proxy hops).
test.beforeEach(async ({ page }, testInfo) => {
  const octet = (n: number) => Math.floor(Math.random() * n) + 1;
  await page.setExtraHTTPHeaders({ "x-forwarded-for": `10.${testInfo.workerIndex}.${octet(250)}.${octet(250)}` });
});

async function signIn(page: Page, email: string, password: string) {
  await page.getByLabel("E-pasts", { exact: true }).first().fill(email);
  await page.getByLabel("Parole", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Pierakstīties", exact: true }).click();
}

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

test("an anonymous visitor of /admin is sent to the sign-in page", async ({ page }) => {
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fadmin$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Pierakstīties darbinieku sadaļā");
  const api = await page.request.get("/api/admin/me");
  expect(api.status()).toBe(401);
});

test("an editor signs in, sees the role on the dashboard, and signs out", async ({ page }) => {
  await page.goto("/admin");
  await signIn(page, "editor@sikc.test", DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Pārskats");
  await expect(page.getByTestId("current-role")).toHaveText("Redaktors");
  expect((await (await page.request.get("/api/admin/me")).json()).user.role).toBe("EDITOR");

  await page.getByRole("button", { name: "Izrakstīties", exact: true }).click();
  await expect(page).toHaveURL(/\/login$/);
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fadmin$/);
});

test("sign out everywhere ends a session in another browser", async ({ page, browser }) => {
  await page.goto("/en/login");
  await page.getByLabel("E-mail", { exact: true }).first().fill("consultant@sikc.test");
  await page.getByLabel("Password", { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page).toHaveURL(/\/en\/admin$/);
  const cookies = await page.context().cookies();

  const other = await browser.newContext();
  await other.addCookies(cookies);
  const otherPage = await other.newPage();
  await otherPage.goto("/en/admin");
  await expect(otherPage.getByTestId("current-role")).toHaveText("Consultant");

  await page.getByRole("button", { name: "Sign out on all devices" }).click();
  await expect(page).toHaveURL(/\/en\/login$/);
  await otherPage.goto("/en/admin");
  await expect(otherPage).toHaveURL(/\/en\/login\?callbackUrl=%2Fen%2Fadmin$/);
  await other.close();
});

test("a wrong password shows the error by the form and keeps the e-mail", async ({ page }) => {
  await page.goto("/login");
  await signIn(page, "admin@sikc.test", "not-the-password");
  await expect(page.getByRole("alert").filter({ hasText: "Pierakstīties neizdevās" })).toContainText(
    "E-pasts vai parole nav pareiza.",
  );
  const email = page.getByLabel("E-pasts", { exact: true }).first();
  await expect(email).toHaveValue("admin@sikc.test");
  await expect(email).toHaveAttribute("aria-invalid", "true");
  const describedBy = await email.getAttribute("aria-describedby");
  expect(describedBy).toBeTruthy();
  await expect(page.locator(`[id="${describedBy}"]`)).toContainText("E-pasts vai parole nav pareiza.");
  await expect(page.getByLabel("Parole", { exact: true })).toHaveValue("");
  await expect(page).toHaveURL(/\/login$/);
});

test("the sign-in page has no axe violations, also in its error states", async ({ page }) => {
  await page.goto("/login");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole("button", { name: "Pierakstīties", exact: true }).click();
  await expect(page.getByText("Ievadiet savu e-pasta adresi.").first()).toBeVisible();
  await expectNoAxeViolations(page);

  await signIn(page, `nobody-${Date.now()}@sikc.test`, "wrong-password");
  await expect(page.getByRole("alert").filter({ hasText: "Pierakstīties neizdevās" })).toBeVisible();
  await expectNoAxeViolations(page);
});
