// Signed self-service links: no account, nothing stored. The token names its
// request and the request's tokenVersion and is signed with AUTH_SECRET, so it
// cannot be guessed, cannot be re-pointed at another request, and dies when
// the version is bumped (cancel, erase) or the request is closed.
import crypto from "node:crypto";
import fs from "node:fs";
import { dataPath, env } from "@/lib/env";

// Domain separation: the same AUTH_SECRET also signs sessions.
const PURPOSE = "sikc:consultation-link:v1";

export type TokenClaims = { requestId: string; version: number };

function mac(requestId: string, version: number, secret: string): string {
  return crypto.createHmac("sha256", secret).update(`${PURPOSE}:${requestId}:${version}`).digest("base64url");
}

export function signToken(claims: TokenClaims, secret: string): string {
  return `${claims.requestId}.${claims.version}.${mac(claims.requestId, claims.version, secret)}`;
}

/** The claims when the signature is right; says nothing yet about the request's state. */
export function verifyToken(token: string, secret: string): TokenClaims | null {
  const match = /^([a-z0-9]{1,64})\.(\d{1,9})\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!match) return null;
  const [, requestId, versionText, signature] = match as unknown as [string, string, string, string];
  const version = Number(versionText);
  const expected = Buffer.from(mac(requestId, version, secret));
  const given = Buffer.from(signature);
  return given.length === expected.length && crypto.timingSafeEqual(given, expected) ? { requestId, version } : null;
}

let devSecret: string | undefined;

/**
 * AUTH_SECRET; outside production a random secret kept in DATA_DIR so links
 * survive restarts on a developer's machine without any configuration.
 */
export function linkSecret(): string {
  if (env.AUTH_SECRET) return env.AUTH_SECRET;
  if (env.NODE_ENV === "production") throw new Error("AUTH_SECRET is required in production (consultation links)");
  if (devSecret) return devSecret;
  const file = dataPath("consultation-link-secret");
  if (!fs.existsSync(file)) {
    fs.mkdirSync(dataPath(), { recursive: true });
    try {
      // "wx": when several processes start at once, the first writer wins and the others read its secret
      fs.writeFileSync(file, crypto.randomBytes(32).toString("base64url"), { mode: 0o600, flag: "wx" });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
  }
  devSecret = fs.readFileSync(file, "utf8").trim();
  return devSecret;
}
