// Demo staff, one per role, for development and tests only (the seed refuses
// to run in production). Their password is documented in the README.
import bcrypt from "bcryptjs";
import type { Role } from "@/generated/prisma/client";
import type { SeedDb } from "./types";

export const DEMO_PASSWORD = "sikc-demo-2026";
// Below the cost of real accounts (lib/auth/password-hash.ts): the demo accounts
// exist only outside production, and the tests sign them in hundreds of times.
const DEMO_COST = 10;

export const DEMO_USERS: { email: string; name: string; role: Role }[] = [
  { email: "admin@sikc.test", name: "Demo Admin", role: "ADMIN" },
  { email: "editor@sikc.test", name: "Demo Editor", role: "EDITOR" },
  { email: "consultant@sikc.test", name: "Demo Consultant", role: "CONSULTANT" },
];

export async function seedDemoUsers(db: SeedDb): Promise<number> {
  const have = new Set((await db.user.findMany({ select: { email: true } })).map((u) => u.email));
  const todo = DEMO_USERS.filter((u) => !have.has(u.email));
  if (!todo.length) return 0;
  const passwordHash = await bcrypt.hash(DEMO_PASSWORD, DEMO_COST);
  await db.user.createMany({ data: todo.map((u) => ({ ...u, passwordHash, emailVerified: new Date() })) });
  return todo.length;
}
