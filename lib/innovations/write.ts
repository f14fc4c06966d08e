// The innovation write layer: the only code that creates, changes, publishes
// or deletes an innovation. Staff actions (actions.ts), submission approval
// and CSV import all call it with an explicit actor. Each call is ONE
// transaction (the caller's when `tx` is given) writing the row, its
// relations, the audit entry (changed fields before → after) and the search
// outbox row, so the index changes exactly when the data commits.
// Not a server action file: nothing here checks permissions; callers do.
import "server-only";
import { toFieldErrors } from "@/lib/forms/field-errors";
import type { PublicationState, RecordSource } from "@/generated/prisma/enums";
import { diffFields } from "@/lib/admin/audit-diff";
import { uniqueSlug } from "@/lib/admin/slug";
import { auditOf, publicationAuditAction, type Actor } from "@/lib/audit/write";
import { db, inTransaction, type Db, type Tx } from "@/lib/db";
import { enqueueInnovation } from "@/lib/search/sync";
import {
  invalid,
  notFound,
  refuse,
  settle,
  type NotFound,
  type Referenced,
  type WriteResult,
} from "@/lib/write-result";
import { ZInnovationInput, type InnovationData } from "./schema";
import { checkInnovationReferences } from "./vocabulary";
import { loadRow, scalarData, snapshot, writeRelations } from "./write-rows";

export type { Actor, Tx };

export type WriteOptions = {
  tx?: Tx;
  /** Collects the ids for the search index instead of queueing a job per write; the caller queues them (a CSV import, in one go). */
  searchUpdates?: Set<string>;
};

/** The search index learns of this innovation when the transaction commits (lib/search/sync.ts). */
async function queueForSearch(tx: Tx, id: string, options: WriteOptions): Promise<void> {
  if (options.searchUpdates) options.searchUpdates.add(id);
  else await enqueueInnovation(tx, id);
}

type SaveResult = WriteResult<{ id: string; slug: string }>;
type PublicationResult = WriteResult<
  { id: string; slug: string; publication: PublicationState; changed: boolean },
  NotFound
>;
type DeleteResult = WriteResult<{ id: string; slug: string }, NotFound | Referenced>;

const ENTITY = "Innovation";
const E = (key: string) => `curationInnovations.errors.${key}`;
/** Two writers chose the same slug at once: the loser hears it beside the field. */
const SLUG_TAKEN = { slug: ["slug", E("slugTaken")] } as const;
const audit = auditOf(ENTITY);

const newSlug = (tx: Tx, titleLv: string, exceptId?: string) =>
  uniqueSlug(tx, {
    entity: ENTITY,
    source: titleLv,
    fallback: "inovacija",
    taken: (base) => takenSlugs(tx, base, exceptId),
  });

