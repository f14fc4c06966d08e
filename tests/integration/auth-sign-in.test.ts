import { afterEach, describe, expect, it } from "vitest";
import type { JWT } from "next-auth/jwt";
import { staffAdapter } from "@/lib/auth/adapter";
import { SIGN_IN_LIMITS, verifyCredentials } from "@/lib/auth/credentials";
import { sendSignInLink } from "@/lib/auth/magic-link";
import { buildAuthOptions, SESSION_ABSOLUTE_MS } from "@/lib/auth/options";
import { db } from "@/lib/db";
import { setMailTransport } from "@/lib/mail/transport";
import type { ParsedMailMessage } from "@/lib/mail/message";
import { DEMO_PASSWORD } from "@/prisma/seed/users";

const ip = (n: number) => `198.51.100.${n}`;
const callbacks = buildAuthOptions().callbacks!;

afterEach(async () => {
  await db.rateLimit.deleteMany();
  setMailTransport(null);
});

describe("password sign-in (Credentials authorize logic)", () => {
  it("signs in a demo user, records the sign-in, never the password", async () => {
    const result = await verifyCredentials({ email: " Editor@SIKC.test ", password: DEMO_PASSWORD }, { ip: ip(1) });
    expect(result).toMatchObject({ ok: true, user: { email: "editor@sikc.test", role: "EDITOR" } });
    const user = await db.user.findUniqueOrThrow({ where: { email: "editor@sikc.test" } });
    expect(user.lastLoginAt).not.toBeNull();
    const entry = await db.auditLog.findFirstOrThrow({
      where: { action: "sign_in", entityId: user.id },
      orderBy: { at: "desc" },
    });
    expect(entry).toMatchObject({ actorId: user.id, ip: ip(1), changes: { method: "password" } });
  });

  it("refuses a wrong password with a generic error and audits the failure without the password", async () => {
    const result = await verifyCredentials({ email: "admin@sikc.test", password: "wrong-password-123" }, { ip: ip(2) });
    expect(result).toEqual({ ok: false, error: "invalid" });
    const entry = await db.auditLog.findFirstOrThrow({
      where: { action: "sign_in_failed", actorEmail: "admin@sikc.test" },
    });
    expect(entry.changes).toEqual({ method: "password", reason: "wrong_password" });
    const all = await db.auditLog.findMany();
    expect(JSON.stringify(all)).not.toContain("wrong-password-123");
  });

  it("refuses an inactive user even with the right password", async () => {
    await db.user.update({ where: { email: "consultant@sikc.test" }, data: { active: false } });
    try {
      expect(
        await verifyCredentials({ email: "consultant@sikc.test", password: DEMO_PASSWORD }, { ip: ip(3) }),
      ).toEqual({ ok: false, error: "invalid" });
      const entry = await db.auditLog.findFirstOrThrow({
        where: { action: "sign_in_failed", actorEmail: "consultant@sikc.test" },
        orderBy: { at: "desc" },
      });
      expect(entry.changes).toEqual({ method: "password", reason: "inactive" });
    } finally {
      await db.user.update({ where: { email: "consultant@sikc.test" }, data: { active: true } });
    }
  });

  it("answers an unknown account exactly like a wrong password", async () => {
    expect(await verifyCredentials({ email: "nobody@sikc.test", password: "whatever-123" }, { ip: ip(4) })).toEqual({
      ok: false,
      error: "invalid",
    });
    expect(await verifyCredentials({ email: "not an e-mail", password: "x" }, { ip: ip(4) })).toEqual({
      ok: false,
      error: "invalid",
    });
  });

  it("limits attempts per account: the 6th within the window is refused even with the right password", async () => {
    for (let i = 0; i < SIGN_IN_LIMITS.account.limit; i++) {
      expect(await verifyCredentials({ email: "admin@sikc.test", password: `guess-${i}` }, { ip: ip(10 + i) })).toEqual(
        { ok: false, error: "invalid" },
      );
    }
    const blocked = await verifyCredentials({ email: "admin@sikc.test", password: DEMO_PASSWORD }, { ip: ip(20) });
    expect(blocked).toMatchObject({ ok: false, error: "rate_limited" });
    expect(blocked.ok === false && blocked.error === "rate_limited" && blocked.retryAfterSeconds).toBeGreaterThan(0);
  });

  it("limits attempts per IP across accounts", async () => {
    for (let i = 0; i < SIGN_IN_LIMITS.ip.limit; i++) {
      await verifyCredentials({ email: `spray-${i}@sikc.test`, password: "guess-guess" }, { ip: ip(99) });
    }
    expect(
      await verifyCredentials({ email: "editor@sikc.test", password: DEMO_PASSWORD }, { ip: ip(99) }),
    ).toMatchObject({ error: "rate_limited" });
    expect(
      await verifyCredentials({ email: "editor@sikc.test", password: DEMO_PASSWORD }, { ip: ip(98) }),
    ).toMatchObject({ ok: true });
  });

  it("forgets an account's failed attempts after a successful sign-in", async () => {
    for (let i = 0; i < SIGN_IN_LIMITS.account.limit - 1; i++)
      await verifyCredentials({ email: "editor@sikc.test", password: "nope-nope" }, { ip: ip(30) });
    expect(
      await verifyCredentials({ email: "editor@sikc.test", password: DEMO_PASSWORD }, { ip: ip(30) }),
    ).toMatchObject({ ok: true });
    expect(await verifyCredentials({ email: "editor@sikc.test", password: "nope-nope" }, { ip: ip(30) })).toEqual({
      ok: false,
      error: "invalid",
    });
  });
});

