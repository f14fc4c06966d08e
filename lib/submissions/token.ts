// Signed "revise your submission" links, sent when an editor asks for
// changes: no account, nothing stored. The token names the submission and the
// moment of that request (reviewedAt), signed with the portal's link secret,
// so it cannot be re-pointed at another submission and dies with the next
// decision on it.
import crypto from "node:crypto";
import { linkSecret } from "@/lib/consultations/token";

// Domain separation: the same secret signs consultation links and sessions.
const PURPOSE = "sikc:submission-revise:v1";

export type ReviseClaims = { submissionId: string; version: number };

const mac = (id: string, version: number, secret: string) =>
  crypto.createHmac("sha256", secret).update(`${PURPOSE}:${id}:${version}`).digest("base64url");

export function signReviseToken(claims: ReviseClaims, secret = linkSecret()): string {
  return `${claims.submissionId}.${claims.version}.${mac(claims.submissionId, claims.version, secret)}`;
}

/** The claims when the signature is right; says nothing yet about the submission's state. */
export function verifyReviseToken(token: unknown, secret = linkSecret()): ReviseClaims | null {
  if (typeof token !== "string") return null;
  const match = /^([A-Za-z0-9_-]{1,64})\.(\d{1,15})\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!match) return null;
  const [, submissionId, versionText, signature] = match as unknown as [string, string, string, string];
  const version = Number(versionText);
  const expected = Buffer.from(mac(submissionId, version, secret));
  const given = Buffer.from(signature);
  return given.length === expected.length && crypto.timingSafeEqual(given, expected) ? { submissionId, version } : null;
}
