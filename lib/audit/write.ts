// One way to append to the audit log, so every entry has the same shape.
// Callers pass field changes without secrets; this module never sees passwords.
import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/generated/prisma/client";
import type { AuditAction } from "./vocabulary";

export type { AuditAction };

export type AuditEntry = {
  action: AuditAction;
  entityType: string;
  entityId?: string | null;
  actorId?: string | null;
  actorEmail?: string | null;
  /** { field: [before, after] } or a small object describing the event. */
  changes?: Prisma.InputJsonValue;
  ip?: string | null;
};

// Structural, so both `db` and a transaction client (which differ in their
// global `omit` type) are accepted.
type AuditWriter = { auditLog: { create(args: { data: Prisma.AuditLogUncheckedCreateInput }): PromiseLike<unknown> } };

/** Pass the transaction client when the entry belongs to a write, so both commit or neither. */
export async function writeAudit(entry: AuditEntry, client: AuditWriter = db): Promise<void> {
  await client.auditLog.create({
    data: {
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId ?? null,
      actorId: entry.actorId ?? null,
      // Whatever was typed into a sign-in form ends up here: bound its size.
      actorEmail: entry.actorEmail?.slice(0, 254) ?? null,
      changes: entry.changes,
      ip: entry.ip?.slice(0, 64) ?? null,
    },
  });
}
