// The support navigator as people use it: a walk without JavaScript (each step
// a GET form) and a walk with the keyboard only, on the demo data, ending at
// the pre-filled consultation request; axe on its pages in both languages.
import { expect, test, type Locator, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./support/helpers";

/** Presses Tab until `target` has focus (and fails if it never does). */
async function tabTo(page: Page, target: Locator, limit = 80) {
  for (let i = 0; i < limit; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

/** Tabs into a radio group, then moves with the arrow keys until `value` is chosen. */
async function chooseRadio(page: Page, name: string, value: string) {
  const group = page.locator(`input[type="radio"][name="${name}"]`);
  for (let i = 0; i < 80; i++) {
    if (await page.evaluate((n) => (document.activeElement as HTMLInputElement | null)?.name === n, name)) break;
    await page.keyboard.press("Tab");
  }
  const target = page.locator(`input[type="radio"][name="${name}"][value="${value}"]`);
  for (let i = 0; i < (await group.count()) && !(await target.isChecked()); i++) await page.keyboard.press("ArrowDown");
  await expect(target).toBeChecked();
  await expect(target).toBeFocused();
}

test.describe("navigator without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("NGO, piloting, social services, Latgale, money: ESF+ 4.4.1.1 first with its reason, then ask SIKC", async ({
    page,
  }) => {
    await page.goto("/en/navigator");
    await page.getByRole("link", { name: "Start now" }).click();
    await page.getByLabel("Association or foundation (NGO)").check();
    await page.getByRole("button", { name: "Continue" }).click();
    await expect(page).toHaveURL(/\/en\/navigator\/stage\?who=ngo/);
    await page.getByLabel("Piloting and testing").check();
    await page.getByRole("button", { name: "Continue" }).click();
    await page.getByLabel("Social services", { exact: true }).check();
    await page.getByRole("button", { name: "Continue" }).click();
    await page.getByRole("link", { name: "Skip this question" }).click();
    await expect(page).toHaveURL(/\/en\/navigator\/place\?/);
    await page.locator("#place").selectOption("latgale");
    await page.getByRole("button", { name: "Continue" }).click();
    await page.getByLabel("Money: grants, subsidies or loans").check();
    await page.getByRole("button", { name: "See results" }).click();

    await expect(page).toHaveURL(/\/en\/navigator\/results\?/);
    const url = new URL(page.url());
    expect(Object.fromEntries(url.searchParams)).toMatchObject({
      who: "ngo",
      stage: "pilot",
      theme: "social-services",
      place: "latgale",
      need: "money",
    });
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Support that applies to you");
    const firstCall = page.locator('[data-section="calls"] li').first();
    await expect(firstCall).toContainText("4.4.1.1");
    await expect(firstCall).toContainText(/Open to NGOs, funds piloting, on social services/);

    // the result is a bookmark: the same URL gives the same first call
    await page.goto(url.toString());
    await expect(page.locator('[data-section="calls"] li').first()).toContainText("4.4.1.1");

    await page.getByRole("link", { name: "Ask SIKC about this" }).last().click();
    await expect(page).toHaveURL(/\/en\/consultations\/request\?/);
    await expect(page.locator('select[name="stage"]')).toHaveValue("pilot");
    await expect(page.locator('textarea[name="description"]')).toHaveValue(/4\.4\.1\.1/);
  });

  test("unknown answers in the URL are left out with a note, never an error", async ({ page }) => {
    const junk = Array.from({ length: 300 }, (_, i) => `x${i}=y`).join("&");
    const response = await page.goto(`/en/navigator/results?who=martian&stage=idea&need=gold&${junk}`);
    expect(response?.status()).toBe(200);
    await expect(page.locator("[data-ignored]")).toHaveAttribute("data-ignored", "who need");
    await expect(page.locator("[data-ignored]")).toContainText("Who you are");
  });
});

test.describe("navigator with the keyboard only", () => {
  test("a resident with an idea reaches the consultation and idea-stage methods", async ({ page }) => {
    await page.goto("/en/navigator");
    await tabTo(page, page.getByRole("link", { name: "Start now" }));
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/en\/navigator\/who/);

    await chooseRadio(page, "who", "resident");
    await tabTo(page, page.getByRole("button", { name: "Continue" }));
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/en\/navigator\/stage\?who=resident/);
    // focus follows the new step to its question
    await expect(page.getByRole("heading", { level: 1 })).toBeFocused();

    await chooseRadio(page, "stage", "idea");
    await tabTo(page, page.getByRole("button", { name: "Continue" }));
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/en\/navigator\/theme\?/);

    for (const next of ["group", "place", "need"]) {
      await tabTo(page, page.getByRole("link", { name: "Skip this question" }));
      await page.keyboard.press("Enter");
      await expect(page).toHaveURL(new RegExp(`/en/navigator/${next}\\?`));
    }
    await tabTo(page, page.getByLabel("Advice from an expert"));
    await page.keyboard.press("Space");
    await expect(page.getByLabel("Advice from an expert")).toBeChecked();
    await tabTo(page, page.getByRole("button", { name: "See results" }));
    await page.keyboard.press("Enter");

    await expect(page).toHaveURL(/\/en\/navigator\/results\?who=resident&stage=idea&need=advice/);
    const sections = await page
      .locator("[data-section]")
      .evaluateAll((els) => els.map((el) => el.getAttribute("data-section")));
    expect(sections.slice(0, 2)).toEqual(["consultation", "toolkit"]);
    await expect(page.locator('[data-section="toolkit"] li').first()).toContainText(/for developing ideas/i);

    await tabTo(page, page.locator('[data-section="consultation"] a[href*="/consultations/request"]').first());
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/en\/consultations\/request\?/);
  });
});

test.describe("navigator accessibility", () => {
  for (const [locale, prefix] of [
    ["lv", ""],
    ["en", "/en"],
  ] as const) {
    test(`axe finds no violation on the navigator's pages (${locale})`, async ({ page }) => {
      test.setTimeout(180_000); // eight pages, each checked by axe
      for (const path of [
        "/navigator",
        "/navigator/who",
        "/navigator/stage?who=ngo",
        "/navigator/place?who=ngo&stage=pilot",
        "/navigator/need?who=ngo&stage=pilot&place=latgale",
        "/navigator/results?who=ngo&stage=pilot&theme=social-services&place=latgale&need=money",
        "/navigator/results?who=resident&stage=idea&who=x",
        "/navigator/results",
      ]) {
        await page.goto(`${prefix}${path}`);
        await expectNoAxeViolations(page);
      }
    });
  }
});
