// Reads for the staff-account screens (ADMIN only; pages check users:manage).
import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/generated/prisma/client";
import { OWNERSHIP_COUNT, type Ownership } from "./rules";
import type { UserFilters } from "./schema";

export const USERS_PAGE_SIZE = 50;

const listSelect = {
  id: true, email: true, name: true, role: true, active: true, lastLoginAt: true, createdAt: true,
} satisfies Prisma.UserSelect;

export type UserRow = Prisma.UserGetPayload<{ select: typeof listSelect }>;

export function userWhere(filters: UserFilters): Prisma.UserWhereInput {
  const q = filters.q.trim();
  return {
    ...(q ? { OR: [{ name: { contains: q, mode: "insensitive" } }, { email: { contains: q, mode: "insensitive" } }] } : {}),
    ...(filters.role ? { role: filters.role } : {}),
    ...(filters.state ? { active: filters.state === "active" } : {}),
  };
}

export async function listUsers(filters: UserFilters, page = 1): Promise<{ rows: UserRow[]; total: number; page: number; pageCount: number }> {
  const where = userWhere(filters);
  const [rows, total] = await Promise.all([
    db.user.findMany({
      where,
      orderBy: [{ active: "desc" }, { name: { sort: "asc", nulls: "last" } }, { email: "asc" }],
      skip: (page - 1) * USERS_PAGE_SIZE,
      take: USERS_PAGE_SIZE,
      select: listSelect,
    }),
    db.user.count({ where }),
  ]);
  return { rows, total, page, pageCount: Math.max(1, Math.ceil(total / USERS_PAGE_SIZE)) };
}

const detailSelect = { ...listSelect, emailVerified: true, updatedAt: true } satisfies Prisma.UserSelect;

export type UserDetail = Prisma.UserGetPayload<{ select: typeof detailSelect }> & { hasPassword: boolean; owned: Ownership };

export async function getUser(id: string): Promise<UserDetail | null> {
  const [user, withHash] = await Promise.all([
    db.user.findUnique({ where: { id }, select: { ...detailSelect, _count: OWNERSHIP_COUNT } }),
    // Only whether a password exists; the hash itself never leaves this line.
    db.user.count({ where: { id, passwordHash: { not: null } } }),
  ]);
  if (!user) return null;
  const { _count: owned, ...rest } = user;
  return { ...rest, hasPassword: withHash > 0, owned };
}

export async function activeAdminCount(): Promise<number> {
  return db.user.count({ where: { role: "ADMIN", active: true } });
}

/** The address to send a sign-in link to; deactivated accounts get none. */
export async function activeUserEmail(id: string): Promise<string | null> {
  const user = await db.user.findFirst({ where: { id, active: true }, select: { email: true } });
  return user?.email ?? null;
}