async function takenSlugs(tx: Tx, base: string, exceptId?: string): Promise<string[]> {
  const rows = await tx.innovation.findMany({
    where: { slug: { startsWith: base }, ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { slug: true },
  });
  return rows.map((r) => r.slug);
}

/** A slug typed by staff must be free; none typed → one generated from the Latvian title. */
async function chooseSlug(tx: Tx, data: InnovationData, exceptId?: string): Promise<string> {
  if (data.slug) {
    const clash = await tx.innovation.findFirst({
      where: { slug: data.slug, ...(exceptId ? { id: { not: exceptId } } : {}) },
      select: { id: true },
    });
    if (clash) refuse(invalid({ slug: [E("slugTaken")] }));
    return data.slug;
  }
  return newSlug(tx, data.titleLv, exceptId);
}

function parse(input: unknown): InnovationData {
  const parsed = ZInnovationInput.safeParse(input);
  if (!parsed.success) refuse(invalid(toFieldErrors(parsed.error)));
  return parsed.data;
}

// ─── the writes ─────────────────────────────────────────────────────────────

export type CreateOptions = WriteOptions & {
  /** Where the record came from; STAFF unless an approval or an import creates it. */
  source?: RecordSource;
  /** DRAFT unless the caller publishes at once (publishedAt is then set). */
  publication?: PublicationState;
  sourceRefs?: string[];
};

/** Parses `input` with ZInnovationInput, checks vocabularies and references, writes everything in one transaction. */
export async function createInnovation(input: unknown, actor: Actor, options: CreateOptions = {}): Promise<SaveResult> {
  return settle<SaveResult>(async () => {
    const data = parse(input);
    return inTransaction(options.tx, async (tx) => {
      const errors = await checkInnovationReferences(data, tx);
      if (errors) refuse(invalid(errors));
      const slug = await chooseSlug(tx, data);
      const publication = options.publication ?? "DRAFT";
      const { id } = await tx.innovation.create({
        data: {
          ...scalarData(data),
          slug,
          publication,
          source: options.source ?? "STAFF",
          sourceRefs: options.sourceRefs ?? [],
          publishedAt: publication === "PUBLISHED" ? new Date() : null,
          createdById: actor.id,
        },
        select: { id: true },
      });
      await writeRelations(tx, id, data, false);
      const after = await loadRow(tx, id);
      await audit(tx, actor, "create", id, diffFields(null, after && snapshot(after)));
      // Created already public (an approved submission): the log shows the publication as its own event too.
      if (publication === "PUBLISHED") await audit(tx, actor, "publish", id, { publication: [null, "PUBLISHED"] });
      await queueForSearch(tx, id, options);
      return { ok: true, id, slug } as const;
    });
  }, SLUG_TAKEN);
}

/** Replaces every edited field and relation; an empty slug keeps the current one. */
export async function updateInnovation(
  id: string,
  input: unknown,
  actor: Actor,
  options: WriteOptions = {},
): Promise<SaveResult> {
  return settle<SaveResult>(async () => {
    const data = parse(input);
    return inTransaction(options.tx, async (tx) => {
      const before = await loadRow(tx, id);
      if (!before) return notFound();
      const errors = await checkInnovationReferences(data, tx, {
        ...before,
        region: before.region ?? undefined,
        municipality: before.municipality ?? undefined,
        criteria: before.assessments.map(
          (a) => `${a.framework === "SIF" ? "ASSESSMENT_SIF" : "ASSESSMENT_EAPN"}:${a.criterion}`,
        ),
      });
      if (errors) refuse(invalid(errors));
      const slug = data.slug && data.slug !== before.slug ? await chooseSlug(tx, data, id) : before.slug;
      await tx.innovation.update({ where: { id }, data: { ...scalarData(data), slug }, select: { id: true } });
      await writeRelations(tx, id, data, true);
      const after = await loadRow(tx, id);
      const changes = diffFields(snapshot(before), after && snapshot(after));
      // Saving an unchanged form is not an event worth a history line; the outbox is cheap and idempotent.
      if (Object.keys(changes).length) await audit(tx, actor, "update", id, changes);
      await queueForSearch(tx, id, options);
      return { ok: true, id, slug } as const;
    });
  }, SLUG_TAKEN);
}

/** A DRAFT copy with every field and relation, "(kopija)" in the title and a fresh slug. */
export async function duplicateInnovation(id: string, actor: Actor, options: WriteOptions = {}): Promise<SaveResult> {
  return settle<SaveResult>(
    () =>
      inTransaction(options.tx, async (tx) => {
        const source = await loadRow(tx, id);
        if (!source) return notFound();
        const titleLv = `${source.titleLv} (kopija)`.slice(0, 200);
        const titleEn = source.titleEn ? `${source.titleEn} (copy)`.slice(0, 200) : null;
        const slug = await newSlug(tx, source.titleLv);
        const {
          id: _id,
          slug: _slug,
          organisations,
          experts,
          links,
          indicators,
          assessments,
          publishedAt: _p,
          publication: _s,
          ...fields
        } = source;
        const { id: copyId } = await tx.innovation.create({
          data: {
            ...fields,
            titleLv,
            titleEn,
            slug,
            featured: false,
            publication: "DRAFT",
            source: "STAFF",
            createdById: actor.id,
          },
          select: { id: true },
        });
        const data = {
          organisations: organisations.map((o) => ({ organisationId: o.organisationId, role: o.role })),
          experts: experts.map((x) => ({
            contactId: x.contactId,
            roleLv: x.roleLv ?? undefined,
            roleEn: x.roleEn ?? undefined,
          })),
          links: links.map((l) => ({ url: l.url, labelLv: l.labelLv ?? undefined, labelEn: l.labelEn ?? undefined })),
          indicators: indicators.map((i) => ({
            labelLv: i.labelLv,
            labelEn: i.labelEn ?? undefined,
            value: i.value?.toString(),
            unit: i.unit ?? undefined,
            year: i.year ?? undefined,
          })),
          assessments: assessments.map((a) => ({
            ...a,
            score: a.score ?? undefined,
            noteLv: a.noteLv ?? undefined,
            noteEn: a.noteEn ?? undefined,
          })),
        } as InnovationData;
        await writeRelations(tx, copyId, data, false);
        const after = await loadRow(tx, copyId);
        await audit(tx, actor, "create", copyId, {
          duplicatedFrom: [null, source.slug],
          ...diffFields(null, after && snapshot(after)),
        });
        await queueForSearch(tx, copyId, options);
        return { ok: true, id: copyId, slug } as const;
      }),
    SLUG_TAKEN,
  );
}

/**
 * DRAFT ⇄ PUBLISHED ⇄ ARCHIVED (any state may move to any other). The first
 * publication stamps publishedAt; a re-publication keeps the original date.
 */
export async function setPublication(
  id: string,
  publication: PublicationState,
  actor: Actor,
  options: WriteOptions = {},
): Promise<PublicationResult> {
  return inTransaction(options.tx, async (tx) => {
    const before = await tx.innovation.findUnique({
      where: { id },
      select: { slug: true, publication: true, publishedAt: true },
    });
    if (!before) return notFound();
    if (before.publication === publication)
      return { ok: true, id, slug: before.slug, publication, changed: false } as const;
    const publishedAt = publication === "PUBLISHED" && !before.publishedAt ? new Date() : before.publishedAt;
    await tx.innovation.update({ where: { id }, data: { publication, publishedAt }, select: { id: true } });
    await audit(
      tx,
      actor,
      publicationAuditAction(before.publication, publication),
      id,
      diffFields(before, { ...before, publication, publishedAt }, ["slug"]),
    );
    await queueForSearch(tx, id, options);
    return { ok: true, id, slug: before.slug, publication, changed: true } as const;
  });
}

/** Refused while a project lists the innovation; the audit entry keeps every field as it was. */
export async function deleteInnovation(id: string, actor: Actor, options: WriteOptions = {}): Promise<DeleteResult> {
  return inTransaction(options.tx, async (tx) => {
    const before = await loadRow(tx, id);
    if (!before) return notFound();
    const projects = await tx.projectInnovation.count({ where: { innovationId: id } });
    if (projects > 0)
      return { ok: false, code: "referenced", references: [{ kind: "projects", count: projects, examples: [] }] };
    await tx.innovation.delete({ where: { id }, select: { id: true } });
    await audit(tx, actor, "delete", id, diffFields(snapshot(before), null));
    await queueForSearch(tx, id, options);
    return { ok: true, id, slug: before.slug } as const;
  });
}

/** Organisation slug (lower-case) → id, for CSV import (schema.ts csvRowToInput). */
export async function organisationIdsBySlug(slugs: string[], client: Tx | Db = db): Promise<Map<string, string>> {
  const wanted = [...new Set(slugs.map((s) => s.trim().toLowerCase()).filter(Boolean))];
  if (!wanted.length) return new Map();
  const rows = await client.organisation.findMany({
    where: { slug: { in: wanted } },
    select: { id: true, slug: true },
  });
  return new Map(rows.map((r) => [r.slug, r.id]));
}
