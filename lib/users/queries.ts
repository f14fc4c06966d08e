// Reads for the staff-account screens (ADMIN only; pages check users:manage).
import "server-only";
import { EXPORT_LIMIT } from "@/lib/admin/export";
import { pageWindow, type ListQuery, type ListSpec } from "@/lib/admin/list-query";
import { ROLES, type Role } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import type { Prisma } from "@/generated/prisma/client";
import { OWNERSHIP_COUNT, type Ownership } from "./rules";

const listSelect = {
  id: true,
  email: true,
  name: true,
  role: true,
  active: true,
  lastLoginAt: true,
  createdAt: true,
} satisfies Prisma.UserSelect;

export type UserRow = Prisma.UserGetPayload<{ select: typeof listSelect }>;

/** The users list's URL state (lib/admin/list-query.ts): search by name or e-mail, role and active/deactivated filters. */
export const USER_LIST = {
  sorts: ["name", "email", "role", "lastLogin"],
  defaultSort: "name",
  filters: { role: ROLES, state: ["active", "deactivated"] },
  defaultPageSize: 50,
  pageSizes: [50, 100],
} as const satisfies ListSpec;

export type UserListQuery = ListQuery<(typeof USER_LIST.sorts)[number], keyof typeof USER_LIST.filters>;

function userWhere(query: Pick<UserListQuery, "q" | "filters">): Prisma.UserWhereInput {
  const q = query.q.trim();
  const role = query.filters.role as Role | undefined;
  return {
    ...(q
      ? { OR: [{ name: { contains: q, mode: "insensitive" } }, { email: { contains: q, mode: "insensitive" } }] }
      : {}),
    ...(role ? { role } : {}),
    ...(query.filters.state ? { active: query.filters.state === "active" } : {}),
  };
}

function userOrder(query: UserListQuery): Prisma.UserOrderByWithRelationInput[] {
  const dir = query.dir;
  switch (query.sort) {
    case "email":
      return [{ email: dir }];
    case "role":
      return [{ role: dir }, { email: "asc" }];
    case "lastLogin":
      return [{ lastLoginAt: { sort: dir, nulls: "last" } }, { email: "asc" }];
    default:
      return [{ name: { sort: dir, nulls: "last" } }, { email: "asc" }];
  }
}

export async function listUsers(query: UserListQuery): Promise<{ rows: UserRow[]; total: number }> {
  const where = userWhere(query);
  const [rows, total] = await Promise.all([
    db.user.findMany({ where, orderBy: userOrder(query), ...pageWindow(query), select: listSelect }),
    db.user.count({ where }),
  ]);
  return { rows, total };
}

/** Every account the list's filters select (no paging), for the admins' export. */
export function listUsersForExport(query: UserListQuery): Promise<UserRow[]> {
  return db.user.findMany({
    where: userWhere(query),
    orderBy: userOrder(query),
    take: EXPORT_LIMIT,
    select: listSelect,
  });
}

const detailSelect = { ...listSelect, emailVerified: true, updatedAt: true } satisfies Prisma.UserSelect;

export type UserDetail = Prisma.UserGetPayload<{ select: typeof detailSelect }> & {
  hasPassword: boolean;
  owned: Ownership;
};

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
