// Who may try how often to sign in, designed so that nobody can use the
// limits to lock a staff member out (OWASP's "device cookie" scheme):
// - a browser the account signed in from before carries a signed device
//   token for that account; its attempts have a budget of their own, which an
//   attacker (without the token) cannot spend;
// - every other attempt is limited per account and address, and per account
//   across all addresses (a slow, distributed guesser); a staff member on a
//   new device whom an attacker keeps out this way still has the sign-in link;
// - the per-address budget counts failures only: an office behind one
//   address does not lock itself out by signing in.
import "server-only";
import crypto from "node:crypto";
import { hmac, sameMac } from "@/lib/security/secret";
import { rateLimitKey, type RateLimitRule } from "@/lib/rate-limit";

const MINUTES_15 = 15 * 60;

export const SIGN_IN_LIMITS = {
  /** wrong passwords for one account from one address (no device token) */
  accountAddress: { limit: 5, windowSeconds: MINUTES_15 },
  /** wrong passwords for one account from all addresses together (no device token) */
  account: { limit: 20, windowSeconds: MINUTES_15 },
  /** wrong passwords from a browser that holds the account's device token */
  device: { limit: 5, windowSeconds: MINUTES_15 },
  /** failed sign-ins from one address, whatever the account */
  address: { limit: 20, windowSeconds: MINUTES_15 },
} as const;

/** Sign-in links are mails: fewer per window, and never blocked by password failures. */
export const LINK_LIMITS = {
  accountAddress: { limit: 3, windowSeconds: MINUTES_15 },
  account: { limit: 20, windowSeconds: 60 * 60 },
  device: { limit: 3, windowSeconds: MINUTES_15 },
  address: { limit: 10, windowSeconds: MINUTES_15 },
} as const;

export const DEVICE_COOKIE = "sikc-device";
export const DEVICE_MAX_AGE_SECONDS = 180 * 24 * 60 * 60;

/** How the device token is kept: sent to both sign-in routes (next-auth's /api/auth and the no-script /api/sign-in). */
export function deviceCookieOptions(secure: boolean) {
  return { httpOnly: true, sameSite: "lax", secure, path: "/api", maxAge: DEVICE_MAX_AGE_SECONDS } as const;
}
const DEVICE_PURPOSE = "sikc:sign-in-device:v1";
const DEVICE_TOKEN = /^([A-Za-z0-9_-]{22})\.(\d{1,15})\.([A-Za-z0-9_-]{43})$/;

/** A device token for `email`, set as a cookie after a successful sign-in. */
export function issueDeviceToken(email: string, now = Date.now()): string {
  const nonce = crypto.randomBytes(16).toString("base64url");
  return `${nonce}.${now}.${hmac(DEVICE_PURPOSE, [email.toLowerCase(), nonce, now])}`;
}

/** The token's id when it was issued to `email` and is still valid; null otherwise. */
export function deviceId(token: string | null | undefined, email: string, now = Date.now()): string | null {
  const match = token ? DEVICE_TOKEN.exec(token) : null;
  if (!match) return null;
  const [, nonce, issuedText, mac] = match as unknown as [string, string, string, string];
  const issued = Number(issuedText);
  if (issued > now + 60_000 || now - issued > DEVICE_MAX_AGE_SECONDS * 1000) return null;
  return sameMac(mac, hmac(DEVICE_PURPOSE, [email.toLowerCase(), nonce, issued])) ? nonce : null;
}

type Limits = typeof SIGN_IN_LIMITS | typeof LINK_LIMITS;
export type AttemptRules = {
  /** Counted for every attempt, checked before the password. */
  rules: RateLimitRule[];
  /** Forgotten after a success: this account's failures from this browser or address. */
  resetOnSuccess: string[];
  /** Given back after a success: the account's and the address's budgets count failures only. */
  refundOnSuccess: string[];
};

/** The rules for one attempt of `kind` ("signin" or "magiclink") for `email` from `ip` with `device`. */
export function attemptRules(
  kind: "signin" | "magiclink",
  email: string,
  ip: string | null,
  device: string | null,
): AttemptRules {
  const limits: Limits = kind === "signin" ? SIGN_IN_LIMITS : LINK_LIMITS;
  const rules: RateLimitRule[] = [];
  const resetOnSuccess: string[] = [];
  const refundOnSuccess: string[] = [];
  const trusted = deviceId(device, email);
  if (trusted) {
    const key = rateLimitKey(`${kind}:device`, trusted);
    rules.push({ key, ...limits.device });
    resetOnSuccess.push(key);
  } else {
    const accountKey = rateLimitKey(`${kind}:account`, email);
    rules.push({ key: accountKey, ...limits.account });
    refundOnSuccess.push(accountKey);
    // an unknown address (a proxy set-up that hides it, see client-ip.ts) would make these one global budget
    if (ip) {
      const key = rateLimitKey(`${kind}:account-address`, email, ip);
      rules.push({ key, ...limits.accountAddress });
      resetOnSuccess.push(key);
    }
  }
  if (ip) {
    const key = rateLimitKey(`${kind}:address`, ip);
    rules.push({ key, ...limits.address });
    refundOnSuccess.push(key);
  }
  return { rules, resetOnSuccess, refundOnSuccess };
}
