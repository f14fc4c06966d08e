// The organisation write layer: the only code that creates, changes,
// duplicates, archives or deletes an organisation. Staff actions and the CSV
// import call it with an explicit actor. Each call is ONE transaction (the
// caller's when `tx` is given) writing the row, the audit entry (changed
// fields before → after) and, when something an innovation shows changes
// (name, slug, type, publication), search-outbox rows for its innovations.
// Nothing here checks permissions; callers do.
import "server-only";
import { auditDiff, hasChanges } from "@/lib/admin/audit-diff";
import { FieldError, NotFoundError } from "@/lib/admin/write-errors";
import type { Reference } from "@/lib/admin/form-state";
import { uniqueSlug } from "@/lib/admin/slug";
import { inTransaction, type Tx } from "@/lib/db";
import { writeAudit, type AuditAction } from "@/lib/audit/write";
import { enqueueOrganisationInnovations } from "@/lib/search/sync";
import { organisationReferences } from "./references";
import { ORGANISATION_FIELDS, type OrganisationData } from "./schema";
import { checkOrganisationTerms } from "./vocabulary";

export const ORGANISATION_ENTITY = "Organisation";
/** Fields whose change alters what linked innovations show or are found by. */
const SHOWN_ON_INNOVATIONS = ["nameLv", "nameEn", "slug", "type", "publication"] as const;

export type Actor = { id: string | null; email?: string | null; ip?: string | null };
type Options = { tx?: Tx };

const select = Object.fromEntries(["id", ...ORGANISATION_FIELDS].map((f) => [f, true])) as Record<
  "id" | (typeof ORGANISATION_FIELDS)[number],
  true
>;

async function audit(tx: Tx, actor: Actor, action: AuditAction, id: string, changes: object) {
  await writeAudit(
    {
      action,
      entityType: ORGANISATION_ENTITY,
      entityId: id,
      actorId: actor.id,
      actorEmail: actor.email ?? null,
      ip: actor.ip ?? null,
      changes: changes as never,
    },
    tx,
  );
}

const takenSlugs = (tx: Tx, exceptId?: string) => async (base: string) =>
  (
    await tx.organisation.findMany({
      where: { slug: { startsWith: base }, ...(exceptId ? { NOT: { id: exceptId } } : {}) },
      select: { slug: true },
    })
  ).map((r) => r.slug);

async function slugFor(tx: Tx, data: OrganisationData, exceptId?: string): Promise<string> {
  if (data.slug) {
    // An explicit slug is kept as typed; a clash is the editor's to resolve.
    const clash = await tx.organisation.findFirst({
      where: { slug: data.slug, ...(exceptId ? { NOT: { id: exceptId } } : {}) },
      select: { id: true },
    });
    if (clash) throw new FieldError({ slug: ["curation.errors.slugTaken"] });
    return data.slug;
  }
  return uniqueSlug(tx, {
    entity: ORGANISATION_ENTITY,
    source: data.nameLv,
    fallback: "organizacija",
    taken: takenSlugs(tx, exceptId),
  });
}

const row = (data: OrganisationData, slug: string) => ({ ...data, slug });

export async function createOrganisation(
  data: OrganisationData,
  actor: Actor,
  options: Options = {},
): Promise<{ id: string; slug: string }> {
  return inTransaction(options.tx, async (tx) => {
    const invalid = await checkOrganisationTerms(tx, data);
    if (invalid) throw new FieldError(invalid);
    const slug = await slugFor(tx, data);
    const created = await tx.organisation.create({ data: row(data, slug), select });
    await audit(tx, actor, "create", created.id, auditDiff(null, created, ORGANISATION_FIELDS));
    return { id: created.id, slug };
  });
}

