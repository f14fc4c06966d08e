// What a newcomer meets (issue 17): the home page's first screen, the search
// on a 390 px phone, the phone menu and the search filters without
// JavaScript, focus after a client-side navigation, titles, the glossary,
// the logo and the EU emblem on every public page. In both languages, on a
// phone and a desktop, with axe.
import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./support/helpers";

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };
const LOCALES = [
  { locale: "lv", prefix: "" },
  { locale: "en", prefix: "/en" },
] as const;

const inViewport = (page: Page, selector: string) =>
  page.locator(selector).evaluate((el) => {
    const r = el.getBoundingClientRect();
    return r.top >= 0 && r.bottom <= window.innerHeight;
  });

for (const { locale, prefix } of LOCALES) {
  test.describe(`home page's first screen (${locale})`, () => {
    for (const viewport of [PHONE, DESKTOP]) {
      test(`says what the portal is for, with the search box and the three actions (${viewport.width} px)`, async ({
        page,
      }) => {
        await page.setViewportSize(viewport);
        await page.goto(prefix || "/");
        await expect(page.locator("main h1")).toBeVisible();
        const lead = page.locator("main header p").first();
        await expect(lead).toContainText(locale === "lv" ? "Šeit varat atrast" : "Here you can find");
        // the search box is on the first screen, a phone's included
        expect(await inViewport(page, "#home-q")).toBe(true);
        const actions = page.locator("[data-action] a");
        await expect(actions).toHaveCount(3);
        expect(await actions.evaluateAll((links) => links.map((a) => a.getAttribute("href")))).toEqual([
          `${prefix}/funding`,
          `${prefix}/consultations`,
          `${prefix}/submit`,
        ]);
        if (viewport === DESKTOP) {
          for (const key of ["support", "consultation", "submit"]) {
            expect(await inViewport(page, `[data-action="${key}"]`), key).toBe(true);
          }
        }
        await expectNoAxeViolations(page);
      });
    }

    test("the search box searches innovations, also without JavaScript", async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(prefix || "/");
      await page.locator("#home-q").fill("senior");
      await page.locator("#home-q").press("Enter");
      await expect(page).toHaveURL(new RegExp(`${prefix}/innovations\\?q=senior$`));
      await expect(page.locator("#innovation-q")).toHaveValue("senior");
      await context.close();
    });
  });
}

test("no stage card leads to an empty list: each link leads to as many records as it says", async ({ page }) => {
  await page.goto("/en");
  await expect(page.locator("[data-stage]")).toHaveCount(7);
  let empty = 0;
  for (const item of await page.locator("[data-stage] [data-stage-link]").all()) {
    const count = Number(await item.getAttribute("data-count"));
    const link = item.locator("a");
    if (count === 0) {
      empty++;
      await expect(link).toHaveCount(0);
      continue;
    }
    const href = await link.getAttribute("href");
    const html = await (await page.request.get(href!)).text();
    expect(html, href!).toContain(`data-total="${count}"`);
  }
  // the demo data leaves some stages without examples: that is what this guards
  expect(empty).toBeGreaterThan(0);
});

test.describe("phone menu without JavaScript", () => {
  test.use({ viewport: PHONE, javaScriptEnabled: false });

  test("opens and reaches every section", async ({ page }) => {
    await page.goto("/en");
    const menu = page.locator("details[data-nav-menu]");
    const toolkit = menu.locator('a[href="/en/toolkit"]');
    await expect(toolkit).toBeHidden();
    await menu.locator("summary").click();
    await expect(toolkit).toBeVisible();
    await toolkit.click();
    await expect(page).toHaveURL(/\/en\/toolkit$/);
    await expect(page.locator("details[data-nav-menu]")).not.toHaveAttribute("open", "");
  });
});

test.describe("search on a 390 px phone", () => {
  test.use({ viewport: PHONE });

  for (const { locale, prefix } of LOCALES) {
    test(`filters wait behind "Filters (n)", results come first (${locale})`, async ({ page }) => {
      test.setTimeout(60_000); // two axe runs
      await page.goto(`${prefix}/innovations?stage=pilot&theme=health`);
      const summary = page.locator("details[data-filters] > summary");
      await expect(summary).toHaveText(locale === "lv" ? "Filtri (2)" : "Filters (2)");
      await expect(page.locator('[data-facet="theme"] input').first()).toBeHidden();
      // the first result is on the first or second screen, not three screens down
      const top = await page
        .locator("[data-results] > li")
        .first()
        .evaluate((el) => el.getBoundingClientRect().top);
      expect(top).toBeLessThan(PHONE.height * 1.5);
      await expectNoAxeViolations(page);
      await summary.click();
      await expect(page.locator('[data-facet="theme"] input').first()).toBeVisible();
      await expectNoAxeViolations(page);
    });
  }

  test("few Tab stops from the search box to the first result, and a skip link", async ({ page }) => {
    await page.goto("/en/innovations");
    await page.locator("#innovation-q").focus();
    let stops = 0;
    for (; stops < 40; stops++) {
      await page.keyboard.press("Tab");
      const inFirstResult = await page.evaluate(
        () => document.querySelector("[data-results] > li")?.contains(document.activeElement) ?? false,
      );
      if (inFirstResult) break;
    }
    expect(stops + 1).toBeLessThanOrEqual(6);

    await page.locator("#innovation-q").focus();
    await page.keyboard.press("Tab"); // the search button
    await page.keyboard.press("Tab");
    const skip = page.locator('a[href="#results"]');
    await expect(skip).toBeFocused();
    await expect(skip).toBeVisible();
    await page.keyboard.press("Enter");
    await expect(page.locator("#results")).toBeFocused();
  });
});

