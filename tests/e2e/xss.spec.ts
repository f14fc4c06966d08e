// Script in user-supplied text never runs. Every free-text column of a set of
// records (an innovation with its link, organisation, contact, project,
// programme, call, resource, consultation request, submission) is filled with
// markup payloads straight in the database, past every form's validation, and
// the public and staff pages that show them are opened: the payloads must show
// as text and never execute, whichever page renders them.
import { expect, test, type Page } from "./support/test";
import pg from "pg";
import { signInAs, useOwnClientAddress } from "./support/helpers";

const ID = "e2exss"; // shaped like our ids: pages refuse others
const SLUG = "e2e-xss-record";
const payload = (column: string) =>
  `XSS ${column} <script>window.__xss="${column}"</script><img src=x onerror="window.__xss='${column}'">"><svg onload="window.__xss='${column}'">`;

type Client = pg.Client;

/** Copies one row of `table` (chosen by `where`) with `overrides`, leaving out sequence-filled columns. */
async function cloneRow(client: Client, table: string, where: string, overrides: Record<string, string>) {
  const { rows } = await client.query<{ column_name: string }>(
    `SELECT column_name FROM information_schema.columns
     WHERE table_name = $1 AND table_schema = current_schema()
       AND coalesce(column_default, '') NOT LIKE 'nextval%' AND is_generated = 'NEVER' AND is_identity = 'NO'`,
    [table],
  );
  const columns = rows.map((r) => r.column_name);
  const values = columns.map((c) => (c in overrides ? overrides[c] : `"${c}"`));
  await client.query(
    `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(", ")}) SELECT ${values.join(", ")} FROM "${table}" WHERE ${where} LIMIT 1 ON CONFLICT DO NOTHING`,
  );
}

/** Sets every free-text column (bilingual fields, names, descriptions) of one row to a payload naming the column. */
async function poison(client: Client, table: string, id: string) {
  const { rows } = await client.query<{ column_name: string }>(
    `SELECT column_name FROM information_schema.columns
     WHERE table_name = $1 AND table_schema = current_schema() AND data_type = 'text'
       AND (column_name ~ '(Lv|En)$' OR column_name IN ('name', 'description', 'organisationName', 'position', 'reason'))`,
    [table],
  );
  if (rows.length === 0) throw new Error(`no text columns found in ${table}`);
  const sets = rows.map((r, i) => `"${r.column_name}" = $${i + 2}`).join(", ");
  await client.query(`UPDATE "${table}" SET ${sets} WHERE id = $1`, [
    id,
    ...rows.map((r) => payload(`${table}.${r.column_name}`)),
  ]);
}

test.beforeAll(async () => {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    const common = { id: `'${ID}'`, updatedAt: "now()" };
    await cloneRow(client, "Organisation", `publication = 'PUBLISHED'`, { ...common, slug: `'${SLUG}'` });
    await cloneRow(client, "Innovation", `publication = 'PUBLISHED'`, {
      ...common,
      slug: `'${SLUG}'`,
      createdById: "NULL",
    });
    await cloneRow(client, "FundingProgramme", "true", { ...common, slug: `'${SLUG}'` });
    await cloneRow(client, "FundingCall", "true", { ...common, slug: `'${SLUG}'`, programmeId: `'${ID}'` });
    await cloneRow(client, "Resource", "true", { ...common, slug: `'${SLUG}'`, fileId: "NULL" });
    await client.query(
      `INSERT INTO "Contact" (id, name, "organisationId", "updatedAt") VALUES ($1, 'x', $1, now()) ON CONFLICT DO NOTHING`,
      [ID],
    );
    await client.query(
      `INSERT INTO "Project" (id, slug, "titleLv", "updatedAt") VALUES ($1, $2, 'x', now()) ON CONFLICT DO NOTHING`,
      [ID, SLUG],
    );
    await client.query(
      `INSERT INTO "ConsultationRequest" (id, reference, name, email, topics, description, format, language, "updatedAt")
       VALUES ($1, 'K-2099-9998', 'x', 'xss@example.lv', '{}', 'x', 'online', 'lv', now()) ON CONFLICT DO NOTHING`,
      [ID],
    );
    await client.query(
      `INSERT INTO "InnovationOrganisation" ("innovationId", "organisationId", role) VALUES ($1, $1, 'IMPLEMENTER') ON CONFLICT DO NOTHING`,
      [ID],
    );
    await client.query(
      `INSERT INTO "InnovationLink" (id, "innovationId", url, "labelLv", "labelEn") VALUES ($1, $1, 'javascript:window.__xss="link"', $2, $2)
       ON CONFLICT DO NOTHING`,
      [ID, payload("InnovationLink.label")],
    );
    const correction = {
      innovationSlug: SLUG,
      whatIsWrong: payload("Submission.whatIsWrong"),
      proposedText: payload("Submission.proposedText"),
      sourceNote: payload("Submission.sourceNote"),
    };
    await client.query(
      `INSERT INTO "Submission" (id, kind, payload, "innovationId", "submitterName", "submitterEmail", "updatedAt")
       VALUES ($1, 'CORRECTION', $2, $1, $3, 'xss@example.lv', now()) ON CONFLICT DO NOTHING`,
      [ID, JSON.stringify(correction), payload("Submission.submitterName")],
    );
    for (const table of [
      "Organisation",
      "Innovation",
      "FundingProgramme",
      "FundingCall",
      "Resource",
      "Contact",
      "Project",
      "ConsultationRequest",
    ]) {
      await poison(client, table, ID);
    }
  } finally {
    await client.end();
  }
});

