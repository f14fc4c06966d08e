// What many end-to-end specs need: axe checks, a client address of their own
// (so rate limits on sign-in and public forms never leak between tests), and
// staff sign-in with the demo accounts.
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, type TestInfo } from "@playwright/test";

const DEMO_PASSWORD = "sikc-demo-2026"; // prisma/seed/users.ts (development data only)
export const DEMO_USERS = {
  admin: "admin@sikc.test",
  editor: "editor@sikc.test",
  consultant: "consultant@sikc.test",
} as const;

/**
 * Fails with the list of WCAG 2.1 A/AA violations axe finds on the page as it is now.
 * After a client-side navigation Next streams the new page's <title> a moment
 * after its body, so the check first waits for the title rather than catching
 * the page between the two (a flake CI once hit as "document-title: html").
 */
export async function expectNoAxeViolations(page: Page) {
  await expect(page).toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

/**
 * Gives the page a random client address (X-Forwarded-For), so per-IP limits
 * do not carry over between tests or reruns. `block` keeps specs apart. Behind
 * nginx the page stands for a load balancer in front of it (scripts/test.ts
 * trusts two proxy hops).
 */
export async function useOwnClientAddress(page: Page, testInfo: TestInfo, block: number) {
  const octet = (n: number) => Math.floor(Math.random() * n) + 1;
  await page.setExtraHTTPHeaders({
    "x-forwarded-for": `10.${block + testInfo.workerIndex}.${octet(250)}.${octet(250)}`,
  });
}

export const uniqueEmail = (prefix = "e2e") => `${prefix}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.lv`;

/** Signs in on the Latvian sign-in page and waits for the staff area. */
export async function signInAs(page: Page, who: keyof typeof DEMO_USERS, returnTo = "/admin") {
  await page.goto(`/login?callbackUrl=${encodeURIComponent(returnTo)}`);
  await page.getByLabel("E-pasts", { exact: true }).first().fill(DEMO_USERS[who]);
  await page.getByLabel("Parole", { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Pierakstīties", exact: true }).click();
  await page.waitForURL((url) => url.pathname.startsWith("/admin") || url.pathname.startsWith("/en/admin"));
}
