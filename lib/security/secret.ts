// The secret behind every signed link and form token (not sessions, which
// next-auth signs with AUTH_SECRET itself).
import crypto from "node:crypto";
import fs from "node:fs";
import { dataPath, env } from "@/lib/env";

let devSecret: string | undefined;

/**
 * AUTH_SECRET; outside production a random secret kept in DATA_DIR so links
 * survive restarts on a developer's machine without any configuration.
 */
export function serverSecret(): string {
  if (env.AUTH_SECRET) return env.AUTH_SECRET;
  if (env.NODE_ENV === "production") throw new Error("AUTH_SECRET is required in production (signed links)");
  if (devSecret) return devSecret;
  // the name predates the other uses; kept so that links already sent on a developer's machine stay valid
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

/** An HMAC-SHA256 of `parts` under `purpose` (domain separation: one secret, many uses). */
export function hmac(purpose: string, parts: readonly (string | number)[], secret = serverSecret()): string {
  return crypto
    .createHmac("sha256", secret)
    .update([purpose, ...parts].join(":"))
    .digest("base64url");
}

/** Constant-time comparison of two base64url MACs. */
export function sameMac(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}
