// next-auth configuration.
//
// Sessions are JWTs in an HttpOnly cookie, not database sessions: next-auth v4
// supports the Credentials provider only with JWTs. What JWTs lack is
// revocation, so the jwt callback re-reads the user on every request (one
// indexed lookup) and drops the token when the account was disabled or its
// sessionVersion moved on ("sign out everywhere"). The role is refreshed the
// same way, so a role change takes effect on the next request.
import "server-only";
import type { AuthOptions } from "next-auth";
import type { JWT } from "next-auth/jwt";
import CredentialsProvider from "next-auth/providers/credentials";
import { staffAdapter } from "@/lib/auth/adapter";
import { signInLimitRules, verifyCredentials } from "@/lib/auth/credentials";
import { magicLinkProvider } from "@/lib/auth/magic-link";
import { writeAudit } from "@/lib/audit/write";
import { db } from "@/lib/db";
import { env, exportNextAuthUrl } from "@/lib/env";
import { hitRateLimits, rateLimitKey } from "@/lib/rate-limit";

exportNextAuthUrl();

/** Idle timeout: the cookie is re-issued whenever the staff UI refreshes the session. */
const SESSION_IDLE_SECONDS = 8 * 60 * 60;
/** However active, a session ends this long after signing in. */
export const SESSION_ABSOLUTE_MS = 24 * 60 * 60 * 1000;
/** Sign-in links per address per window; they are mails, so fewer than password tries. */
const MAGIC_LINK_LIMIT = { limit: 3, windowSeconds: 15 * 60 };

const LOGIN_PATH = "/login";

/** Error codes the sign-in page understands (`?error=` from next-auth). */
const rateLimitedError = (seconds: number) => `RateLimited-${seconds}`;

async function refreshToken(token: JWT): Promise<JWT> {
  if (!token.sub || token.sv === undefined || !token.authAt) return {};
  if (Date.now() - token.authAt > SESSION_ABSOLUTE_MS) return {};
  const user = await db.user.findUnique({
    where: { id: token.sub },
    select: { email: true, name: true, role: true, active: true, sessionVersion: true },
  });
  if (!user || !user.active || user.sessionVersion !== token.sv) return {};
  return { ...token, email: user.email, name: user.name, role: user.role };
}

/** Options for one request; `ip` feeds the rate limits and the audit log. */
export function buildAuthOptions(ctx: { ip: string | null } = { ip: null }): AuthOptions {
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
          if (result.ok) return result.user;
          // A thrown message reaches the sign-in page as ?error=…
          if (result.error === "rate_limited") throw new Error(rateLimitedError(result.retryAfterSeconds));
          return null;
        },
      }),
      magicLinkProvider,
    ],
    callbacks: {
      async signIn({ user, account, email }) {
        if (account?.provider !== "email") return true;
        if (email?.verificationRequest) {
          const address = user.email ?? "";
          const limit = await hitRateLimits([
            { key: rateLimitKey("magiclink:account", address), ...MAGIC_LINK_LIMIT },
            ...signInLimitRules(null, ctx.ip),
          ]);
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
          return { ...token, sub: user.id, role: fresh.role, sv: fresh.sessionVersion, authAt: Date.now() };
        }
        return refreshToken(token);
      },
      async session({ session, token }) {
        if (!token.sub || !token.role || !token.email) return { expires: session.expires };
        return { ...session, user: { id: token.sub, email: token.email, name: token.name ?? null, role: token.role } };
      },
    },
    events: {
      // Password sign-ins are audited in verifyCredentials, next to the failures.
      async signIn({ user, account }) {
        if (account?.provider !== "email") return;
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
