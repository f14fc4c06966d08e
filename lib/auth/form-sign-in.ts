// Password sign-in for a browser without JavaScript. next-auth's own POST
// endpoint needs a CSRF token fetched by script and answers with redirects to
// NEXTAUTH_URL's host; this takes the plain form post instead, checks the
// credentials exactly as the Credentials provider does (verifyCredentials:
// rate limits, audit), and issues next-auth's own session cookie, built by the
// same jwt callback and encoder, so the session is indistinguishable.
import "server-only";
import type { User } from "next-auth";
import { encode } from "next-auth/jwt";
import { verifyCredentials } from "@/lib/auth/credentials";
import { buildAuthOptions } from "@/lib/auth/options";
import { env } from "@/lib/env";

export type FormSignIn =
  { ok: true; cookie: { name: string; value: string; maxAge: number; secure: boolean } } | { ok: false; error: string };

export async function signInFromForm(
  input: { email: unknown; password: unknown },
  ip: string | null,
): Promise<FormSignIn> {
  const result = await verifyCredentials(input, { ip });
  // the codes next-auth puts in ?error= for the same outcomes (lib/auth/sign-in-errors.ts)
  if (!result.ok)
    return {
      ok: false,
      error: result.error === "rate_limited" ? `RateLimited-${result.retryAfterSeconds}` : "CredentialsSignin",
    };
  const options = buildAuthOptions({ ip });
  const user: User = { id: result.user.id, email: result.user.email, name: result.user.name };
  const token = await options.callbacks!.jwt!({
    token: { sub: user.id, email: user.email, name: user.name },
    user,
    account: { provider: "credentials", type: "credentials", providerAccountId: user.id },
    trigger: "signIn",
  });
  const maxAge = options.session?.maxAge ?? 8 * 60 * 60;
  if (!options.secret) throw new Error("AUTH_SECRET is not set: sessions cannot be signed");
  const secure = env.PUBLIC_URL.startsWith("https://");
  return {
    ok: true,
    cookie: {
      name: `${secure ? "__Secure-" : ""}next-auth.session-token`,
      value: await encode({ token, secret: options.secret, maxAge }),
      maxAge,
      secure,
    },
  };
}
