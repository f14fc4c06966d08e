// A client's own X-Forwarded-For buys nothing: with no proxy configured (the
// default), 25 wrong passwords under 25 different forwarded addresses are
// limited as one address, a public form's per-address limit holds, and the
// audit log records the socket's address, not the forged ones. Runs last
// (alphabetically) and gives the budgets back afterwards.
import crypto from "node:crypto";
import { test, expect } from "@playwright/test";
import { actionForm, postForm, withDatabase } from "./support/probe";

test.describe.configure({ mode: "serial" });

const forged = (i: number) => `203.0.113.${i + 1}`;

test.afterAll(async () => {
  await withDatabase((c) => c.query(`DELETE FROM "RateLimit"`));
});

test("25 wrong passwords with rotating X-Forwarded-For are limited, and the log keeps the real address", async ({
  playwright,
}) => {
  test.setTimeout(180_000);
  const before = new Date();
  const outcomes: string[] = [];
  for (let i = 0; i < 25; i++) {
    const client = await playwright.request.newContext({
      baseURL: process.env.PLAYWRIGHT_BASE_URL,
      extraHTTPHeaders: { "X-Forwarded-For": forged(i), "X-Real-IP": forged(i) },
    });
    const { csrfToken } = (await (await client.get("/api/auth/csrf")).json()) as { csrfToken: string };
    const response = await client.post("/api/auth/callback/credentials", {
      form: { csrfToken, email: "admin@sikc.test", password: `wrong-${i}`, json: "true" },
      maxRedirects: 0,
    });
    const url =
      response.status() === 200 ? ((await response.json()) as { url: string }).url : response.headers()["location"]!;
    outcomes.push(/RateLimited/.test(url) ? "limited" : /error=/.test(url) ? "refused" : "signed-in");
    await client.dispose();
  }
  expect(outcomes).not.toContain("signed-in");
  // the account's budget from one address is five wrong passwords, whatever the header says
  expect(outcomes.indexOf("limited")).toBe(5);
  expect(outcomes.slice(5).every((o) => o === "limited")).toBe(true);

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

test("a public form's per-address limit holds under rotating X-Forwarded-For", async ({ playwright, request }) => {
  test.setTimeout(180_000);
  const hidden = await actionForm(request, "/en/consultations");
  await new Promise((r) => setTimeout(r, 3_500));
  const statuses: number[] = [];
  for (let i = 0; i < 7; i++) {
    const client = await playwright.request.newContext({
      baseURL: process.env.PLAYWRIGHT_BASE_URL,
      extraHTTPHeaders: { "X-Forwarded-For": forged(100 + i) },
    });
    const response = await postForm(client, "/en/consultations", {
      ...hidden,
      name: "Rotating Person",
      email: `rotating.${crypto.randomBytes(4).toString("hex")}@example.lv`,
      topics: ["funding"],
      description: "A request sent under a different forwarded address each time.",
      format: "online",
      language: "en",
      slotId: "contact-me",
      privacyAcknowledged: "on",
    });
    statuses.push(response.status());
    if (response.status() === 200) expect(await response.text()).toContain("Too many requests");
    await client.dispose();
  }
  // five per hour from one address (lib/forms/spam.ts); the earlier probes sent none that counted
  expect(statuses.filter((s) => s === 303).length).toBeLessThanOrEqual(5);
  expect(statuses.at(-1)).toBe(200);
});
