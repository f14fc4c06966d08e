// next-auth configuration.
//
// Sessions are JWTs in an HttpOnly cookie: next-auth v4 supports the
// Credentials provider only with JWTs. What JWTs lack is revocation, so each
// token names a Session row (created at sign-in, deleted at sign-out) and the
// jwt callback reads that row and its user on every request (one indexed
// lookup): the token is dropped once its row is gone (signed out), the
// account was disabled, or its sessionVersion moved on ("sign out
// everywhere"). The role is refreshed the same way, so a role change takes
// effect on the next request.
import "server-only";
import crypto from "node:crypto";
import type { AuthOptions } from "next-auth";
import type { JWT } from "next-auth/jwt";
import CredentialsProvider from "next-auth/providers/credentials";
import { staffAdapter } from "@/lib/auth/adapter";
import { verifyCredentials, type AttemptContext } from "@/lib/auth/credentials";
import { magicLinkProvider } from "@/lib/auth/magic-link";
import { safeCallbackPath } from "@/lib/auth/sign-in-errors";
import { attemptRules, issueDeviceToken } from "@/lib/auth/sign-in-limits";
import { writeAudit } from "@/lib/audit/write";
import { db } from "@/lib/db";
import { env, exportNextAuthUrl } from "@/lib/env";
import { hitRateLimits } from "@/lib/rate-limit";

exportNextAuthUrl();

/** Idle timeout: the cookie is re-issued whenever the staff UI refreshes the session. */
const SESSION_IDLE_SECONDS = 8 * 60 * 60;
/** However active, a session ends this long after signing in. */
export const SESSION_ABSOLUTE_MS = 24 * 60 * 60 * 1000;

const LOGIN_PATH = "/login";

/** Error codes the sign-in page understands (`?error=` from next-auth). */
const rateLimitedError = (seconds: number) => `RateLimited-${seconds}`;

/** Starts a session: its row is what sign-out deletes. Expired rows of the same user go at the same time. */
async function openSession(userId: string, now: number): Promise<string> {
  const sid = crypto.randomBytes(32).toString("base64url");
  await db.$transaction([
    db.session.deleteMany({ where: { userId, expires: { lt: new Date(now) } } }),
    db.session.create({ data: { sessionToken: sid, userId, expires: new Date(now + SESSION_ABSOLUTE_MS) } }),
  ]);
  return sid;
}

async function refreshToken(token: JWT): Promise<JWT> {
  if (!token.sub || !token.sid || token.sv === undefined || !token.authAt) return {};
  if (Date.now() - token.authAt > SESSION_ABSOLUTE_MS) return {};
  const session = await db.session.findUnique({
    where: { sessionToken: token.sid },
    select: {
      expires: true,
      user: { select: { id: true, email: true, name: true, role: true, active: true, sessionVersion: true } },
    },
  });
  const user = session?.user;
  if (!session || session.expires.getTime() <= Date.now() || !user || user.id !== token.sub) return {};
  if (!user.active || user.sessionVersion !== token.sv) return {};
  return { ...token, email: user.email, name: user.name, role: user.role };
}

/** The request around a sign-in (credentials.ts AttemptContext), and where a new device token goes. */
export type AuthRequestContext = AttemptContext & { issueDevice?: (token: string) => void };

/** Options for one request; `ip` and `device` feed the rate limits and the audit log. */
export function buildAuthOptions(ctx: AuthRequestContext = { ip: null }): AuthOptions {
  return {
    secret: env.AUTH_SECRET,
    adapter: staffAdapter,
    session: { strategy: "jwt", maxAge: SESSION_IDLE_SECONDS },
    pages: { signIn: LOGIN_PATH, error: LOGIN_PATH, verifyRequest: LOGIN_PATH },
    providers: [
      CredentialsProvider({
        credentials: { email: { type: "email" }, password: { type: "password" } },
        async authorize(credentials) {
          const result = await verifyCredentials(credentials, ctx);
          if (result.ok) {
            ctx.issueDevice?.(issueDeviceToken(result.user.email));
            return result.user;
          }
          // A thrown message reaches the sign-in page as ?error=…
          if (result.error === "rate_limited") throw new Error(rateLimitedError(result.retryAfterSeconds));
          return null;
        },
      }),
      magicLinkProvider,
    ],
    callbacks: {
      // Every redirect next-auth makes (after a sign-in link, sign-out) stays on the site.
      redirect({ url, baseUrl }) {
        const origin = new URL(baseUrl).origin;
        return `${origin}${safeCallbackPath(url.startsWith(origin) ? url.slice(origin.length) : url, "/")}`;
      },
      async signIn({ user, account, email }) {
        if (account?.provider !== "email") return true;
        if (email?.verificationRequest) {
          const address = (user.email ?? "").toLowerCase();
          const limit = await hitRateLimits(attemptRules("magiclink", address, ctx.ip, ctx.device ?? null).rules);
          if (!limit.allowed)
            return `${env.PUBLIC_URL}${LOGIN_PATH}?error=${rateLimitedError(limit.retryAfterSeconds)}`;
          return true;
        }
        // The link was used: only an existing, active staff account may come in.
        const staff = await db.user.findFirst({
          where: { email: user.email ?? "", active: true },
          select: { id: true },
        });
        return staff !== null;
      },
      async jwt({ token, user }) {
        if (user) {
          const fresh = await db.user.findUnique({
            where: { id: user.id },
            select: { sessionVersion: true, role: true },
          });
          if (!fresh) return {};
          const now = Date.now();
          const sid = await openSession(user.id, now);
          return { ...token, sub: user.id, sid, role: fresh.role, sv: fresh.sessionVersion, authAt: now };
        }
        return refreshToken(token);
      },
      async session({ session, token }) {
        if (!token.sub || !token.role || !token.email) return { expires: session.expires };
        return { ...session, user: { id: token.sub, email: token.email, name: token.name ?? null, role: token.role } };
      },
    },
    events: {
      // The token stops working on the next request, wherever a copy of the cookie is.
      async signOut({ token }) {
        if (token?.sid) await db.session.deleteMany({ where: { sessionToken: token.sid } });
      },
      // Password sign-ins are audited in verifyCredentials, next to the failures.
      async signIn({ user, account }) {
        if (account?.provider !== "email") return;
        if (user.email) ctx.issueDevice?.(issueDeviceToken(user.email));
        await db.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } });
        await writeAudit({
          action: "sign_in",
          entityType: "User",
          entityId: user.id,
          actorId: user.id,
          actorEmail: user.email,
          changes: { method: "email" },
          ip: ctx.ip,
        });
      },
    },
  };
}

/** For getServerSession(); the request's IP only matters while signing in. */
export const authOptions: AuthOptions = buildAuthOptions();