test.describe("search filters without JavaScript", () => {
  test.use({ viewport: PHONE, javaScriptEnabled: false });

  test("open the filters, tick one, apply", async ({ page }) => {
    await page.goto("/en/innovations");
    await page.locator("details[data-filters] > summary").click();
    const box = page.locator('[data-facet="stage"] input').first();
    const value = await box.getAttribute("value");
    await box.check();
    await page.locator("details[data-filters] button[type=submit]").click();
    await expect(page).toHaveURL(new RegExp(`stage=${value}`));
    await expect(page.locator("details[data-filters] > summary")).toHaveText("Filters (1)");
  });
});

test("on a desktop the filters are open without a click", async ({ page }) => {
  await page.setViewportSize(DESKTOP);
  await page.goto("/en/innovations");
  await expect(page.locator('[data-facet="stage"] input').first()).toBeVisible();
  await expect(page.locator("details[data-filters] > summary")).toBeHidden();
});

test("after a client-side navigation focus is on the new page's heading", async ({ page }) => {
  await page.setViewportSize(DESKTOP);
  await page.goto("/en");
  await page.locator('header nav a[href="/en/organisations"]').last().click();
  await expect(page).toHaveURL(/\/en\/organisations$/);
  await expect(page.locator("main h1")).toBeFocused();
});

test.describe("titles", () => {
  test("the not-found page names itself", async ({ page }) => {
    await page.goto("/en/no-such-page");
    await expect(page).toHaveTitle("Page not found | SIKC");
    await page.goto("/xx/innovations");
    await expect(page).toHaveTitle("Lapa nav atrasta | SIKC");
  });

  test("search pages carry the words and the page", async ({ page }) => {
    await page.goto("/en/innovations?q=senior&page=2");
    await expect(page).toHaveTitle("“senior” – search results, page 2 | SIKC");
    await page.goto("/innovations?q=senior");
    await expect(page).toHaveTitle("“senior” – meklēšanas rezultāti | SIKC");
    await page.goto("/en/innovations");
    await expect(page).toHaveTitle("Social innovations | SIKC");
  });
});

test.describe("glossary", () => {
  for (const { locale, prefix } of LOCALES) {
    test(`terms link to their entry where they first appear (${locale})`, async ({ page }) => {
      await page.goto(`${prefix}/innovations`);
      for (const term of ["implementer", "stage", "supporter"]) {
        const link = page.locator(`main [data-glossary="${term}"]`).first();
        const anchor = term;
        await expect(link).toHaveAttribute("href", `${prefix}/glossary#${anchor}`);
      }
      await page.locator('main [data-glossary="stage"]').first().click();
      await expect(page).toHaveURL(new RegExp(`${prefix}/glossary#stage$`));
      for (const term of ["stage", "implementer", "supporter", "ecosystem-review", "systemic-change"]) {
        await expect(page.locator(`[id="${term}"] dt`)).toBeVisible();
      }
      await expectNoAxeViolations(page);
    });
  }
});

const PUBLIC_PAGES = [
  "/",
  "/innovations",
  "/innovations/map",
  "/organisations",
  "/consultations",
  "/glossary",
  "/login",
];

test.describe("the logo and the EU emblem on every public page", () => {
  for (const { locale, prefix } of LOCALES) {
    for (const path of PUBLIC_PAGES) {
      test(`${locale} ${path}`, async ({ page, request }) => {
        const statement = locale === "lv" ? "Līdzfinansē Eiropas Savienība" : "Co-funded by the European Union";
        await page.goto(`${prefix}${path === "/" && prefix ? "" : path}`);
        const logo = page.locator("header [data-site-logo] img");
        await expect(logo).toBeVisible();
        expect((await request.get(await logo.evaluate((img) => (img as HTMLImageElement).src))).status()).toBe(200);
        const funding = page.locator("footer [data-eu-funding]");
        await expect(funding.locator("svg[data-eu-emblem]")).toBeVisible();
        await expect(funding.locator("svg[data-eu-emblem] path")).toHaveCount(12);
        await expect(funding).toContainText(statement);
        // the emblem is at least as high as the logo (Regulation (EU) 2021/1060, Annex IX 1.7)
        const [emblem, logoBox] = await Promise.all([
          funding.locator("svg[data-eu-emblem]").boundingBox(),
          logo.boundingBox(),
        ]);
        expect(emblem!.height).toBeGreaterThanOrEqual(logoBox!.height);
      });
    }
  }
});
