// Staff password hashes: one cost for every hash the portal writes, and the
// same cost for the stand-in hash an unknown account is compared against, so
// that the answer's timing does not tell which e-mails have an account.
import crypto from "node:crypto";
import bcrypt from "bcryptjs";

const BCRYPT_COST = 12;

export const hashPassword = (password: string): Promise<string> => bcrypt.hash(password, BCRYPT_COST);

let dummyHash: Promise<string> | undefined;

/** Compares against the stored hash, or a random one of the same cost when there is none. */
export async function passwordMatches(password: string, hash: string | null | undefined): Promise<boolean> {
  const against = hash ?? (await (dummyHash ??= hashPassword(crypto.randomBytes(16).toString("hex"))));
  const matches = await bcrypt.compare(password, against);
  return matches && Boolean(hash);
}
