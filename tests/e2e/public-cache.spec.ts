import { expect, test, type Page } from "./support/test";
import { signInAs, useOwnClientAddress } from "./support/helpers";

// Public pages read their data from Next's cache (lib/cache/public-data.ts). An editor's
// writes must show on the next request of a visitor to every page that shows the record —
// the record's own page, its organisation's page and the home page's featured list — and
// an unpublished record must leave all of them at once. The portal runs two Next processes
// behind nginx here, so the visitor's requests also reach the process that did not write.

const letters = (n: number) =>
  Array.from({ length: n }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join("");

const field = (page: Page, name: string) => page.locator(`[id="innovation-${name}"]`);
const ORGANISATION = { name: "Kantar", path: "/organisations/kantar" };

test("a visitor sees an editor's publish, edit and unpublish on every cached page at the next request", async ({
  page,
  browser,
}, testInfo) => {
  test.setTimeout(240_000);
  await useOwnClientAddress(page, testInfo, 120);
  const visitorContext = await browser.newContext();
  const visitor = await visitorContext.newPage();
  await useOwnClientAddress(visitor, testInfo, 140);

  const word = `kesatmina${letters(8)}`;
  const title = `Kopienas virtuve ${word}`;
  const renamed = `Kopienas virtuve un dārzs ${word}`;

  /** Each cached page a few times, so both processes hold it, then whether the title is on it. */
  const shows = async (path: string, text: string) => {
    for (let i = 0; i < 3; i++) await visitor.goto(path);
    return (await visitor.getByText(text, { exact: false }).count()) > 0;
  };

  // The visitor's pages are cached before anything happens.
  expect(await shows("/", word)).toBe(false);
  expect(await shows(ORGANISATION.path, word)).toBe(false);

  // The editor creates and publishes a featured innovation carried out by the organisation.
  await signInAs(page, "editor", "/admin/innovations/new");
  await field(page, "titleLv").fill(title);
  await field(page, "summaryLv").fill("Kaimiņi kopā gatavo ēdienu un dalās ar to.");
  await field(page, "stage").selectOption("pilot");
  await field(page, "status").selectOption("active");
  await page.getByLabel("Izcelt sākumlapā").check();
  await page.getByRole("button", { name: "Pievienot organizāciju" }).click();
  const organisation = field(page, "organisations.0.organisationId");
  const value = await organisation.locator("option", { hasText: ORGANISATION.name }).first().getAttribute("value");
  await organisation.selectOption(value!);
  await field(page, "organisations.0.role").selectOption("IMPLEMENTER");
  await page.getByRole("button", { name: "Saglabāt un publicēt" }).click();
  await expect(page).toHaveURL(/saved=published/, { timeout: 60_000 });
  const editUrl = page.url().split("?")[0]!;

  // Published: on its own page, its organisation's page and the home page.
  await visitor.goto("/");
  const link = visitor.getByRole("link", { name: title });
  await expect(link).toBeVisible();
  const detailPath = new URL((await link.getAttribute("href"))!, visitor.url()).pathname;
  expect(await shows(detailPath, title)).toBe(true);
  expect(await shows(ORGANISATION.path, title)).toBe(true);

  // Edited: the new title everywhere, the old one nowhere.
  await page.goto(editUrl);
  await field(page, "titleLv").fill(renamed);
  await page.getByRole("button", { name: "Saglabāt", exact: true }).click();
  await expect(page).toHaveURL(/saved=saved/, { timeout: 60_000 });
  for (const path of [detailPath, ORGANISATION.path, "/"]) {
    await visitor.goto(path);
    await expect(visitor.getByText(renamed).first(), path).toBeVisible();
    await expect(visitor.getByText(title, { exact: true }), path).toHaveCount(0);
  }

  // Unpublished: gone from every page at once, and its own page is not found.
  await page.goto(editUrl);
  await page.getByRole("button", { name: "Atcelt publicēšanu" }).click();
  await expect(page).toHaveURL(/saved=draft/, { timeout: 60_000 });
  for (let i = 0; i < 2; i++) {
    const response = await visitor.goto(detailPath);
    expect(response?.status(), `request ${i + 1} of the unpublished page`).toBe(404);
    expect(await shows(ORGANISATION.path, word)).toBe(false);
    expect(await shows("/", word)).toBe(false);
  }
  await visitorContext.close();
});
