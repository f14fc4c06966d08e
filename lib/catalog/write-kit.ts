// What the catalogue's write layers (lib/funding/write-*.ts,
// lib/resources/write.ts) share: their results, small row helpers, and the
// two writes whose shape is the same for every entity (a publication change
// and a draft copy). Each helper runs as ONE transaction (the caller's when
// `tx` is given); the entity's own rules come in as parameters.
import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { publicationAuditAction, type Actor, type auditOf } from "@/lib/audit/write";
import { inTransaction, type Tx } from "@/lib/db";
import { notFound, refuse, settle, type NotFound, type Referenced, type WriteResult } from "@/lib/write-result";
import { E, type Publication } from "./fields";

export type SaveResult = WriteResult<{ id: string; slug: string }>;
type PublicationResult = WriteResult<{ id: string; publication: string; changed: boolean }, NotFound>;
export type DeleteResult = WriteResult<{ id: string }, NotFound | Referenced>;

/** A slug chosen by two writers at once: the loser hears it beside the field. */
export const SLUG_TAKEN = { slug: ["slug", E("slugTaken")] } as const;

export const nullable = <T>(v: T | undefined): T | null => (v === undefined ? null : v);
export const decimalOrNull = (v: string | undefined) => (v === undefined ? null : new Prisma.Decimal(v));

/** The audit writer of one kind of record (auditOf in lib/audit/write.ts). */
type EntityAudit = ReturnType<typeof auditOf>;

/** The part of an entity's table a publication change reads and writes (tx.fundingCall, tx.resource, …). */
type PublicationTable = {
  findUnique(args: {
    where: { id: string };
    select: { publication: true };
  }): PromiseLike<{ publication: Publication } | null>;
  update(args: { where: { id: string }; data: { publication: Publication } }): PromiseLike<unknown>;
};

/** An entity's publication change and its draft copy run in the caller's transaction when one is given. */
type WriteOptions = { tx?: Tx };

/**
 * The entity's publication change: moves a record to `publication` and writes
 * the audit entry (publish, unpublish, archive or update, with the state
 * before → after), in one transaction. Asking for the state it is in already
 * changes nothing and writes no entry.
 */
export const publicationWriter =
  (entity: { table: (tx: Tx) => PublicationTable; audit: EntityAudit }) =>
  (id: string, publication: Publication, actor: Actor, options: WriteOptions = {}): Promise<PublicationResult> =>
    inTransaction(options.tx, async (tx) => {
      const table = entity.table(tx);
      const before = await table.findUnique({ where: { id }, select: { publication: true } });
      if (!before) return notFound();
      if (before.publication === publication) return { ok: true, id, publication, changed: false } as const;
      await table.update({ where: { id }, data: { publication } });
      await entity.audit(tx, actor, publicationAuditAction(before.publication, publication), id, {
        publication: [before.publication, publication],
      });
      return { ok: true, id, publication, changed: true } as const;
    });

/** How one entity makes its draft copy: what it reads, which slug and fields the copy gets, what the audit lists. */
type DraftCopy<Row extends { id: string; slug: string }> = {
  audit: EntityAudit;
  /** The original, or null when it is gone. */
  read: (tx: Tx, id: string) => Promise<Row | null>;
  /** The copy's slug (the entity's own fallback and uniqueness rule). */
  slug: (tx: Tx, source: Row) => Promise<string>;
  /** Inserts the copy as a draft, with the fields the entity carries over. */
  create: (tx: Tx, source: Row, slug: string) => Promise<Row>;
  /** The audit entry's changes for the new row (each field from nothing to its value). */
  changes: (row: Row) => Record<string, unknown>;
};

/**
 * The entity's "make a draft copy": copies a record as a new draft and writes
 * its "create" audit entry, which also names the original's slug
 * (duplicatedFrom), in one transaction. A slug taken by a concurrent writer
 * comes back as a field error.
 */
export const draftCopier =
  <Row extends { id: string; slug: string }>(copy: DraftCopy<Row>) =>
  (id: string, actor: Actor, options: WriteOptions = {}): Promise<SaveResult> =>
    settle<SaveResult>(
      () =>
        inTransaction(options.tx, async (tx) => {
          const source = await copy.read(tx, id);
          if (!source) return refuse(notFound());
          const slug = await copy.slug(tx, source);
          const row = await copy.create(tx, source, slug);
          await copy.audit(tx, actor, "create", row.id, { ...copy.changes(row), duplicatedFrom: [null, source.slug] });
          return { ok: true, id: row.id, slug };
        }),
      SLUG_TAKEN,
    );
