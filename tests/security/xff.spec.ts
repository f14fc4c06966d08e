// A client's own X-Forwarded-For buys nothing, served either way an
// installation serves the portal: `next start` answering clients itself (no
// proxy trusted, the default) and the standalone build behind nginx (nginx's
// one hop trusted). 25 wrong passwords under 25 different forwarded addresses
// are limited as one address, a public form's per-address limit holds, and
// the audit log records the real address, not the forged ones. Runs last
// (alphabetically) and gives the budgets back after each test.
import crypto from "node:crypto";
import { test, expect, type APIRequestContext } from "@playwright/test";
import { actionForm, postForm, withDatabase } from "./support/probe";

test.describe.configure({ mode: "serial" });

const forged = (i: number) => `203.0.113.${i + 1}`;

// each test starts with full budgets (the earlier files spent some) and gives them back
const resetBudgets = () => withDatabase((c) => c.query(`DELETE FROM "RateLimit"`));
test.beforeEach(resetBudgets);
test.afterEach(resetBudgets);

/** How a next-auth credentials post ended: its JSON names the next URL (a 200 or a 401 with the error). */
async function outcome(response: Awaited<ReturnType<APIRequestContext["post"]>>): Promise<string> {
  const url = response.headers()["content-type"]?.includes("json")
    ? ((await response.json()) as { url: string }).url
    : (response.headers()["location"] ?? "");
  return /RateLimited/.test(url)
    ? "limited"
    : /error=/.test(url)
      ? "refused"
      : `signed-in (${response.status()} ${url})`;
}

const SERVED = [
  { name: "next start, no proxy trusted", url: process.env.PLAYWRIGHT_BASE_URL },
  { name: "behind nginx, its one hop trusted", url: process.env.SECURITY_NGINX_URL || undefined },
];

for (const served of SERVED) {
  test.describe(served.name, () => {
    test.skip(!served.url, `nginx cannot serve the portal here: ${process.env.SECURITY_NGINX_MISSING}`);

    test("25 wrong passwords with rotating X-Forwarded-For are limited, and the log keeps the real address", async ({
      playwright,
    }) => {
      test.setTimeout(180_000);
      const before = new Date();
      const outcomes: string[] = [];
      for (let i = 0; i < 25; i++) {
        const client = await playwright.request.newContext({
          baseURL: served.url,
          extraHTTPHeaders: { "X-Forwarded-For": forged(i), "X-Real-IP": forged(i) },
        });
        const { csrfToken } = (await (await client.get("/api/auth/csrf")).json()) as { csrfToken: string };
        const response = await client.post("/api/auth/callback/credentials", {
          form: { csrfToken, email: "admin@sikc.test", password: `wrong-${i}`, json: "true" },
          maxRedirects: 0,
        });
        outcomes.push(await outcome(response));
        await client.dispose();
      }
      // the account's budget from one address is five wrong passwords, whatever the header says
      expect(outcomes).toEqual([...Array<string>(5).fill("refused"), ...Array<string>(20).fill("limited")]);

      const addresses = await withDatabase(async (c) =>
        (
          await c.query<{ ip: string | null }>(
            `SELECT DISTINCT ip FROM "AuditLog" WHERE action = 'sign_in_failed' AND "actorEmail" = 'admin@sikc.test' AND at >= $1`,
            [before],
          )
        ).rows.map((r) => r.ip),
      );
      expect(addresses).toHaveLength(1);
      expect(addresses[0]).toMatch(/^(127\.0\.0\.1|::1)$/);
    });

    test("a public form's per-address limit holds under rotating X-Forwarded-For", async ({ playwright }) => {
      test.setTimeout(180_000);
      const page = await playwright.request.newContext({ baseURL: served.url });
      const hidden = await actionForm(page, "/en/consultations/request");
      await page.dispose();
      await new Promise((r) => setTimeout(r, 3_500));
      const statuses: number[] = [];
      for (let i = 0; i < 7; i++) {
        const client = await playwright.request.newContext({
          baseURL: served.url,
          extraHTTPHeaders: { "X-Forwarded-For": forged(100 + i) },
        });
        const response = await postForm(
          client,
          "/en/consultations/request",
          {
            ...hidden,
            name: "Rotating Person",
            email: `rotating.${crypto.randomBytes(4).toString("hex")}@example.lv`,
            topics: ["funding"],
            description: "A request sent under a different forwarded address each time.",
            format: "online",
            language: "en",
            slotId: "contact-me",
            privacyAcknowledged: "on",
          },
          served.url,
        );
        statuses.push(response.status());
        if (response.status() === 200) expect(await response.text()).toContain("Too many requests");
        await client.dispose();
      }
      // five per hour from one address (lib/forms/spam.ts), whatever the header says
      expect(statuses).toEqual([303, 303, 303, 303, 303, 200, 200]);
    });
  });
}
