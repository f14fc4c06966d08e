// The project write layer: the row, its organisation and innovation links,
// the audit entry (links recorded as slugs) and search-outbox rows for every
// innovation whose project list changes or shows a changed project, all in
// one transaction. No permission checks here; callers do.
import "server-only";
import { auditDiff, hasChanges } from "@/lib/admin/audit-diff";
import { E } from "@/lib/admin/fields";
import { FieldError, NotFoundError } from "@/lib/admin/write-errors";
import type { Reference } from "@/lib/admin/form-state";
import { collectReferences } from "@/lib/admin/references";
import { uniqueSlug } from "@/lib/admin/slug";
import { inTransaction, type Tx } from "@/lib/db";
import { writeAudit, type AuditAction } from "@/lib/audit/write";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/organisations/store";
import { enqueueInnovations } from "@/lib/search/sync";
import { PROJECT_COLUMNS, PROJECT_FIELDS, ROLE_OF_LINK, type ProjectData } from "./schema";

export const PROJECT_ENTITY = "Project";
type Options = { tx?: Tx };
const columnSelect = Object.fromEntries(PROJECT_COLUMNS.map((f) => [f, true])) as Record<
  (typeof PROJECT_COLUMNS)[number],
  true
>;

/** The project as its form and its audit entries see it: columns plus link lists (ids). */
export async function projectSnapshot(client: Tx | typeof db, id: string) {
  const row = await client.project.findUnique({
    where: { id },
    select: {
      ...columnSelect,
      organisations: { select: { organisationId: true, role: true } },
      innovations: { select: { innovationId: true } },
    },
  });
  if (!row) return null;
  const { organisations, innovations, ...columns } = row;
  const by = (role: string) =>
    organisations
      .filter((o) => o.role === role)
      .map((o) => o.organisationId)
      .sort();
  return {
    ...columns,
    budgetEur: columns.budgetEur === null ? null : Number(columns.budgetEur),
    leads: by("LEAD"),
    partners: by("PARTNER"),
    funders: by("FUNDER"),
    innovations: innovations.map((i) => i.innovationId).sort(),
  };
}
type Snapshot = NonNullable<Awaited<ReturnType<typeof projectSnapshot>>>;

async function audit(tx: Tx, actor: Actor, action: AuditAction, id: string, changes: object) {
  await writeAudit(
    {
      action,
      entityType: PROJECT_ENTITY,
      entityId: id,
      actorId: actor.id,
      actorEmail: actor.email ?? null,
      ip: actor.ip ?? null,
      changes: changes as never,
    },
    tx,
  );
}

/** Ids in the audit entry become slugs, which a person can read. */
async function readable(tx: Tx, snap: Partial<Snapshot> | null) {
  if (!snap) return null;
  const orgIds = [...(snap.leads ?? []), ...(snap.partners ?? []), ...(snap.funders ?? [])];
  const [orgs, innovations, programme] = await Promise.all([
    orgIds.length ? tx.organisation.findMany({ where: { id: { in: orgIds } }, select: { id: true, slug: true } }) : [],
    snap.innovations?.length
      ? tx.innovation.findMany({ where: { id: { in: snap.innovations } }, select: { id: true, slug: true } })
      : [],
    snap.programmeId
      ? tx.fundingProgramme.findUnique({ where: { id: snap.programmeId }, select: { slug: true } })
      : null,
  ]);
  const slug = new Map([...orgs, ...innovations].map((r) => [r.id, r.slug]));
  const names = (ids: string[] | undefined) => (ids ?? []).map((i) => slug.get(i) ?? i).sort();
  return {
    ...snap,
    programmeId: programme?.slug ?? snap.programmeId ?? null,
    leads: names(snap.leads),
    partners: names(snap.partners),
    funders: names(snap.funders),
    innovations: names(snap.innovations),
  };
}

async function checkLinks(tx: Tx, data: ProjectData) {
  const orgIds = [...new Set([...data.leads, ...data.partners, ...data.funders])];
  const [orgs, innovations, programme] = await Promise.all([
    orgIds.length ? tx.organisation.count({ where: { id: { in: orgIds } } }) : 0,
    data.innovations.length ? tx.innovation.count({ where: { id: { in: data.innovations } } }) : 0,
    data.programmeId ? tx.fundingProgramme.count({ where: { id: data.programmeId } }) : 1,
  ]);
  const errors: Record<string, string[]> = {};
  if (orgs !== orgIds.length)
    for (const f of ["leads", "partners", "funders"] as const) if (data[f].length) errors[f] = [E("invalidChoice")];
  if (innovations !== data.innovations.length) errors.innovations = [E("invalidChoice")];
  if (!programme) errors.programmeId = [E("invalidChoice")];
  if (Object.keys(errors).length) throw new FieldError(errors);
}

