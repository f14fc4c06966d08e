// The toolkit write layer: the only code that creates, changes, publishes or
// deletes resources. Each call is ONE transaction writing the row and its
// audit entry (changed fields before → after). A file replaced or left
// behind by a delete is removed with its Upload row in the same transaction;
// its stored bytes go after the commit (an orphaned object is harmless, a
// row without bytes would not be). Nothing here checks permissions:
// lib/resources/actions.ts does.
import "server-only";
import { toFieldErrors } from "@/lib/forms/field-errors";
import type { Prisma } from "@/generated/prisma/client";
import { auditDiff } from "@/lib/admin/audit-diff";
import { collectReferences } from "@/lib/admin/references";
import { uniqueSlug } from "@/lib/admin/slug";
import { E } from "@/lib/catalog/fields";
import { checkReferences } from "@/lib/catalog/references";
import { inTransaction, type Tx } from "@/lib/db";
import { auditOf, type Actor } from "@/lib/audit/write";
import {
  draftCopier,
  nullable,
  publicationWriter,
  SLUG_TAKEN,
  type DeleteResult,
  type SaveResult,
} from "@/lib/catalog/write-kit";
import { invalid, notFound, refuse, settle } from "@/lib/write-result";
import { uploadStore } from "@/lib/uploads/store";
import { ZResourceInput, type ResourceData } from "./schema";

export type WriteOptions = { tx?: Tx };

const ENTITY = "Resource";

const FIELDS = [
  "slug",
  "titleLv",
  "titleEn",
  "summaryLv",
  "summaryEn",
  "type",
  "audiences",
  "stages",
  "themes",
  "language",
  "publisher",
  "license",
  "year",
  "url",
  "alternateUrls",
  "file",
  "featured",
  "publication",
] as const;

const select = {
  id: true,
  slug: true,
  titleLv: true,
  titleEn: true,
  summaryLv: true,
  summaryEn: true,
  type: true,
  audiences: true,
  stages: true,
  themes: true,
  language: true,
  publisher: true,
  license: true,
  year: true,
  url: true,
  alternateUrls: true,
  fileId: true,
  featured: true,
  publication: true,
  sourceRefs: true,
  isDemo: true,
  demoNote: true,
  file: { select: { originalName: true, storageKey: true, sha256: true } },
} satisfies Prisma.ResourceSelect;

type Row = Prisma.ResourceGetPayload<{ select: typeof select }>;

/** What the audit log compares: the file as "name (sha256 prefix)" rather than an opaque id. */
const snapshot = (row: Row | null) =>
  row && { ...row, file: row.file ? `${row.file.originalName} (${row.file.sha256.slice(0, 12)})` : null };

const audit = auditOf(ENTITY);
const RESOURCE = { table: (tx: Tx) => tx.resource, audit };

function rowData(data: ResourceData) {
  return {
    titleLv: data.titleLv,
    titleEn: nullable(data.titleEn),
    summaryLv: nullable(data.summaryLv),
    summaryEn: nullable(data.summaryEn),
    type: data.type,
    audiences: data.audiences,
    stages: data.stages,
    themes: data.themes,
    language: nullable(data.language),
    publisher: nullable(data.publisher),
    license: nullable(data.license),
    year: nullable(data.year),
    url: nullable(data.url),
    alternateUrls: data.alternateUrls,
    fileId: nullable(data.fileId),
    featured: data.featured,
  };
}

function parse(input: unknown): ResourceData {
  const parsed = ZResourceInput.safeParse(input);
  if (!parsed.success) refuse(invalid(toFieldErrors(parsed.error)));
  return parsed.data;
}

async function check(
  tx: Tx,
  data: ResourceData,
  kept: Partial<Pick<ResourceData, "type" | "audiences" | "stages" | "themes">> = {},
) {
  const errors = await checkReferences(
    tx,
    [
      {
        field: "type",
        vocabulary: "RESOURCE_TYPE",
        keys: [data.type],
        kept: kept.type ? [kept.type] : [],
        error: "resourceTypeRequired",
      },
      {
        field: "audiences",
        vocabulary: "AUDIENCE",
        keys: data.audiences,
        kept: kept.audiences,
        error: "audienceInvalid",
      },
      { field: "stages", vocabulary: "STAGE", keys: data.stages, kept: kept.stages, error: "stageInvalid" },
      { field: "themes", vocabulary: "THEME", keys: data.themes, kept: kept.themes, error: "themeInvalid" },
    ],
    { uploads: [{ field: "fileId", ids: data.fileId ? [data.fileId] : [], error: "fileInvalid" }] },
  );
  if (errors) refuse(invalid(errors));
}

