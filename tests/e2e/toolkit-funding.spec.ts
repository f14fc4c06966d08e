// The toolkit, the funding calls, their feeds, About SIKC, the sitemap and
// the home page's ways in, on the seeded demo data, as a visitor uses them:
// with the mouse, the keyboard and without JavaScript, in both languages,
// with axe on every new page. Counts are read from the page (data-total,
// data-count) rather than hard-coded, so edits to the demo records do not
// break the checks, only real disagreements do.
import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./support/helpers";

const ESF_CALL = "esf-4-4-1-1-jaunas-pieejas-sabiedriba-balstitiem-pakalpojumiem";
const METHOD = "method-co-creation-with-service-users";

const totalOf = async (page: Page) => Number(await page.locator("[data-total]").getAttribute("data-total"));
const text = async (page: Page, selector: string) =>
  ((await page.locator(selector).textContent()) ?? "").replace(/\s+/g, " ");

test.describe("toolkit", () => {
  test("filters narrow the library, the count beside a value is what ticking it gives, the URL holds the state", async ({
    page,
  }) => {
    await page.goto("/en/toolkit");
    const all = await totalOf(page);
    expect(all).toBeGreaterThan(20);
    const method = page.locator('input[name="type"][value="method"]');
    const methods = Number(await method.getAttribute("data-count"));
    await method.check();
    await expect(page).toHaveURL(/[?&]type=method/);
    await expect(page.locator("[data-total]")).toHaveAttribute("data-total", String(methods));
    // a second value of the same facet widens (OR); a resource has one type, so the two add up
    const guide = page.locator('input[name="type"][value="guide"]');
    const withGuides = methods + Number(await guide.getAttribute("data-count"));
    await guide.check();
    await expect(page.locator("[data-total]")).toHaveAttribute("data-total", String(withGuides));
    expect(withGuides).toBeGreaterThan(methods);
    // another facet narrows (AND)
    const stage = page.locator('input[name="stage"][value="idea"]');
    const narrowed = Number(await stage.getAttribute("data-count"));
    await stage.check();
    await expect(page.locator("[data-total]")).toHaveAttribute("data-total", String(narrowed));
    expect(narrowed).toBeLessThanOrEqual(withGuides);
    await page.reload();
    await expect(page.locator('input[name="stage"][value="idea"]')).toBeChecked();
    await expect(page.locator("[data-total]")).toHaveAttribute("data-total", String(narrowed));
    await page.locator('[data-chip="type:guide"]').click();
    await expect(page).toHaveURL((url) => url.searchParams.getAll("type").join() === "method");
  });

  test("sorts by title and pages through the results", async ({ page }) => {
    await page.goto("/en/toolkit");
    await page.getByLabel("Sort by").selectOption("title");
    await expect(page).toHaveURL(/[?&]sort=title/);
    const nav = page.getByRole("navigation", { name: "Result pages" });
    await nav.getByRole("link", { name: "Page 2" }).click();
    await expect(page).toHaveURL(
      (url) => url.searchParams.get("page") === "2" && url.searchParams.get("sort") === "title",
    );
    await expect(nav.locator('[aria-current="page"]')).toHaveText("2");
  });

  test("a resource page has its facts, how to get it, related innovations and JSON-LD", async ({ page }) => {
    await page.goto(`/en/toolkit/${METHOD}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(/Co-creation/);
    const facts = page.locator("[data-facts]");
    for (const term of [
      "Type",
      "For whom",
      "Useful at the stages",
      "Themes",
      "Publisher",
      "Year",
      "Language of the material",
      "Licence",
    ])
      await expect(facts.getByText(term, { exact: true })).toBeVisible();
    await expect(page.locator("[data-offline]")).toContainText("inovacija@sif.gov.lv");
    await expect(page.locator("[data-related] > li").first()).toBeVisible();
    const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
    expect(jsonLd).toMatchObject({
      "@type": "LearningResource",
      name: expect.stringMatching(/Co-creation/),
      inLanguage: "lv",
    });
  });

  test("an external link says it leaves the site and opens without a handle on this page", async ({ page }) => {
    await page.goto("/toolkit/eu-cohesion-policy-programme-2021-2027");
    const link = page.locator("[data-external]");
    await expect(link).toHaveAttribute("rel", /noopener/);
    await expect(link).toContainText("likumi.lv");
    await expect(link).toContainText("citu tīmekļa vietni");
  });

  test("an unknown filter value falls back to the default page; an unknown resource is a 404", async ({ page }) => {
    const response = await page.goto("/toolkit?type=%27%20OR%201%3D1--&stage=nonsense&sort=drop&page=-2");
    expect(response?.status()).toBe(200);
    await expect(page.locator('input[type="checkbox"]:checked')).toHaveCount(0);
    expect(await totalOf(page)).toBeGreaterThan(20);
    expect((await page.goto("/toolkit/nav-tada"))?.status()).toBe(404);
  });

  test("an innovation page lists materials useful at its stage, with the way to all of them", async ({ page }) => {
    await page.goto("/en/innovations/lonely-seniors-register-and-visits");
    const useful = page.locator("[data-useful]");
    await expect(useful.getByRole("heading", { name: "Useful at this stage" })).toBeVisible();
    const items = useful.locator("li[data-slug]");
    expect(await items.count()).toBeGreaterThan(0);
    expect(await items.count()).toBeLessThanOrEqual(3);
    await useful.getByRole("link", { name: "All materials for this stage" }).click();
    await expect(page).toHaveURL(/\/en\/toolkit\?stage=/);
    await expect(page.locator('input[name="stage"]:checked')).toHaveCount(1);
  });
});

test.describe("funding calls", () => {
  test("the ESF+ 4.4.1.1 call shows every figure of the source", async ({ page }) => {
    await page.goto(`/funding/${ESF_CALL}`);
    const figures = await text(page, "[data-figures]");
    expect(figures).toContain("12 002 272 €");
    expect(figures).toContain("10 201 931 €");
    expect(figures).toContain("1 800 341 €");
    expect(figures).toContain("9 000 000 €");
    expect(figures).toContain("Līdz 300 000 € projektam");
    expect(figures).toContain("100% no attiecināmajām izmaksām");
    expect(figures).toContain("līdz 30%");
    expect(figures).toContain("līdz 18% no atbalsta summas");
    expect(await text(page, '[data-fact="submission"]')).toContain("Iesniegšana reizi ceturksnī");
    await expect(page.locator('[data-fact="sources"]')).toContainText("SIF prezentācija par ESF+ 4.4.1.1. pasākumu");
    await expect(page.locator("[data-call-link]")).toHaveAttribute("href", "https://likumi.lv/ta/id/348691");
    await expect(page.getByRole("link", { name: "inovacija@sif.gov.lv" }).first()).toBeVisible();
    // the programme and the funder lead to their pages
    await page.getByRole("main").getByRole("link", { name: "Sabiedrības integrācijas fonds", exact: true }).click();
    await expect(page).toHaveURL(/\/organisations\/sif$/);
  });

  test("the same call in English, with its current round and a calendar file", async ({ page, request }) => {
    await page.goto(`/en/funding/${ESF_CALL}`);
    const figures = await text(page, "[data-figures]");
    expect(figures).toContain("€12,002,272");
    expect(figures).toContain("Up to €300,000 per project");
    await expect(page.locator('[data-fact="submission"]')).toContainText("Submissions once a quarter");
    await expect(page.locator('[data-fact="submission"]')).toContainText("Current round:");
    const calendar = await page.locator("[data-calendar]").getAttribute("href");
    const response = await request.get(calendar!);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("text/calendar; charset=utf-8");
    expect(await response.text()).toMatch(/^BEGIN:VCALENDAR\r\n[\s\S]*BEGIN:VEVENT[\s\S]*END:VCALENDAR\r\n$/);
  });

  test("open and upcoming by default, soonest deadline first; closed calls in the archive", async ({ page }) => {
    await page.goto("/en/funding");
    await expect(page.locator('input[name="status"][value="open"]')).toBeChecked();
    await expect(page.locator('input[name="status"][value="upcoming"]')).toBeChecked();
    await expect(page.locator('input[name="status"][value="closed"]')).not.toBeChecked();
    await expect(page.locator('[data-calls] [data-phase="closed"]')).toHaveCount(0);
    await page.getByRole("link", { name: "Archive of closed calls" }).click();
    await expect(page).toHaveURL(/status=closed/);
    expect(await totalOf(page)).toBeGreaterThan(0);
    const phases = await page
      .locator("[data-calls] [data-phase]")
      .evaluateAll((els) => els.map((e) => e.getAttribute("data-phase")));
    expect(new Set(phases)).toEqual(new Set(["closed"]));
  });

  test("filters by who can apply and by stage, with counts, and the view's own feed", async ({ page, request }) => {
    await page.goto("/en/funding");
    const ngo = page.locator('input[name="applicant"][value="ngo"]');
    const count = Number(await ngo.getAttribute("data-count"));
    await ngo.check();
    await expect(page).toHaveURL(/applicant=ngo/);
    await expect(page.locator("[data-total]")).toHaveAttribute("data-total", String(count));
    const feed = page.locator('[data-feed="rss"]');
    await expect(feed).toHaveAttribute("href", "/api/feeds/calls.rss?applicant=ngo&lang=en");
    await expect(page.locator('head link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute(
      "href",
      /\/api\/feeds\/calls\.rss\?applicant=ngo&lang=en$/,
    );
    const xml = await (await request.get("/api/feeds/calls.rss?applicant=ngo&lang=en")).text();
    expect(xml.match(/<item>/g)?.length).toBe(count);
    expect((await request.get("/api/feeds/calls.rss?applicant=martians")).status()).toBe(400);
  });

  test("the programmes page lists each programme's calls and links back to them", async ({ page }) => {
    await page.goto("/funding/programmes");
    const esf = page.locator('[data-programme="esf-plus-4-4-1"]');
    await expect(esf).toContainText("2021–2027");
    await esf.getByRole("link", { name: /4\.4\.1\.1\. pasākums/ }).click();
    await expect(page).toHaveURL(new RegExp(`/funding/${ESF_CALL}$`));
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the toolkit's filters work as a GET form", async ({ page }) => {
    await page.goto("/en/toolkit");
    await page.locator('input[name="type"][value="policy"]').check();
    await page.locator('input[name="language"][value="lv"]').check();
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(
      (url) => url.searchParams.get("type") === "policy" && url.searchParams.get("language") === "lv",
    );
    expect(await totalOf(page)).toBeGreaterThan(0);
    await expect(page.locator("[data-results] > li").first()).toBeVisible();
  });

  test("the funding filters and the archive work as a GET form", async ({ page }) => {
    await page.goto("/funding");
    await page.locator('input[name="status"][value="closed"]').check();
    await page.getByRole("button", { name: "Atlasīt" }).click();
    await expect(page).toHaveURL(/status=closed/);
    await expect(page.locator('input[name="status"][value="closed"]')).toBeChecked();
    await expect(page.locator('[data-calls] [data-phase="closed"]').first()).toBeVisible();
  });
});

test.describe("keyboard", () => {
  test("a filter is reached and ticked by keyboard, and the results follow", async ({ page }) => {
    await page.goto("/en/funding");
    const before = await totalOf(page);
    const box = page.locator('input[name="status"][value="closed"]');
    await box.focus();
    await page.keyboard.press("Space");
    await expect(page).toHaveURL(/status=closed/);
    await expect.poll(() => totalOf(page)).toBeGreaterThan(before);
    await expect(box).toBeFocused();
  });
});

test.describe("about, home, sitemap", () => {
  test("About SIKC states the five lines of work, the eight features and how to reach SIKC", async ({ page }) => {
    await page.goto("/about");
    const lines = page.locator("[data-lines] h3");
    await expect(lines).toHaveText([
      /Kapacitātes celšana/,
      /Sadarbības tīkla izveide/,
      /Zināšanu pārnese/,
      /Sinerģija starp sektoriem/,
      /Finansiāls atbalsts/,
    ]);
    await expect(page.locator("[data-features] li")).toHaveCount(8);
    await expect(page.locator("[data-stage]")).toHaveCount(7);
    await expect(page.getByRole("main").getByRole("link", { name: "inovacija@sif.gov.lv" })).toHaveAttribute(
      "href",
      "mailto:inovacija@sif.gov.lv",
    );
    await page.goto("/en/about");
    await expect(page.locator("[data-lines] h3")).toHaveText([
      /Capacity building/,
      /A cooperation network/,
      /Knowledge transfer/,
      /Cross-sector synergy/,
      /Financial support/,
    ]);
  });

  test("home: counters lead to their pages with the same numbers; stage cards to each stage's materials; calls closing soonest", async ({
    page,
  }) => {
    await page.goto("/en");
    const open = Number(await page.locator('[data-stat="openCalls"]').getAttribute("data-value"));
    const resources = Number(await page.locator('[data-stat="resources"]').getAttribute("data-value"));
    await expect(page.locator("[data-closing-calls] [data-calls] > li").first()).toBeVisible();
    await page.locator('[data-stat="openCalls"] a').click();
    await expect(page).toHaveURL(/\/en\/funding\?status=open$/);
    expect(await totalOf(page)).toBe(open);
    await page.goto("/en");
    await page.locator('[data-stat="resources"] a').click();
    expect(await totalOf(page)).toBe(resources);
    await page.goto("/en");
    const link = page.locator('[data-stage="pilot"] [data-stage-link="toolkit"] a');
    const shown = Number((await link.textContent())!.match(/\d+/)![0]);
    await link.click();
    await expect(page).toHaveURL(/\/en\/toolkit\?stage=pilot$/);
    expect(await totalOf(page)).toBe(shown);
  });

  test("robots.txt names the sitemap; the sitemap lists the new pages in both languages with hreflang", async ({
    request,
  }) => {
    const robots = await (await request.get("/robots.txt")).text();
    expect(robots).toMatch(/Sitemap: https?:\/\/[^\s]+\/sitemap\.xml/);
    expect(robots).toMatch(/Disallow: \/admin/);
    const sitemap = await (await request.get("/sitemap.xml")).text();
    for (const path of [
      "/toolkit",
      "/en/toolkit",
      "/funding/programmes",
      "/en/about",
      `/funding/${ESF_CALL}`,
      `/en/toolkit/${METHOD}`,
    ])
      expect(sitemap, path).toMatch(new RegExp(`<loc>https?://[^<]+${path.replace(/[/.]/g, "\\$&")}</loc>`));
    expect(sitemap).toContain('hreflang="en"');
    expect(sitemap).toContain('hreflang="x-default"');
    expect((await request.get("/images/share.png")).headers()["content-type"]).toBe("image/png");
  });
});

test.describe("accessibility", () => {
  test.describe.configure({ timeout: 60_000 });
  const pages = [
    "/",
    "/toolkit",
    "/toolkit?type=method&stage=idea",
    "/toolkit?type=video",
    `/toolkit/${METHOD}`,
    "/toolkit/eu-cohesion-policy-programme-2021-2027",
    "/funding",
    "/funding?status=closed&applicant=ngo",
    `/funding/${ESF_CALL}`,
    "/funding/demo-riga-innovation-fund-2026-rudens",
    "/funding/programmes",
    "/about",
  ];
  for (const prefix of ["", "/en"]) {
    for (const path of pages) {
      test(`axe finds no violations on ${prefix}${path}`, async ({ page }) => {
        await page.goto(`${prefix}${path}`);
        await expectNoAxeViolations(page);
      });
    }
  }
});
