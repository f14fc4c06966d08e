import bcrypt from "bcryptjs";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { JWT } from "next-auth/jwt";
import { staffAdapter } from "@/lib/auth/adapter";
import { verifyCredentials } from "@/lib/auth/credentials";
import { sendSignInLink } from "@/lib/auth/magic-link";
import { buildAuthOptions, SESSION_ABSOLUTE_MS } from "@/lib/auth/options";
import {
  DEVICE_MAX_AGE_SECONDS,
  deviceId,
  issueDeviceToken,
  LINK_LIMITS,
  SIGN_IN_LIMITS,
} from "@/lib/auth/sign-in-limits";
import { db } from "@/lib/db";
import { createStaffUser } from "@/lib/users/write";
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

  it("compares an unknown account against a hash of the same cost as a real one (no timing oracle)", async () => {
    const admin = await db.user.findUniqueOrThrow({ where: { email: "admin@sikc.test" } });
    const created = await createStaffUser(admin, {
      email: "timing@sikc.test",
      name: "Timing Check",
      role: "EDITOR",
      access: "password",
      password: "Correct-Horse-Battery-9",
    });
    expect(created.ok).toBe(true);
    const compare = vi.spyOn(bcrypt, "compare");
    try {
      await verifyCredentials({ email: "timing@sikc.test", password: "wrong-password-1" }, { ip: ip(5) });
      await verifyCredentials({ email: "nobody-here@sikc.test", password: "wrong-password-1" }, { ip: ip(6) });
      const [known, unknown] = compare.mock.calls.map(([, hash]) => bcrypt.getRounds(String(hash)));
      expect(known).toBeGreaterThanOrEqual(12);
      expect(unknown).toBe(known);
    } finally {
      compare.mockRestore();
    }
  });

  it("five wrong passwords from one address lock that address out of the account, and nobody else", async () => {
    for (let i = 0; i < SIGN_IN_LIMITS.accountAddress.limit; i++) {
      expect(await verifyCredentials({ email: "admin@sikc.test", password: `guess-${i}` }, { ip: ip(10) })).toEqual({
        ok: false,
        error: "invalid",
      });
    }
    const blocked = await verifyCredentials({ email: "admin@sikc.test", password: DEMO_PASSWORD }, { ip: ip(10) });
    expect(blocked).toMatchObject({ ok: false, error: "rate_limited" });
    expect(blocked.ok === false && blocked.error === "rate_limited" && blocked.retryAfterSeconds).toBeGreaterThan(0);
    // the staff member at another address signs in as usual
    expect(
      await verifyCredentials({ email: "admin@sikc.test", password: DEMO_PASSWORD }, { ip: ip(11) }),
    ).toMatchObject({ ok: true });
  }, 120_000);

  it("an attacker rotating addresses cannot lock out a browser the account signed in from before", async () => {
    const device = issueDeviceToken("admin@sikc.test");
    for (let i = 0; i < SIGN_IN_LIMITS.account.limit + 5; i++)
      await verifyCredentials({ email: "admin@sikc.test", password: `guess-${i}` }, { ip: ip(100 + i) });
    // a new browser at a new address waits (the distributed guesser is slowed down)…
    expect(
      await verifyCredentials({ email: "admin@sikc.test", password: DEMO_PASSWORD }, { ip: ip(200) }),
    ).toMatchObject({ ok: false, error: "rate_limited" });
    // …but the staff member's own browser is not, and another account's token does not count
    expect(
      await verifyCredentials(
        { email: "admin@sikc.test", password: DEMO_PASSWORD },
        { ip: ip(200), device: issueDeviceToken("editor@sikc.test") },
      ),
    ).toMatchObject({ ok: false, error: "rate_limited" });
    expect(
      await verifyCredentials({ email: "admin@sikc.test", password: DEMO_PASSWORD }, { ip: ip(200), device }),
    ).toMatchObject({ ok: true });
  }, 120_000);

  it("trusts a device token only for its own account, unaltered and within its lifetime", () => {
    const now = Date.now();
    const token = issueDeviceToken("Admin@SIKC.test", now);
    expect(deviceId(token, "admin@sikc.test", now)).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(deviceId(token, "editor@sikc.test", now)).toBeNull();
    expect(deviceId(token, "admin@sikc.test", now + DEVICE_MAX_AGE_SECONDS * 1000 + 1)).toBeNull();
    const [nonce, issued, mac] = token.split(".");
    expect(deviceId(`${nonce}.${Number(issued) + 1}.${mac}`, "admin@sikc.test", now)).toBeNull();
    expect(deviceId("garbage", "admin@sikc.test", now)).toBeNull();
  });

  it("successful sign-ins do not spend the address's budget", async () => {
    for (let i = 0; i < SIGN_IN_LIMITS.address.limit + 2; i++) {
      expect(
        await verifyCredentials({ email: "editor@sikc.test", password: DEMO_PASSWORD }, { ip: ip(40) }),
      ).toMatchObject({ ok: true });
    }
    expect(await verifyCredentials({ email: "editor@sikc.test", password: "nope-nope" }, { ip: ip(40) })).toEqual({
      ok: false,
      error: "invalid",
    });
  }, 120_000);

  it("limits failed attempts per address across accounts", async () => {
    // accounts of their own, with cheap hashes: the test is about counting, not hashing
    const hash = bcrypt.hashSync("the-real-one", 4);
    await db.user.createMany({
      data: Array.from({ length: SIGN_IN_LIMITS.address.limit }, (_, i) => ({
        email: `spray-${i}@sikc.test`,
        passwordHash: hash,
      })),
    });
    for (let i = 0; i < SIGN_IN_LIMITS.address.limit; i++) {
      await verifyCredentials({ email: `spray-${i}@sikc.test`, password: "guess-guess" }, { ip: ip(99) });
    }
    expect(
      await verifyCredentials({ email: "editor@sikc.test", password: DEMO_PASSWORD }, { ip: ip(99) }),
    ).toMatchObject({ error: "rate_limited" });
    expect(
      await verifyCredentials({ email: "editor@sikc.test", password: DEMO_PASSWORD }, { ip: ip(98) }),
    ).toMatchObject({ ok: true });
  }, 120_000);

  it("forgets an account's failed attempts after a successful sign-in", async () => {
    for (let i = 0; i < SIGN_IN_LIMITS.accountAddress.limit - 1; i++)
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

  it("is refused on the next request once that session signed out, while another session lives on", async () => {
    const token = await signedInToken("editor@sikc.test");
    const other = await signedInToken("editor@sikc.test");
    expect(await refresh(token)).toMatchObject({ role: "EDITOR" });
    await buildAuthOptions().events!.signOut!({ token, session: undefined as never });
    expect(await refresh(token)).toEqual({});
    expect(await refresh(other)).toMatchObject({ role: "EDITOR" });
  });

  it("ends every session row with sign out everywhere", async () => {
    const token = await signedInToken("consultant@sikc.test");
    expect(await db.session.count({ where: { userId: token.sub! } })).toBeGreaterThan(0);
    await db.user.update({ where: { id: token.sub! }, data: { sessionVersion: { increment: 1 } } });
    expect(await refresh(token)).toEqual({});
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

  it("limits link requests per account and address, and keeps the route open for the staff member", async () => {
    const request = (address: string, device: string | null = null) =>
      buildAuthOptions({ ip: address, device }).callbacks!.signIn!({
        user: { id: "a", email: "admin@sikc.test" },
        account: { provider: "email", type: "email", providerAccountId: "admin@sikc.test" },
        email: { verificationRequest: true },
      });
    for (let i = 0; i < LINK_LIMITS.accountAddress.limit; i++) expect(await request(ip(50))).toBe(true);
    expect(await request(ip(50))).toMatch(/\/login\?error=RateLimited-\d+$/);
    expect(await request(ip(51))).toBe(true);
    // password failures do not close the link route
    for (let i = 0; i < SIGN_IN_LIMITS.account.limit + 1; i++)
      await verifyCredentials({ email: "admin@sikc.test", password: `guess-${i}` }, { ip: ip(150 + i) });
    expect(await request(ip(52))).toBe(true);
    // nor do other addresses' link requests close it for a browser that signed in before
    for (let i = 0; i < LINK_LIMITS.account.limit; i++) await request(ip(60 + i));
    expect(await request(ip(53))).toMatch(/RateLimited/);
    expect(await request(ip(53), issueDeviceToken("admin@sikc.test"))).toBe(true);
  }, 120_000);

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
