// Reads of the audit log: one entity's history and the filtered log for the
// audit page and its export. Callers check permissions (entity-history.tsx,
// the audit page, the export handler); these functions only read.
import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/generated/prisma/client";
import type { AuditFilters } from "./filters";

const HISTORY_PAGE_SIZE = 20;
const LOG_PAGE_SIZE = 50;

const entrySelect = {
  id: true,
  at: true,
  action: true,
  entityType: true,
  entityId: true,
  actorEmail: true,
  changes: true,
  actor: { select: { name: true, email: true } },
} satisfies Prisma.AuditLogSelect;

export type AuditEntryRow = {
  id: string;
  at: Date;
  action: string;
  entityType: string;
  entityId: string | null;
  /** The actor's name, else the e-mail kept on the entry; null for the system. */
  actor: string | null;
  actorEmail: string | null;
  changes: unknown;
  ip?: string | null;
};

type Selected = Prisma.AuditLogGetPayload<{ select: typeof entrySelect & { ip: true } }>;

const toRow = (e: Omit<Selected, "ip"> & { ip?: string | null }): AuditEntryRow => ({
  id: e.id,
  at: e.at,
  action: e.action,
  entityType: e.entityType,
  entityId: e.entityId,
  actor: e.actor?.name ?? e.actor?.email ?? e.actorEmail ?? null,
  actorEmail: e.actor?.email ?? e.actorEmail ?? null,
  changes: e.changes,
  ...(e.ip === undefined ? {} : { ip: e.ip }),
});

export type Paged<T> = { rows: T[]; total: number; page: number; pageSize: number; pageCount: number };

const clampPage = (page: number) => (Number.isInteger(page) && page > 0 ? page : 1);

/** One entity's entries, newest first (the index on entityType, entityId, at serves it). */
export async function listEntityHistory(
  entityType: string,
  entityId: string,
  page = 1,
  pageSize = HISTORY_PAGE_SIZE,
): Promise<Paged<AuditEntryRow>> {
  const where = { entityType, entityId } satisfies Prisma.AuditLogWhereInput;
  const current = clampPage(page);
  const [rows, total] = await Promise.all([
    db.auditLog.findMany({
      where,
      select: entrySelect,
      orderBy: [{ at: "desc" }, { id: "desc" }],
      skip: (current - 1) * pageSize,
      take: pageSize,
    }),
    db.auditLog.count({ where }),
  ]);
  return { rows: rows.map(toRow), total, page: current, pageSize, pageCount: Math.max(1, Math.ceil(total / pageSize)) };
}

function auditWhere(filters: AuditFilters): Prisma.AuditLogWhereInput {
  const and: Prisma.AuditLogWhereInput[] = [];
  if (filters.actor) {
    and.push({
      OR: [
        { actorId: filters.actor },
        { actorEmail: { contains: filters.actor, mode: "insensitive" } },
        {
          actor: {
            is: {
              OR: [
                { email: { contains: filters.actor, mode: "insensitive" } },
                { name: { contains: filters.actor, mode: "insensitive" } },
              ],
            },
          },
        },
      ],
    });
  }
  if (filters.action) and.push({ action: filters.action });
  if (filters.entityType) and.push({ entityType: filters.entityType });
  if (filters.entityId) and.push({ entityId: filters.entityId });
  if (filters.from) and.push({ at: { gte: filters.from } });
  if (filters.to) and.push({ at: { lt: filters.to } });
  return and.length ? { AND: and } : {};
}

/** The filtered log, newest first, with the client address (admins only read it). */
export async function listAuditLog(
  filters: AuditFilters,
  page = 1,
  pageSize = LOG_PAGE_SIZE,
): Promise<Paged<AuditEntryRow>> {
  const where = auditWhere(filters);
  const current = clampPage(page);
  const [rows, total] = await Promise.all([
    db.auditLog.findMany({
      where,
      select: { ...entrySelect, ip: true },
      orderBy: [{ at: "desc" }, { id: "desc" }],
      skip: (current - 1) * pageSize,
      take: pageSize,
    }),
    db.auditLog.count({ where }),
  ]);
  return { rows: rows.map(toRow), total, page: current, pageSize, pageCount: Math.max(1, Math.ceil(total / pageSize)) };
}

/** The filtered log in batches (keyset on at/id), so an export never holds the whole table. */
export async function* iterateAuditLog(filters: AuditFilters, batchSize = 1000): AsyncGenerator<AuditEntryRow[]> {
  const where = auditWhere(filters);
  let cursor: { id: string } | undefined;
  for (;;) {
    const rows = await db.auditLog.findMany({
      where,
      select: { ...entrySelect, ip: true },
      orderBy: [{ at: "desc" }, { id: "desc" }],
      take: batchSize,
      ...(cursor ? { cursor, skip: 1 } : {}),
    });
    if (rows.length === 0) return;
    yield rows.map(toRow);
    if (rows.length < batchSize) return;
    cursor = { id: rows[rows.length - 1]!.id };
  }
}

/** The entity types present, for the filter menu (an index-only scan of the entity index). */
export async function auditEntityTypes(): Promise<string[]> {
  const rows = await db.$queryRaw<{ entityType: string }[]>`SELECT DISTINCT "entityType" FROM "AuditLog" ORDER BY 1`;
  return rows.map((r) => r.entityType);
}
