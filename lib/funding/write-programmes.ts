// Funding programmes: create, update, duplicate, publish, delete (see write-shared.ts).
import "server-only";
import { toFieldErrors } from "@/lib/forms/field-errors";
import { auditDiff } from "@/lib/admin/audit-diff";
import { collectReferences } from "@/lib/admin/references";
import { checkReferences } from "@/lib/catalog/references";
import { db, inTransaction, type Tx } from "@/lib/db";
import { localizedHref } from "@/lib/i18n/paths";
import type { Locale } from "@/lib/i18n/routing";
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
import { programmeSelect } from "./queries";
import { ZProgrammeInput, type ProgrammeData } from "./schema";
import { audit, chooseSlug, type WriteOptions } from "./write-shared";

const PROGRAMME_FIELDS = [
  "slug",
  "titleLv",
  "titleEn",
  "kind",
  "period",
  "summaryLv",
  "summaryEn",
  "themes",
  "url",
  "urlLv",
  "funderId",
  "operatorId",
  "managingAuthorityId",
  "publication",
] as const;

function programmeRow(data: ProgrammeData) {
  return {
    titleLv: data.titleLv,
    titleEn: nullable(data.titleEn),
    kind: data.kind,
    period: nullable(data.period),
    summaryLv: nullable(data.summaryLv),
    summaryEn: nullable(data.summaryEn),
    themes: data.themes,
    url: nullable(data.url),
    urlLv: nullable(data.urlLv),
    funderId: nullable(data.funderId),
    operatorId: nullable(data.operatorId),
    managingAuthorityId: nullable(data.managingAuthorityId),
  };
}

async function checkProgramme(tx: Tx, data: ProgrammeData, kept: { themes?: string[] } = {}) {
  const org = (field: "funderId" | "operatorId" | "managingAuthorityId") => ({
    field,
    ids: data[field] ? [data[field]] : [],
    error: "organisationInvalid",
  });
  const errors = await checkReferences(
    tx,
    [{ field: "themes", vocabulary: "THEME", keys: data.themes, kept: kept.themes, error: "themeInvalid" }],
    {
      organisations: [org("funderId"), org("operatorId"), org("managingAuthorityId")],
    },
  );
  if (errors) refuse(invalid(errors));
}

function parseProgramme(input: unknown): ProgrammeData {
  const parsed = ZProgrammeInput.safeParse(input);
  if (!parsed.success) refuse(invalid(toFieldErrors(parsed.error)));
  return parsed.data;
}

/** A new programme starts as a draft: staff publish it when it is ready. */
export function createProgramme(input: unknown, actor: Actor, options: WriteOptions = {}): Promise<SaveResult> {
  return settle<SaveResult>(
    () =>
      inTransaction(options.tx, async (tx) => {
        const data = parseProgramme(input);
        await checkProgramme(tx, data);
        const slug = await chooseSlug(tx, "FundingProgramme", data.slug, data.titleLv);
        const row = await tx.fundingProgramme.create({
          data: { ...programmeRow(data), slug, publication: "DRAFT" },
          select: programmeSelect,
        });
        await audit(tx, actor, "create", "FundingProgramme", row.id, auditDiff(null, row, PROGRAMME_FIELDS));
        return { ok: true, id: row.id, slug };
      }),
    SLUG_TAKEN,
  );
}

export function updateProgramme(
  id: string,
  input: unknown,
  actor: Actor,
  options: WriteOptions = {},
): Promise<SaveResult> {
  return settle<SaveResult>(
    () =>
      inTransaction(options.tx, async (tx) => {
        const data = parseProgramme(input);
        const before = await tx.fundingProgramme.findUnique({ where: { id }, select: programmeSelect });
        if (!before) return refuse(notFound());
        await checkProgramme(tx, data, { themes: before.themes });
        const slug = data.slug ?? before.slug;
        if (slug !== before.slug) await chooseSlug(tx, "FundingProgramme", slug, data.titleLv, id);
        const after = await tx.fundingProgramme.update({
          where: { id },
          data: { ...programmeRow(data), slug },
          select: programmeSelect,
        });
        const changes = auditDiff(before, after, PROGRAMME_FIELDS);
        if (Object.keys(changes).length) await audit(tx, actor, "update", "FundingProgramme", id, changes);
        return { ok: true, id, slug };
      }),
    SLUG_TAKEN,
  );
}

const PROGRAMME = { table: (tx: Tx) => tx.fundingProgramme, audit: auditOf("FundingProgramme") };

/** A draft copy with a fresh slug; calls and projects stay with the original. */
export const duplicateProgramme = draftCopier({
  audit: PROGRAMME.audit,
  read: (tx, id) => tx.fundingProgramme.findUnique({ where: { id }, select: programmeSelect }),
  slug: (tx, source) => chooseSlug(tx, "FundingProgramme", undefined, source.titleLv),
  create: (tx, source, slug) => {
    const { id: _id, slug: _slug, publication: _p, isDemo: _d, ...fields } = source;
    return tx.fundingProgramme.create({ data: { ...fields, slug, publication: "DRAFT" }, select: programmeSelect });
  },
  changes: (row) => auditDiff(null, row, PROGRAMME_FIELDS),
});

export const setProgrammePublication = publicationWriter(PROGRAMME);

/** What still points at a programme: its calls and projects (the delete is refused while any exist). */
export function programmeReferences(
  id: string,
  { tx = db, locale = "lv" }: { tx?: Pick<Tx, "fundingCall" | "project">; locale?: Locale } = {},
) {
  return collectReferences([
    {
      kind: "calls",
      count: () => tx.fundingCall.count({ where: { programmeId: id } }),
      examples: (take) =>
        tx.fundingCall
          .findMany({
            where: { programmeId: id },
            take,
            orderBy: { titleLv: "asc" },
            select: { id: true, titleLv: true },
          })
          .then((rows) => rows.map((r) => ({ label: r.titleLv, href: localizedHref(`/admin/calls/${r.id}`, locale) }))),
    },
    {
      kind: "projects",
      count: () => tx.project.count({ where: { programmeId: id } }),
      examples: (take) =>
        tx.project
          .findMany({
            where: { programmeId: id },
            take,
            orderBy: { titleLv: "asc" },
            select: { id: true, titleLv: true },
          })
          .then((rows) =>
            rows.map((r) => ({ label: r.titleLv, href: localizedHref(`/admin/projects/${r.id}`, locale) })),
          ),
    },
  ]);
}

export async function deleteProgramme(
  id: string,
  actor: Actor,
  options: WriteOptions & { locale?: Locale } = {},
): Promise<DeleteResult> {
  return inTransaction(options.tx, async (tx) => {
    // Serialises with a concurrent "add a call to this programme".
    const before = await tx.fundingProgramme.findUnique({ where: { id }, select: programmeSelect });
    if (!before) return notFound();
    await tx.$executeRaw`SELECT 1 FROM "FundingProgramme" WHERE id = ${id} FOR UPDATE`;
    const references = await programmeReferences(id, { tx, locale: options.locale });
    if (references.length) return { ok: false, code: "referenced", references } as const;
    await tx.fundingProgramme.delete({ where: { id } });
    await audit(tx, actor, "delete", "FundingProgramme", id, auditDiff(before, null, PROGRAMME_FIELDS));
    return { ok: true, id } as const;
  });
}
