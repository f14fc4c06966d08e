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

/** Who writes: a staff member (StaffUser fits), or a system job (id null). */
export type Actor = { id: string | null; email?: string | null; ip?: string | null };

/**
 * The audit writer of one kind of record, for a write layer:
 *   const audit = auditOf("Organisation");  …  await audit(tx, actor, "update", id, changes);
 */
export const auditOf =
  (entityType: string) =>
  (client: AuditWriter, actor: Actor, action: AuditAction, entityId: string | null, changes: object) =>
    writeAudit(
      {
        action,
        entityType,
        entityId,
        actorId: actor.id,
        actorEmail: actor.email ?? null,
        ip: actor.ip ?? null,
        changes: changes as Prisma.InputJsonValue,
      },
      client,
    );

/** The audit action of a publication change. */
export function publicationAuditAction(before: string, after: string): "publish" | "unpublish" | "archive" | "update" {
  if (after === "PUBLISHED") return "publish";
  if (after === "ARCHIVED") return "archive";
  if (before === "PUBLISHED") return "unpublish";
  return "update";
}
