// Signed links that need no account and store nothing: "<id>.<version>.<mac>".
// The token names a record and a version of it (bumped when the link must
// die: a cancelled consultation, a new decision on a submission), so it
// cannot be guessed, re-pointed at another record or reused after the bump.
import { hmac, sameMac, serverSecret } from "./secret";

export type TokenClaims = { id: string; version: number };

/** What each kind of link signs; a token of one purpose never verifies as another. */
export const TOKEN_PURPOSE = {
  consultation: "sikc:consultation-link:v1",
  submissionRevise: "sikc:submission-revise:v1",
  supporterReport: "sikc:supporter-report:v1",
} as const;
type Purpose = (typeof TOKEN_PURPOSE)[keyof typeof TOKEN_PURPOSE];

const TOKEN = /^([A-Za-z0-9_-]{1,64})\.(\d{1,15})\.([A-Za-z0-9_-]{43})$/;

export function signToken(purpose: Purpose, claims: TokenClaims, secret = serverSecret()): string {
  return `${claims.id}.${claims.version}.${hmac(purpose, [claims.id, claims.version], secret)}`;
}

/** The claims when the signature is right; says nothing yet about the record's state. */
export function verifyToken(purpose: Purpose, token: unknown, secret = serverSecret()): TokenClaims | null {
  if (typeof token !== "string") return null;
  const match = TOKEN.exec(token);
  if (!match) return null;
  const [, id, versionText, signature] = match as unknown as [string, string, string, string];
  const version = Number(versionText);
  return sameMac(signature, hmac(purpose, [id, version], secret)) ? { id, version } : null;
}
