// Sends a new (or locked-out) staff member the same one-time sign-in link the
// sign-in page's "send me a link" form sends, without them asking: the token
// is stored the way next-auth's e-mail provider stores it (sha256 of token +
// secret), so next-auth's own callback accepts it and our adapter deletes it
// on first use.
import "server-only";
import crypto from "node:crypto";
import { magicLinkProvider, sendSignInLink } from "@/lib/auth/magic-link";
import { db } from "@/lib/db";
import { env } from "@/lib/env";

/** An invitation waits longer than a self-requested link (15 minutes): the person may not be at their desk. */
const INVITE_LINK_MAX_AGE_SECONDS = 24 * 60 * 60;

/** False when it could not be sent (no AUTH_SECRET to sign with, or the mail failed); the account is unaffected. */
export async function sendInvitationLink(email: string): Promise<boolean> {
  // next-auth hashes with its secret; without a configured one it derives an
  // unguessable one of its own, and a token we store would never match.
  if (!env.AUTH_SECRET) return false;
  const token = crypto.randomBytes(32).toString("hex");
  const expires = new Date(Date.now() + INVITE_LINK_MAX_AGE_SECONDS * 1000);
  const hashed = crypto.createHash("sha256").update(`${token}${env.AUTH_SECRET}`).digest("hex");
  const params = new URLSearchParams({ callbackUrl: new URL("/admin", env.PUBLIC_URL).toString(), token, email });
  const url = `${new URL("/api/auth/callback/email", env.PUBLIC_URL).toString()}?${params}`;
  try {
    await db.verificationToken.create({ data: { identifier: email, token: hashed, expires } });
    await sendSignInLink({ identifier: email, token, expires, url, provider: magicLinkProvider, theme: {} });
    return true;
  } catch (error) {
    console.error("sign-in link for a staff account failed", error instanceof Error ? error.message : String(error));
    return false;
  }
}
