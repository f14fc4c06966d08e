// The contact write layer (one transaction per call: row + audit entry +
// search outbox for the innovations that show this person). No permission
// checks here; callers do.
import "server-only";
import { auditDiff, hasChanges } from "@/lib/admin/audit-diff";
import { FieldError, NotFoundError } from "@/lib/admin/write-errors";
import type { Reference } from "@/lib/admin/form-state";
import { E } from "@/lib/admin/fields";
import { inTransaction, type Tx } from "@/lib/db";
import { writeAudit, type AuditAction } from "@/lib/audit/write";
import { enqueueInnovations } from "@/lib/search/sync";
import type { Actor } from "@/lib/organisations/store";
import { contactReferences } from "./references";
import { CONTACT_FIELDS, type ContactData } from "./schema";

export const CONTACT_ENTITY = "Contact";
type Options = { tx?: Tx };
const select = Object.fromEntries(["id", ...CONTACT_FIELDS].map((f) => [f, true])) as Record<
  "id" | (typeof CONTACT_FIELDS)[number],
  true
>;

async function audit(tx: Tx, actor: Actor, action: AuditAction, id: string, changes: object) {
  await writeAudit(
    {
      action,
      entityType: CONTACT_ENTITY,
      entityId: id,
      actorId: actor.id,
      actorEmail: actor.email ?? null,
      ip: actor.ip ?? null,
      changes: changes as never,
    },
    tx,
  );
}

async function checkOrganisation(tx: Tx, organisationId: string | null) {
  if (!organisationId) return;
  const found = await tx.organisation.count({ where: { id: organisationId } });
  if (!found) throw new FieldError({ organisationId: [E("invalidChoice")] });
}

async function reindexInnovations(tx: Tx, contactId: string) {
  const rows = await tx.innovationExpert.findMany({ where: { contactId }, select: { innovationId: true } });
  await enqueueInnovations(
    tx,
    rows.map((r) => r.innovationId),
  );
}

export async function createContact(data: ContactData, actor: Actor, options: Options = {}): Promise<{ id: string }> {
  return inTransaction(options.tx, async (tx) => {
    await checkOrganisation(tx, data.organisationId);
    const created = await tx.contact.create({ data, select });
    await audit(tx, actor, "create", created.id, auditDiff(null, created, CONTACT_FIELDS));
    return { id: created.id };
  });
}

export async function updateContact(
  id: string,
  data: ContactData,
  actor: Actor,
  options: Options = {},
): Promise<{ id: string; changed: boolean }> {
  return inTransaction(options.tx, async (tx) => {
    const before = await tx.contact.findUnique({ where: { id }, select });
    if (!before) throw new NotFoundError();
    await checkOrganisation(tx, data.organisationId);
    const changes = auditDiff(before, data, CONTACT_FIELDS);
    if (!hasChanges(changes)) return { id, changed: false };
    await tx.contact.update({ where: { id }, data });
    await audit(tx, actor, "update", id, changes);
    await reindexInnovations(tx, id);
    return { id, changed: true };
  });
}

export async function deleteContact(
  id: string,
  actor: Actor,
  options: Options = {},
): Promise<{ ok: true } | { ok: false; references: Reference[] }> {
  return inTransaction(options.tx, async (tx) => {
    const locked = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "Contact" WHERE "id" = ${id} FOR UPDATE`;
    if (locked.length === 0) throw new NotFoundError();
    const references = await contactReferences(id, tx);
    if (references.length > 0) return { ok: false, references };
    const before = await tx.contact.findUniqueOrThrow({ where: { id }, select });
    await tx.contact.delete({ where: { id } });
    await audit(tx, actor, "delete", id, auditDiff(before, null, CONTACT_FIELDS));
    return { ok: true };
  });
}
