// The slice of a next-auth adapter the magic-link provider needs. Written by
// hand (rather than @auth/prisma-adapter) because staff accounts are created
// only by admins: this adapter can find users and store one-time tokens, but
// never creates a user or links an account.
import "server-only";
import type { Adapter, AdapterUser } from "next-auth/adapters";
import { db } from "@/lib/db";
import { Prisma } from "@/generated/prisma/client";

const userColumns = { id: true, email: true, name: true, emailVerified: true, image: true } as const;

async function activeUser(where: { id: string } | { email: string }): Promise<AdapterUser | null> {
  const user = await db.user.findFirst({ where: { ...where, active: true }, select: userColumns });
  return user;
}

export const staffAdapter: Adapter = {
  getUser: (id) => activeUser({ id }),
  getUserByEmail: (email) => activeUser({ email: email.toLowerCase() }),
  getUserByAccount: async () => null,
  // Only called after a magic link was used: records that the address works.
  updateUser: async ({ id }) =>
    db.user.update({ where: { id }, data: { emailVerified: new Date() }, select: userColumns }),
  createUser: async () => {
    const error = new Error("Staff accounts are created by administrators only");
    error.name = "CreateUserError";
    throw error;
  },
  createVerificationToken: async (token) => db.verificationToken.create({ data: token }),
  // Deleting while reading makes each link single-use, even under a double
  // click: of two concurrent deletes only one gets the row back. The address
  // is part of the key, so a token presented with another address is left in
  // place for its owner instead of being burnt.
  useVerificationToken: async ({ identifier, token }) => {
    try {
      return await db.verificationToken.delete({ where: { identifier_token: { identifier, token } } });
    } catch (error) {
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2025") return null;
      throw error;
    }
  },
};