test.beforeEach(async ({ page }, testInfo) => useOwnClientAddress(page, testInfo, 150));

/** Opens `path`, gives event handlers a moment, and checks that nothing ran and the payload shows as text. */
async function expectInert(page: Page, path: string, { showsPayload = true } = {}) {
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(200);
  await page.waitForLoadState("load");
  await page.waitForTimeout(300);
  expect(
    await page.evaluate(() => (window as unknown as { __xss?: string }).__xss),
    `script ran on ${path}`,
  ).toBeUndefined();
  expect(dialogs, path).toEqual([]);
  expect(
    await page.locator("main img[src='x'], main svg[onload], main script:not([type='application/ld+json'])").count(),
    path,
  ).toBe(0);
  if (showsPayload)
    await expect(
      page
        .locator("main")
        .getByText(/XSS \w+\.\w+ <script>/)
        .first(),
      path,
    ).toBeVisible();
}

test("payloads in public pages show as text and never run", async ({ page }) => {
  test.setTimeout(120_000);
  await expectInert(page, `/innovations/${SLUG}`);
  await expectInert(page, `/en/innovations/${SLUG}`);
  await expectInert(page, `/innovations?q=${encodeURIComponent(`<script>window.__xss="q"</script>`)}`, {
    showsPayload: false,
  });
  await expectInert(page, `/organisations/${SLUG}`);
  // A javascript: link saved past validation is never a live javascript: link.
  const hrefs = await page
    .goto(`/innovations/${SLUG}`)
    .then(() => page.locator("main a").evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? "")));
  expect(hrefs.filter((h) => h.trim().toLowerCase().startsWith("javascript:"))).toEqual([]);
});

test("payloads in staff pages show as text and never run", async ({ page }) => {
  test.setTimeout(180_000);
  await signInAs(page, "admin");
  for (const path of [
    "/admin/innovations",
    `/admin/innovations/${ID}`,
    `/admin/innovations/${ID}/preview`,
    `/admin/organisations/${ID}`,
    `/admin/contacts/${ID}`,
    `/admin/projects/${ID}`,
    `/admin/programmes/${ID}`,
    `/admin/calls/${ID}`,
    `/admin/resources/${ID}`,
    `/admin/consultations/${ID}`,
    `/admin/submissions/${ID}`,
  ]) {
    // Edit pages hold the payload in form fields (as values, which is text too).
    const inForm = /\/(innovations|organisations|contacts|projects|programmes|calls|resources)\/e2exss$/.test(path);
    await expectInert(page, path, { showsPayload: !inForm });
    if (inForm)
      expect(
        await page
          .locator("input, textarea")
          .evaluateAll((els) => els.some((el) => (el as HTMLInputElement).value.includes("<script>"))),
      ).toBe(true);
  }
});
