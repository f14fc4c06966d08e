// What a newcomer meets (issue 17), the longer paths: the consultations start
// page and a booking of one of the demo times a fresh start publishes; the
// region map's outline and focus ring; sign-in inside the site's shell and
// without JavaScript; the staff screens in words and in English.
import { TZDate } from "@date-fns/tz";
import { expect, test } from "@playwright/test";
import pg from "pg";
import { expectNoAxeViolations, signInAs, uniqueEmail, useOwnClientAddress } from "./support/helpers";

const MIN_FILL_MS = 3_000; // lib/forms/spam.ts

test.beforeEach(async ({ page }, testInfo) => {
  await useOwnClientAddress(page, testInfo, 170);
});

async function query<T>(sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as T[];
  } finally {
    await client.end();
  }
}

for (const { locale, prefix } of [
  { locale: "lv", prefix: "" },
  { locale: "en", prefix: "/en" },
] as const) {
  test(`the consultations start page says who answers, that it is free, how soon and what happens next (${locale})`, async ({
    page,
  }) => {
    await page.goto(`${prefix}/consultations`);
    for (const fact of ["who", "cost", "when", "how"]) {
      await expect(page.locator(`[data-fact="${fact}"] dd`)).not.toBeEmpty();
    }
    await expect(page.locator('[data-fact="cost"]')).toContainText(locale === "lv" ? "bez maksas" : "free of charge");
    await expect(page.locator('[data-fact="when"]')).toContainText(
      locale === "lv" ? "trīs darbdienu" : "three working days",
    );
    // no form on the start page: one button leads to it
    await expect(page.locator("form #consultation-name")).toHaveCount(0);
    await expectNoAxeViolations(page);
    await page.locator("a[data-start]").click();
    await expect(page).toHaveURL(new RegExp(`${prefix}/consultations/request$`));
    await expect(page.locator("#consultation-name")).toBeVisible();
  });
}

test("a fresh start's demo times can be booked end to end", async ({ page }) => {
  test.skip(!process.env.DATABASE_URL, "DATABASE_URL is not set (scripts/test.ts passes the e2e database)");
  await page.goto("/consultations");
  await page.locator("a[data-start]").click();
  const openedAt = Date.now();
  // the seed published the demo consultant's times: the picker offers them
  const slot = page.locator('#consultation-slotId input[type=radio]:not([value="contact-me"])').first();
  await expect(slot).toBeVisible();
  const slotId = await slot.getAttribute("value");
  await page.locator("#consultation-name").fill("Inese Ozola");
  await page.locator("#consultation-email").fill(uniqueEmail("demo-time"));
  await page.locator("#consultation-topics input[type=checkbox]").first().check();
  await page
    .locator("#consultation-description")
    .fill("Vēlamies uzzināt, kā pieteikties ESF+ atbalstam mūsu pilotprojektam.");
  await page.locator("#consultation-format input[type=radio]").first().check();
  await page.locator("#consultation-language input[value=lv]").check();
  await slot.check();
  await page.locator("#consultation-privacyAcknowledged").check();
  const waitMs = MIN_FILL_MS + 500 - (Date.now() - openedAt);
  if (waitMs > 0) await page.waitForTimeout(waitMs);
  await page.locator("form button[type=submit]").click();
  await expect(page.getByTestId("consultation-reference")).toHaveText(/^K-\d{4}-\d{4,}$/);

  const [booked] = await query<{ startsAt: Date; email: string }>(
    `SELECT s."startsAt", u.email FROM "ConsultationRequest" r JOIN "ConsultationSlot" s ON s.id = r."slotId"
     JOIN "User" u ON u.id = s."consultantId" WHERE s.id = $1`,
    [slotId],
  );
  expect(booked?.email).toBe("consultant@sikc.test");
  const riga = new TZDate(booked!.startsAt.getTime(), "Europe/Riga");
  // a working day within the next four weeks, at office hours in Riga
  expect([1, 2, 3, 4, 5]).toContain(riga.getDay());
  expect(["10:00", "11:00", "14:00", "15:00"]).toContain(
    `${String(riga.getHours()).padStart(2, "0")}:${String(riga.getMinutes()).padStart(2, "0")}`,
  );
  expect(booked!.startsAt.getTime() - Date.now()).toBeLessThan(29 * 86_400_000);
});

