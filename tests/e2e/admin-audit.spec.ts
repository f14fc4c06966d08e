// The audit log, the dashboard and the CSV import as staff use them: an
// administrator filters the log; an editor cannot open it, sees the dashboard
// cards, and imports a CSV (a file with one bad row is refused whole and the
// report names the row; the corrected file imports). Axe on each page.
import { expect, test, type Page } from "./support/test";
import { expectNoAxeViolations, signInAs, useOwnClientAddress } from "./support/helpers";

test.beforeEach(async ({ page }, testInfo) => {
  // Several page loads and axe runs per test: on a busy 2-core machine 30 s is not enough.
  test.setTimeout(120_000);
  await useOwnClientAddress(page, testInfo, 110);
});

test("an administrator opens the audit log and filters it", async ({ page }) => {
  await signInAs(page, "admin", "/admin/audit");
  await page.goto("/admin/audit");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Darbību žurnāls");
  await expect(page.getByTestId("audit-table")).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByLabel("Darbība").selectOption("sign_in");
  await page.getByLabel("Darbinieks (e-pasts vai vārds)").fill("admin@sikc.test");
  await page.getByRole("button", { name: "Filtrēt" }).click();
  await expect(page).toHaveURL(/action=sign_in/);
  await expect(page).toHaveURL(/actor=admin%40sikc\.test/);
  const rows = page.getByTestId("audit-table").locator("tbody tr");
  await expect(rows.first()).toBeVisible();
  const actions = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute("data-action")));
  expect(new Set(actions)).toEqual(new Set(["sign_in"]));
  await expect(page.getByTestId("audit-count")).toContainText(/\d/);
  // the filter form keeps what was chosen
  await expect(page.getByLabel("Darbība")).toHaveValue("sign_in");
  await expectNoAxeViolations(page);

  // the filtered view exports as CSV
  const exportUrl = await page.getByRole("link", { name: "CSV" }).getAttribute("href");
  expect(exportUrl).toContain("action=sign_in");
  const csv = await page.request.get(exportUrl!);
  expect(csv.status()).toBe(200);
  expect(await csv.text()).toContain("sign_in");
});

test("an editor gets 404 on the audit log and sees the dashboard cards", async ({ page }) => {
  await signInAs(page, "editor");
  const response = await page.goto("/admin/audit");
  expect(response?.status()).toBe(404);
  expect((await page.request.get("/api/admin/audit/export?format=csv")).status()).toBe(403);

  await page.goto("/admin");
  await expect(page.getByTestId("current-role")).toHaveText("Redaktors");
  for (const heading of [
    "Iesniegumi moderācijai",
    "Konkursi, kas drīz beidzas",
    "Gadu nemainīti ieraksti",
    "Meklēšanas indekss",
  ]) {
    await expect(page.getByRole("heading", { level: 2, name: heading })).toBeVisible();
  }
  // consultation requests are not an editor's business (roles.ts)
  await expect(page.getByRole("heading", { name: "Jauni konsultāciju pieprasījumi" })).toHaveCount(0);
  await expect(
    page.getByTestId("dashboard-submissions").getByRole("link", { name: "Visi iesniegumi" }),
  ).toHaveAttribute("href", "/admin/submissions");
  await expectNoAxeViolations(page);
});

test("a consultant's dashboard shows new consultation requests", async ({ page }) => {
  await signInAs(page, "consultant");
  await page.goto("/admin");
  const card = page.getByTestId("dashboard-consultations");
  await expect(card.getByRole("heading", { name: "Jauni konsultāciju pieprasījumi" })).toBeVisible();
  await expect(card.getByRole("link")).toHaveAttribute("href", "/admin/consultations?status=NEW");
});

const HEADER = "slug;titleLv;summaryLv;stage;status;themes";
const csvOf = (lines: string[]) => Buffer.from(`\uFEFF${[HEADER, ...lines].join("\r\n")}\r\n`, "utf8");

async function listCount(page: Page, q?: string) {
  await page.goto(q ? `/admin/innovations?q=${encodeURIComponent(q)}` : "/admin/innovations");
  return (
    await page
      .getByRole("status")
      .filter({ hasText: /ierakst/ })
      .first()
      .textContent()
  )?.trim();
}

async function upload(page: Page, name: string, body: Buffer) {
  await page.locator("#import-file").setInputFiles({ name, mimeType: "text/csv", buffer: body });
  await page.getByRole("button", { name: "Pārbaudīt failu" }).click();
  await expect(page.getByTestId("import-report")).toBeVisible();
}

test("an editor's CSV with one bad row imports nothing and names the row; the corrected file imports", async ({
  page,
}) => {
  const stamp = `e2e-imports-${Date.now()}`;
  const good = (n: number, stage = "pilot") =>
    `${stamp}-${n};E2E imports ${stamp} ${n};Apraksts ${n};${stage};active;education|health`;
  await signInAs(page, "editor");
  const before = await listCount(page);

  await page.goto("/admin/import");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Imports no CSV");
  await expectNoAxeViolations(page);
  const template = await page.request.get("/api/admin/import/template?kind=innovations");
  expect((await template.text()).replace(/^\uFEFF/, "")).toMatch(/^slug;titleLv;/);

  await upload(page, "slikts.csv", csvOf([good(1), good(2, "no-such-stage"), good(3)]));
  const report = page.getByTestId("import-report");
  await expect(report).toBeFocused();
  await expect(report).toContainText("Nekas netika ierakstīts");
  const issue = page.getByTestId("import-issues").locator("tbody tr");
  await expect(issue).toHaveCount(1);
  await expect(issue).toHaveAttribute("data-line", "3");
  await expect(issue).toHaveAttribute("data-column", "stage");
  await expect(issue.getByRole("rowheader")).toHaveText("3");
  await expect(page.getByTestId("import-run-form")).toHaveCount(0);
  await expectNoAxeViolations(page);

  expect(await listCount(page)).toBe(before);
  expect(await listCount(page, stamp)).toBe("Nav ierakstu");

  await page.goto("/admin/import");
  await upload(page, "labs.csv", csvOf([good(1), good(2), good(3)]));
  await expect(page.getByTestId("import-report")).toContainText("3 rindas var importēt");
  await page.getByRole("button", { name: "Importēt 3 rindas" }).click();
  // the worker writes the rows; the page asks how it went until it knows
  await expect(page.getByTestId("import-running")).toContainText("Importē failu “labs.csv”");
  await expectNoAxeViolations(page);
  await expect(page.getByTestId("import-done")).toContainText("Importēts: 3 ieraksti", { timeout: 30_000 });
  expect(await listCount(page, stamp)).toBe("3 ieraksti");
});
