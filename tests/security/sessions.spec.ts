// Staff sessions over HTTP: the cookie's flags, sign-out ending the session
// for every copy of the cookie, and the sign-in redirect staying on the site.
import { test, expect } from "@playwright/test";
import { BASE, DEMO_PASSWORD, expectNoServerError, signIn } from "./support/probe";

test.describe.configure({ mode: "serial" });

const origin = new URL(BASE).origin;

test("the session cookie is HttpOnly and SameSite, and sign-out ends it wherever a copy is kept", async ({
  playwright,
}) => {
  const browser = await playwright.request.newContext({ baseURL: BASE });
  try {
    expect((await signIn(browser, "editor@sikc.test")).status()).toBeLessThan(400);
    const { cookies } = await browser.storageState();
    const session = cookies.find((c) => c.name.endsWith("next-auth.session-token"));
    expect(session, "session cookie").toBeTruthy();
    expect(session!.httpOnly).toBe(true);
    expect(session!.sameSite).toBe("Lax");
    expect((await browser.get("/api/admin/me")).status()).toBe(200);

    // an attacker's copy of the cookie, taken before sign-out
    const copy = await playwright.request.newContext({
      baseURL: BASE,
      extraHTTPHeaders: { Cookie: `${session!.name}=${session!.value}` },
    });
    expect((await copy.get("/api/admin/me")).status()).toBe(200);

    const { csrfToken } = (await (await browser.get("/api/auth/csrf")).json()) as { csrfToken: string };
    const out = await browser.post("/api/auth/signout", { form: { csrfToken, json: "true" }, maxRedirects: 0 });
    expectNoServerError(out, "sign-out");
    expect((await browser.get("/api/admin/me")).status()).toBe(401);
    expect((await copy.get("/api/admin/me")).status()).toBe(401);
    expect((await copy.get("/en/admin", { maxRedirects: 0 })).status()).toBe(307);
    await copy.dispose();
  } finally {
    await browser.dispose();
  }
});

test("callbackUrl vectors never send a signed-in browser to another site", async ({ playwright }) => {
  const browser = await playwright.request.newContext({ baseURL: BASE });
  try {
    expect((await signIn(browser, "consultant@sikc.test")).status()).toBeLessThan(400);
    for (const vector of [
      "/%09/evil.example/",
      "/%0a/evil.example/",
      "/%0d/evil.example/",
      "//evil.example/",
      "/\\evil.example/",
      "/%5Cevil.example/",
      "/.//evil.example/",
      "https://evil.example/",
      "javascript:alert(1)",
      "/%2F%2Fevil.example",
      "%2F%2Fevil.example",
      "/ /evil.example",
    ]) {
      const response = await browser.get(`/en/login?callbackUrl=${vector}`, { maxRedirects: 0 });
      expect(response.status(), vector).toBe(307);
      const location = response.headers()["location"]!;
      expect(new URL(location, origin).origin, `${vector} → ${location}`).toBe(origin);
      expect(location, vector).not.toMatch(/^\/\/|^\/\\/);
    }
    // next-auth's own redirect after a sign-in with a foreign callbackUrl
    const { csrfToken } = (await (await browser.get("/api/auth/csrf")).json()) as { csrfToken: string };
    const again = await browser.post("/api/auth/callback/credentials", {
      form: {
        csrfToken,
        email: "consultant@sikc.test",
        password: DEMO_PASSWORD,
        callbackUrl: "https://evil.example/",
        json: "true",
      },
      maxRedirects: 0,
    });
    const target =
      again.status() === 200 ? ((await again.json()) as { url: string }).url : again.headers()["location"]!;
    expect(new URL(target, origin).origin).toBe(origin);
  } finally {
    await browser.dispose();
  }
});