test.describe("the region map", () => {
  // The map's projection (scripts/build-latvia-map.mjs): x = (lon − 20.2)·cos 57°·100, y = (58.2 − lat)·100.
  const at = (lon: number, lat: number) => ({
    x: (lon - 20.2) * Math.cos((57 * Math.PI) / 180) * 100,
    y: (58.2 - lat) * 100,
  });

  test("is recognisably Latvia: towns fall in their regions, the Gulf of Riga is water", async ({ page }) => {
    await page.goto("/en/innovations/map");
    const inRegion = (key: string, point: { x: number; y: number }) =>
      page
        .locator(`a[data-region="${key}"] path`)
        .evaluate((path, p) => (path as SVGPathElement).isPointInFill(new DOMPoint(p.x, p.y)), point);
    expect(await inRegion("riga", at(24.106, 56.949))).toBe(true); // Rīga
    expect(await inRegion("kurzeme", at(21.011, 56.505))).toBe(true); // Liepāja
    expect(await inRegion("latgale", at(26.536, 55.875))).toBe(true); // Daugavpils
    expect(await inRegion("vidzeme", at(25.426, 57.541))).toBe(true); // Valmiera
    expect(await inRegion("zemgale", at(23.722, 56.651))).toBe(true); // Jelgava
    for (const key of ["kurzeme", "riga", "zemgale", "vidzeme", "latgale"]) {
      expect(await inRegion(key, at(23.5, 57.5)), `the gulf is not in ${key}`).toBe(false);
    }
  });

  test("the focused region's ring is painted above its neighbours and visible", async ({ page }) => {
    await page.goto("/en/innovations/map");
    await page.locator("main h1").click();
    for (let i = 0; i < 20; i++) {
      await page.keyboard.press("Tab");
      if (await page.evaluate(() => document.activeElement?.getAttribute("data-region") === "riga")) break;
    }
    await expect(page.locator('a[data-region="riga"]')).toBeFocused();
    const ring = page.locator('.region-ring[data-ring="riga"]');
    await expect(ring).toBeVisible();
    await expect(page.locator('.region-ring[data-ring="zemgale"]')).toBeHidden();
    // later in the document is painted on top: after every region
    const order = await page.evaluate(() => {
      const ringEl = document.querySelector('.region-ring[data-ring="riga"]')!;
      return [...document.querySelectorAll("a[data-region]")].every(
        (a) => a.compareDocumentPosition(ringEl) & Node.DOCUMENT_POSITION_FOLLOWING,
      );
    });
    expect(order).toBe(true);
    // the ring is what shows at a point of Riga's border with Zemgale (top of the stack there)
    const colour = await ring.locator("path").last().getAttribute("stroke");
    expect(colour?.toLowerCase()).toBe("#ffdd00");
    await expectNoAxeViolations(page);
  });
});

test.describe("sign-in", () => {
  for (const { locale, prefix } of [
    { locale: "lv", prefix: "" },
    { locale: "en", prefix: "/en" },
  ] as const) {
    test(`sits in the site's shell, with the language switch (${locale})`, async ({ page }) => {
      await page.goto(`${prefix}/login`);
      await expect(page.locator("header [data-site-logo]")).toBeVisible();
      await expect(page.locator("header nav a[hreflang]")).toBeVisible();
      await expect(page.locator("footer [data-eu-funding]")).toBeVisible();
      await expect(page.locator("main#main h1")).toBeVisible();
      await expectNoAxeViolations(page);
    });
  }

  test("the error state has no axe violations", async ({ page }) => {
    await page.goto("/en/login?error=CredentialsSignin");
    await expect(page.locator("main [role=alert]")).toContainText("e-mail or password");
    await expectNoAxeViolations(page);
  });

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });

    test("a wrong password comes back to our own sign-in page with the message; the right one signs in", async ({
      page,
      baseURL,
    }) => {
      await page.goto("/en/login?callbackUrl=%2Fen%2Fadmin%2Faudit");
      const form = page.locator('form[action="/api/sign-in"]');
      await form.getByLabel("E-mail", { exact: true }).fill("admin@sikc.test");
      await form.getByLabel("Password", { exact: true }).fill("not-the-password");
      await form.locator("button[type=submit]").click();
      const host = new URL(baseURL!).host;
      await expect(page).toHaveURL((url) => url.host === host && url.pathname === "/en/login");
      await expect(page.locator("main [role=alert]")).toContainText("e-mail or password");

      await form.getByLabel("E-mail", { exact: true }).fill("admin@sikc.test");
      await form.getByLabel("Password", { exact: true }).fill("sikc-demo-2026");
      await form.locator("button[type=submit]").click();
      await expect(page).toHaveURL((url) => url.host === host && url.pathname === "/en/admin/audit");
      await expect(page.locator("main h1")).toHaveText("Audit log");

      // the failed try is in the log in words, not codes
      await page.goto("/en/admin/audit?action=sign_in_failed");
      const entry = page.locator('tr[data-action="sign_in_failed"]').first();
      await expect(entry.locator('[data-field="reason"]')).toHaveText("Reason: Wrong password");
      await expect(entry.locator('[data-field="method"]')).toHaveText("Method: Password");
    });

    test("a post from another site is refused", async ({ request }) => {
      const response = await request.post("/api/sign-in", {
        form: { email: "admin@sikc.test", password: "sikc-demo-2026", locale: "en" },
        headers: { origin: "https://evil.example" },
        maxRedirects: 0,
      });
      expect(response.status()).toBe(403);
      expect(response.headers()["set-cookie"]).toBeUndefined();
    });
  });
});

test.describe("staff screens", () => {
  test("English lists show English names, record pages their own title", async ({ page }) => {
    test.skip(!process.env.DATABASE_URL, "DATABASE_URL is not set (scripts/test.ts passes the e2e database)");
    const [org] = await query<{ id: string; nameLv: string; nameEn: string }>(
      `SELECT id, "nameLv", "nameEn" FROM "Organisation" WHERE "nameEn" IS NOT NULL AND "nameEn" <> "nameLv" ORDER BY "nameLv" LIMIT 1`,
    );
    await signInAs(page, "editor", "/en/admin/organisations");
    await page.goto(`/en/admin/organisations?q=${encodeURIComponent(org!.nameEn)}`);
    await expect(page.locator("main table")).toContainText(org!.nameEn);

    await page.goto(`/en/admin/organisations/${org!.id}`);
    await expect(page).toHaveTitle(`Edit: ${org!.nameLv} | SIKC`);
    await expect(page.locator("main h1")).toHaveText(`Edit: ${org!.nameLv}`);
  });
});
