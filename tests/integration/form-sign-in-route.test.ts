// The no-JavaScript sign-in route (/api/sign-in) holds to the same rules as
// next-auth's Credentials route: callback paths stay on the site, cross-site
// posts are refused, and a browser the account signed in from before keeps
// its own budget, which an attacker spending the account's cannot touch.
import { afterEach, describe, expect, it, vi } from "vitest";
import { NextRequest } from "next/server";
import { POST } from "@/app/api/sign-in/route";
import { SIGN_IN_LIMITS } from "@/lib/auth/sign-in-limits";
import { db } from "@/lib/db";
import { DEMO_PASSWORD } from "@/prisma/seed/users";

vi.hoisted(() => {
  // sessions are signed with the secret next-auth uses; give the run one
  process.env.AUTH_SECRET ??= "form-sign-in-secret-form-sign-in-secret";
});

afterEach(async () => {
  await db.rateLimit.deleteMany();
});

function signIn(fields: Record<string, string>, headers: Record<string, string> = {}) {
  const body = new URLSearchParams({ locale: "en", ...fields });
  return POST(
    new NextRequest("http://localhost:3000/api/sign-in", {
      method: "POST",
      body,
      headers: {
        "content-type": "application/x-www-form-urlencoded",
        host: "localhost:3000",
        origin: "http://localhost:3000",
        "sec-fetch-site": "same-origin",
        ...headers,
      },
    }),
  );
}

/** The cookies a response sets, by name: value and attributes. */
function setCookies(response: Response): Map<string, string> {
  return new Map(
    response.headers.getSetCookie().map((cookie) => [cookie.slice(0, cookie.indexOf("=")), cookie] as const),
  );
}

describe("POST /api/sign-in", () => {
  it("signs in and hands the browser a device token the route reads back, like next-auth's route", async () => {
    const response = await signIn({ email: "editor@sikc.test", password: DEMO_PASSWORD, callbackUrl: "/en/admin" });
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("/en/admin");
    const cookies = setCookies(response);
    expect(cookies.get("next-auth.session-token")).toMatch(/HttpOnly/);
    const device = cookies.get("sikc-device");
    expect(device).toMatch(/HttpOnly/);
    // sent to both sign-in routes, next-auth's and this one
    expect(device).toMatch(/Path=\/api(;|$)/);
  });

  it("an attacker spending the account's budget does not lock out a browser that signed in here before", async () => {
    const first = await signIn({ email: "consultant@sikc.test", password: DEMO_PASSWORD });
    const device = setCookies(first).get("sikc-device")!.split(";")[0]!;
    for (let i = 0; i < SIGN_IN_LIMITS.account.limit + 1; i++)
      await signIn({ email: "consultant@sikc.test", password: `wrong-${i}` });
    // without the device token, the right password waits too
    const stranger = await signIn({ email: "consultant@sikc.test", password: DEMO_PASSWORD });
    expect(stranger.headers.get("location")).toMatch(/error=RateLimited-\d+/);
    const owner = await signIn({ email: "consultant@sikc.test", password: DEMO_PASSWORD }, { cookie: device });
    expect(owner.headers.get("location")).toBe("/en/admin");
    expect(setCookies(owner).has("next-auth.session-token")).toBe(true);
  });

  it("keeps the callback on the site, whatever the browser would make of it", async () => {
    for (const callbackUrl of [
      "/\t/evil.example/",
      "/\n/evil.example/",
      "//evil.example/",
      "/\\evil.example",
      "https://evil.example/",
    ]) {
      const response = await signIn({ email: "editor@sikc.test", password: DEMO_PASSWORD, callbackUrl });
      expect(response.headers.get("location"), callbackUrl).toBe("/en/admin");
    }
  });

  it("refuses a post from another site, and a wrong password goes back to the form with the reason", async () => {
    const crossSite = await signIn(
      { email: "editor@sikc.test", password: DEMO_PASSWORD },
      { origin: "https://evil.example", "sec-fetch-site": "cross-site" },
    );
    expect(crossSite.status).toBe(403);
    expect(setCookies(crossSite).size).toBe(0);
    const wrong = await signIn({ email: "editor@sikc.test", password: "not-the-password" });
    expect(wrong.headers.get("location")).toMatch(/^\/en\/login\?error=CredentialsSignin/);
    expect(setCookies(wrong).size).toBe(0);
  });
});