export async function updateOrganisation(
  id: string,
  data: OrganisationData,
  actor: Actor,
  options: Options = {},
): Promise<{ id: string; slug: string; changed: boolean }> {
  return inTransaction(options.tx, async (tx) => {
    const locked = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "Organisation" WHERE "id" = ${id} FOR UPDATE`;
    const before = locked.length ? await tx.organisation.findUnique({ where: { id }, select }) : null;
    if (!before) throw new NotFoundError();
    const invalid = await checkOrganisationTerms(tx, data, before);
    if (invalid) throw new FieldError(invalid);
    const slug = data.slug === before.slug ? before.slug : await slugFor(tx, data, id);
    const changes = auditDiff(before, row(data, slug), ORGANISATION_FIELDS);
    if (!hasChanges(changes)) return { id, slug, changed: false };
    await tx.organisation.update({ where: { id }, data: row(data, slug) });
    await audit(tx, actor, "update", id, changes);
    if (SHOWN_ON_INNOVATIONS.some((f) => f in changes)) await enqueueOrganisationInnovations(tx, id);
    return { id, slug, changed: true };
  });
}

/** A copy as a draft ("… (kopija)", new slug), for entering a similar organisation quickly. Links are not copied. */
export async function duplicateOrganisation(
  id: string,
  actor: Actor,
  options: Options = {},
): Promise<{ id: string; slug: string }> {
  return inTransaction(options.tx, async (tx) => {
    const source = await tx.organisation.findUnique({ where: { id }, select });
    if (!source) throw new NotFoundError();
    const { id: _sourceId, ...fields } = source;
    const nameLv = `${fields.nameLv} (kopija)`.slice(0, 300);
    const nameEn = fields.nameEn ? `${fields.nameEn} (copy)`.slice(0, 300) : null;
    const slug = await uniqueSlug(tx, {
      entity: ORGANISATION_ENTITY,
      source: nameLv,
      fallback: "organizacija",
      taken: takenSlugs(tx),
    });
    const created = await tx.organisation.create({
      data: { ...fields, nameLv, nameEn, slug, publication: "DRAFT" },
      select,
    });
    await audit(tx, actor, "create", created.id, {
      duplicatedFrom: [null, source.slug],
      ...auditDiff(null, created, ORGANISATION_FIELDS),
    });
    return { id: created.id, slug };
  });
}

/** Hidden from the public directory but kept with all its links (the alternative to deleting a referenced one). */
export async function archiveOrganisation(
  id: string,
  actor: Actor,
  options: Options = {},
): Promise<{ id: string; changed: boolean }> {
  return inTransaction(options.tx, async (tx) => {
    const before = await tx.organisation.findUnique({ where: { id }, select: { publication: true } });
    if (!before) throw new NotFoundError();
    if (before.publication === "ARCHIVED") return { id, changed: false };
    await tx.organisation.update({ where: { id }, data: { publication: "ARCHIVED" } });
    await audit(tx, actor, "archive", id, { publication: [before.publication, "ARCHIVED"] });
    await enqueueOrganisationInnovations(tx, id);
    return { id, changed: true };
  });
}

export type DeleteOutcome = { ok: true } | { ok: false; references: Reference[] };

/** Refused while anything refers to the organisation (checked under a row lock, so no link sneaks in meanwhile). */
export async function deleteOrganisation(id: string, actor: Actor, options: Options = {}): Promise<DeleteOutcome> {
  return inTransaction(options.tx, async (tx) => {
    // FOR UPDATE conflicts with the key-share lock a new referencing row takes.
    const locked = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "Organisation" WHERE "id" = ${id} FOR UPDATE`;
    if (locked.length === 0) throw new NotFoundError();
    const references = await organisationReferences(id, tx);
    if (references.length > 0) return { ok: false, references };
    const before = await tx.organisation.findUniqueOrThrow({ where: { id }, select });
    await tx.organisation.delete({ where: { id } });
    await audit(tx, actor, "delete", id, auditDiff(before, null, ORGANISATION_FIELDS));
    return { ok: true };
  });
}