describe("session token (jwt callback)", () => {
  async function signedInToken(email: string): Promise<JWT> {
    const user = await db.user.findUniqueOrThrow({ where: { email } });
    const account = { providerAccountId: user.id, type: "credentials" as const, provider: "credentials" };
    return callbacks.jwt!({
      token: { sub: user.id, email },
      user: { ...user, emailVerified: null },
      account,
      trigger: "signIn",
    });
  }
  const refresh = (token: JWT) => callbacks.jwt!({ token, user: undefined as never, account: null });

  it("carries the role and stays valid while the account is unchanged", async () => {
    const token = await signedInToken("editor@sikc.test");
    expect(token).toMatchObject({ role: "EDITOR", sv: 0 });
    expect(await refresh(token)).toMatchObject({ sub: token.sub, role: "EDITOR" });
  });

  it("is refused after sign-out everywhere, deactivation, or the absolute lifetime", async () => {
    const token = await signedInToken("consultant@sikc.test");
    expect(await refresh({ ...token, authAt: Date.now() - SESSION_ABSOLUTE_MS - 1000 })).toEqual({});
    await db.user.update({ where: { id: token.sub! }, data: { sessionVersion: { increment: 1 } } });
    expect(await refresh(token)).toEqual({});
    const fresh = await signedInToken("consultant@sikc.test");
    await db.user.update({ where: { id: fresh.sub! }, data: { active: false } });
    expect(await refresh(fresh)).toEqual({});
    await db.user.update({ where: { id: fresh.sub! }, data: { active: true } });
  });

  it("picks up a role change on the next request", async () => {
    const token = await signedInToken("editor@sikc.test");
    await db.user.update({ where: { id: token.sub! }, data: { role: "CONSULTANT" } });
    expect(await refresh(token)).toMatchObject({ role: "CONSULTANT" });
    await db.user.update({ where: { id: token.sub! }, data: { role: "EDITOR" } });
  });

  it("exposes no user in the session once the token is refused", async () => {
    const session = await callbacks.session!({
      session: { expires: "x" },
      token: {},
      user: undefined as never,
      newSession: undefined,
      trigger: "update",
    });
    expect(session).toEqual({ expires: "x" });
  });
});

describe("sign-in link", () => {
  it("mails active staff only, and never creates an account", async () => {
    const sent: ParsedMailMessage[] = [];
    setMailTransport({ send: async (m) => (sent.push(m), { messageId: "test" }) });
    const params = { token: "t", expires: new Date(Date.now() + 60_000), provider: {} as never, theme: {} };
    await sendSignInLink({
      ...params,
      identifier: "editor@sikc.test",
      url: "http://localhost:3000/api/auth/callback/email?token=t",
    });
    await sendSignInLink({ ...params, identifier: "nobody@sikc.test", url: "http://localhost:3000/x" });
    expect(sent).toHaveLength(1);
    expect(sent[0]!.to).toEqual([{ address: "editor@sikc.test" }]);
    expect(sent[0]!.text).toContain("callback/email?token=t");
    await expect(Promise.resolve(staffAdapter.createUser!({ email: "x@y.lv", emailVerified: null }))).rejects.toThrow(
      /administrators/,
    );
    expect(
      await callbacks.signIn!({
        user: { id: "nobody@sikc.test", email: "nobody@sikc.test" },
        account: { provider: "email", type: "email", providerAccountId: "nobody@sikc.test" },
      }),
    ).toBe(false);
    expect(
      await callbacks.signIn!({
        user: { id: "e", email: "editor@sikc.test" },
        account: { provider: "email", type: "email", providerAccountId: "editor@sikc.test" },
      }),
    ).toBe(true);
  });

  it("limits link requests per address", async () => {
    const request = () =>
      callbacks.signIn!({
        user: { id: "a", email: "admin@sikc.test" },
        account: { provider: "email", type: "email", providerAccountId: "admin@sikc.test" },
        email: { verificationRequest: true },
      });
    expect(await request()).toBe(true);
    expect(await request()).toBe(true);
    expect(await request()).toBe(true);
    expect(await request()).toMatch(/\/login\?error=RateLimited-\d+$/);
  });

  it("uses a link once", async () => {
    await staffAdapter.createVerificationToken!({
      identifier: "editor@sikc.test",
      token: "hashed-token",
      expires: new Date(Date.now() + 60_000),
    });
    const [a, b] = await Promise.all([
      staffAdapter.useVerificationToken!({ identifier: "editor@sikc.test", token: "hashed-token" }),
      staffAdapter.useVerificationToken!({ identifier: "editor@sikc.test", token: "hashed-token" }),
    ]);
    expect([a, b].filter(Boolean)).toHaveLength(1);
  });

  it("leaves a link for another address in place: a token presented with the wrong e-mail neither signs in nor burns it", async () => {
    await staffAdapter.createVerificationToken!({
      identifier: "editor@sikc.test",
      token: "token-for-editor",
      expires: new Date(Date.now() + 60_000),
    });
    expect(
      await staffAdapter.useVerificationToken!({ identifier: "admin@sikc.test", token: "token-for-editor" }),
    ).toBeNull();
    const used = await staffAdapter.useVerificationToken!({
      identifier: "editor@sikc.test",
      token: "token-for-editor",
    });
    expect(used).toMatchObject({ identifier: "editor@sikc.test", token: "token-for-editor" });
  });
});
