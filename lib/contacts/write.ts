// The contact write layer (one transaction per call: row + audit entry +
// search outbox for the innovations that show this person). No permission
// checks here; callers do.
import "server-only";
import { auditDiff, hasChanges } from "@/lib/admin/audit-diff";
import { E } from "@/lib/admin/fields";
import { auditOf, type Actor } from "@/lib/audit/write";
import { inTransaction, type Tx } from "@/lib/db";
import type { Locale } from "@/lib/i18n/routing";
import { enqueueInnovations } from "@/lib/search/sync";
import { invalid, notFound, refuse, settle, type Invalid, type NotFound, type Referenced } from "@/lib/write-result";
import { contactReferences } from "./references";
import { CONTACT_FIELDS, type ContactData } from "./schema";

export const CONTACT_ENTITY = "Contact";
type Options = { tx?: Tx };
type Saved = { ok: true; id: string } | Invalid | NotFound;
const select = Object.fromEntries(["id", ...CONTACT_FIELDS].map((f) => [f, true])) as Record<
  "id" | (typeof CONTACT_FIELDS)[number],
  true
>;

const audit = auditOf(CONTACT_ENTITY);

async function checkOrganisation(tx: Tx, organisationId: string | null) {
  if (!organisationId) return;
  const found = await tx.organisation.count({ where: { id: organisationId } });
  if (!found) refuse(invalid({ organisationId: [E("invalidChoice")] }));
}

async function reindexInnovations(tx: Tx, contactId: string) {
  const rows = await tx.innovationExpert.findMany({ where: { contactId }, select: { innovationId: true } });
  await enqueueInnovations(
    tx,
    rows.map((r) => r.innovationId),
  );
}

export async function createContact(data: ContactData, actor: Actor, options: Options = {}): Promise<Saved> {
  return settle(() =>
    inTransaction(options.tx, async (tx) => {
      await checkOrganisation(tx, data.organisationId);
      const created = await tx.contact.create({ data, select });
      await audit(tx, actor, "create", created.id, auditDiff(null, created, CONTACT_FIELDS));
      return { ok: true as const, id: created.id };
    }),
  );
}

export async function updateContact(
  id: string,
  data: ContactData,
  actor: Actor,
  options: Options = {},
): Promise<Saved> {
  return settle(() =>
    inTransaction(options.tx, async (tx) => {
      const before = await tx.contact.findUnique({ where: { id }, select });
      if (!before) return refuse(notFound());
      await checkOrganisation(tx, data.organisationId);
      const changes = auditDiff(before, data, CONTACT_FIELDS);
      if (!hasChanges(changes)) return { ok: true as const, id };
      await tx.contact.update({ where: { id }, data });
      await audit(tx, actor, "update", id, changes);
      await reindexInnovations(tx, id);
      return { ok: true as const, id };
    }),
  );
}

export async function deleteContact(
  id: string,
  actor: Actor,
  options: Options & { locale?: Locale } = {},
): Promise<{ ok: true; id: string } | NotFound | Referenced> {
  return inTransaction(options.tx, async (tx) => {
    const locked = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "Contact" WHERE "id" = ${id} FOR UPDATE`;
    if (locked.length === 0) return notFound();
    const references = await contactReferences(id, tx, options.locale);
    if (references.length > 0) return { ok: false, code: "referenced", references };
    const before = await tx.contact.findUniqueOrThrow({ where: { id }, select });
    await tx.contact.delete({ where: { id } });
    await audit(tx, actor, "delete", id, auditDiff(before, null, CONTACT_FIELDS));
    return { ok: true, id };
  });
}