async function writeLinks(tx: Tx, id: string, data: ProjectData) {
  await tx.projectOrganisation.deleteMany({ where: { projectId: id } });
  await tx.projectInnovation.deleteMany({ where: { projectId: id } });
  const orgRows = (Object.keys(ROLE_OF_LINK) as (keyof typeof ROLE_OF_LINK)[]).flatMap((link) =>
    data[link].map((organisationId) => ({ projectId: id, organisationId, role: ROLE_OF_LINK[link] })),
  );
  if (orgRows.length) await tx.projectOrganisation.createMany({ data: orgRows });
  if (data.innovations.length)
    await tx.projectInnovation.createMany({
      data: data.innovations.map((innovationId) => ({ projectId: id, innovationId })),
    });
}

const columns = (data: ProjectData, slug: string) => ({
  titleLv: data.titleLv,
  titleEn: data.titleEn,
  slug,
  code: data.code,
  summaryLv: data.summaryLv,
  summaryEn: data.summaryEn,
  programmeId: data.programmeId,
  budgetEur: data.budgetEur,
  startsOn: data.startsOn,
  endsOn: data.endsOn,
  url: data.url,
  publication: data.publication,
});

async function slugFor(tx: Tx, data: ProjectData, exceptId?: string) {
  if (data.slug) {
    const clash = await tx.project.findFirst({
      where: { slug: data.slug, ...(exceptId ? { NOT: { id: exceptId } } : {}) },
      select: { id: true },
    });
    if (clash) throw new FieldError({ slug: [E("slugTaken")] });
    return data.slug;
  }
  return uniqueSlug(tx, {
    entity: PROJECT_ENTITY,
    source: data.titleLv,
    fallback: "projekts",
    taken: async (base) =>
      (
        await tx.project.findMany({
          where: { slug: { startsWith: base }, ...(exceptId ? { NOT: { id: exceptId } } : {}) },
          select: { slug: true },
        })
      ).map((r) => r.slug),
  });
}

export async function createProject(data: ProjectData, actor: Actor, options: Options = {}): Promise<{ id: string }> {
  return inTransaction(options.tx, async (tx) => {
    await checkLinks(tx, data);
    const slug = await slugFor(tx, data);
    const { id } = await tx.project.create({ data: columns(data, slug), select: { id: true } });
    await writeLinks(tx, id, data);
    const after = await projectSnapshot(tx, id);
    await audit(tx, actor, "create", id, auditDiff(null, await readable(tx, after), PROJECT_FIELDS));
    await enqueueInnovations(tx, data.innovations);
    return { id };
  });
}

export async function updateProject(
  id: string,
  data: ProjectData,
  actor: Actor,
  options: Options = {},
): Promise<{ id: string; changed: boolean }> {
  return inTransaction(options.tx, async (tx) => {
    await tx.$queryRaw`SELECT "id" FROM "Project" WHERE "id" = ${id} FOR UPDATE`;
    const before = await projectSnapshot(tx, id);
    if (!before) throw new NotFoundError();
    await checkLinks(tx, data);
    const slug = data.slug === before.slug ? before.slug : await slugFor(tx, data, id);
    const changes = auditDiff(await readable(tx, before), await readable(tx, { ...data, slug }), PROJECT_FIELDS);
    if (!hasChanges(changes)) return { id, changed: false };
    await tx.project.update({ where: { id }, data: columns(data, slug) });
    await writeLinks(tx, id, data);
    await audit(tx, actor, "update", id, changes);
    // innovation pages list their projects: both the old and the new ones change
    await enqueueInnovations(tx, [...before.innovations, ...data.innovations]);
    return { id, changed: true };
  });
}

export const PROJECT_REFERENCE_KINDS = ["innovations"] as const;

/** Innovations still linked: their pages show the project, so unlink them first. */
export function projectReferences(
  id: string,
  client: Tx | typeof db = db,
  hrefOf: (innovationId: string) => string = (i) => `/admin/innovations/${i}`,
): Promise<Reference[]> {
  return collectReferences([
    {
      kind: "innovations",
      count: () => client.projectInnovation.count({ where: { projectId: id } }),
      examples: (take) =>
        client.projectInnovation
          .findMany({ where: { projectId: id }, take, select: { innovation: { select: { id: true, titleLv: true } } } })
          .then((rows) => rows.map((r) => ({ label: r.innovation.titleLv, href: hrefOf(r.innovation.id) }))),
    },
  ]);
}

export async function deleteProject(
  id: string,
  actor: Actor,
  options: Options = {},
): Promise<{ ok: true } | { ok: false; references: Reference[] }> {
  return inTransaction(options.tx, async (tx) => {
    const locked = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "Project" WHERE "id" = ${id} FOR UPDATE`;
    if (locked.length === 0) throw new NotFoundError();
    const references = await projectReferences(id, tx);
    if (references.length) return { ok: false, references };
    const before = await projectSnapshot(tx, id);
    await tx.project.delete({ where: { id } });
    await audit(tx, actor, "delete", id, auditDiff(await readable(tx, before), null, PROJECT_FIELDS));
    return { ok: true };
  });
}