async function chooseSlug(tx: Tx, wanted: string | undefined, titleLv: string, exceptId?: string): Promise<string> {
  const not = exceptId ? { id: { not: exceptId } } : {};
  if (wanted) {
    if (await tx.resource.findFirst({ where: { slug: wanted, ...not }, select: { id: true } }))
      refuse(invalid({ slug: [E("slugTaken")] }));
    return wanted;
  }
  return uniqueSlug(tx, {
    entity: ENTITY,
    source: titleLv,
    fallback: "resurss",
    taken: async (base) =>
      (await tx.resource.findMany({ where: { slug: { startsWith: base }, ...not }, select: { slug: true } })).map(
        (r) => r.slug,
      ),
  });
}

/** A file attached elsewhere already (the unique index on Resource.fileId), or a slug chosen twice at once. */
const UNIQUE = { fileId: ["fileId", E("fileIdTaken")], ...SLUG_TAKEN } as const;

/** Removes stored bytes after the transaction that dropped their rows has committed. */
async function removeObjects(keys: string[]) {
  for (const key of keys)
    await uploadStore()
      .delete(key)
      .catch((e: unknown) => console.error("upload object not removed", key, e instanceof Error ? e.message : e));
}

export async function createResource(input: unknown, actor: Actor, options: WriteOptions = {}): Promise<SaveResult> {
  return settle<SaveResult>(
    () =>
      inTransaction(options.tx, async (tx) => {
        const data = parse(input);
        await check(tx, data);
        const slug = await chooseSlug(tx, data.slug, data.titleLv);
        const row = await tx.resource.create({ data: { ...rowData(data), slug, publication: "DRAFT" }, select });
        await audit(tx, actor, "create", row.id, auditDiff(null, snapshot(row), FIELDS));
        return { ok: true, id: row.id, slug };
      }),
    UNIQUE,
  );
}

export async function updateResource(
  id: string,
  input: unknown,
  actor: Actor,
  options: WriteOptions = {},
): Promise<SaveResult> {
  const orphaned: string[] = [];
  const result = await settle<SaveResult>(
    () =>
      inTransaction(options.tx, async (tx) => {
        const data = parse(input);
        const before = await tx.resource.findUnique({ where: { id }, select });
        if (!before) return refuse(notFound());
        await check(tx, data, before);
        const slug = data.slug ?? before.slug;
        if (slug !== before.slug) await chooseSlug(tx, slug, data.titleLv, id);
        const after = await tx.resource.update({ where: { id }, data: { ...rowData(data), slug }, select });
        if (before.fileId && before.fileId !== after.fileId && before.file) {
          await tx.upload.delete({ where: { id: before.fileId } });
          orphaned.push(before.file.storageKey);
        }
        const changes = auditDiff(snapshot(before), snapshot(after), FIELDS);
        if (Object.keys(changes).length) await audit(tx, actor, "update", id, changes);
        return { ok: true, id, slug };
      }),
    UNIQUE,
  );
  if (result.ok) await removeObjects(orphaned);
  return result;
}

/** A draft copy; the file stays with the original (an upload belongs to one resource). */
export const duplicateResource = draftCopier({
  audit,
  read: (tx, id) => tx.resource.findUnique({ where: { id }, select }),
  slug: (tx, source) => chooseSlug(tx, undefined, source.titleLv),
  create: (tx, source, slug) => {
    const {
      id: _id,
      slug: _slug,
      publication: _p,
      isDemo: _d,
      demoNote: _n,
      fileId: _f,
      file: _file,
      ...fields
    } = source;
    return tx.resource.create({ data: { ...fields, slug, publication: "DRAFT", featured: false }, select });
  },
  changes: (row) => auditDiff(null, snapshot(row), FIELDS),
});

export const setResourcePublication = publicationWriter(RESOURCE);

/** Nothing in the data model refers to a resource; kept so every entity's delete asks the same question. */
export const resourceReferences = (_id: string, _tx?: unknown) => collectReferences([]);

export async function deleteResource(id: string, actor: Actor, options: WriteOptions = {}): Promise<DeleteResult> {
  const orphaned: string[] = [];
  const result = await inTransaction(options.tx, async (tx): Promise<DeleteResult> => {
    const before = await tx.resource.findUnique({ where: { id }, select });
    if (!before) return { ok: false, code: "notFound" };
    const references = await resourceReferences(id, tx);
    if (references.length) return { ok: false, code: "referenced", references };
    await tx.resource.delete({ where: { id } });
    if (before.fileId && before.file) {
      await tx.upload.delete({ where: { id: before.fileId } });
      orphaned.push(before.file.storageKey);
    }
    await audit(tx, actor, "delete", id, auditDiff(snapshot(before), null, FIELDS));
    return { ok: true, id };
  });
  if (result.ok) await removeObjects(orphaned);
  return result;
}
