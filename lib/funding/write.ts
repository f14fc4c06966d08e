// The funding write layer: the only code that creates, changes, publishes or
// deletes funding programmes and calls. Each call is ONE transaction (the
// caller's when `tx` is given) writing the row and its audit entry (changed
// fields before → after). Not a server action file: nothing here checks
// permissions; lib/funding/actions.ts does, before calling in.
import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { auditDiff } from "@/lib/admin/audit-diff";
import { collectReferences } from "@/lib/admin/references";
import { uniqueSlug } from "@/lib/admin/slug";
import { writeAudit } from "@/lib/audit/write";
import { E, toFieldErrors, type Publication } from "@/lib/catalog/fields";
import { checkReferences } from "@/lib/catalog/references";
import {
  decimalOrNull, inTransaction, Invalid, Missing, nullable, publicationAction, settle,
  type Actor, type DeleteResult, type PublicationResult, type Tx, type WriteResult,
} from "@/lib/catalog/write-kit";
import { ZCallInput, ZProgrammeInput, type CallData, type ProgrammeData } from "./schema";

export type WriteOptions = { tx?: Tx };

// ─── shared ─────────────────────────────────────────────────────────────────

type Entity = "FundingProgramme" | "FundingCall";

async function chooseSlug(tx: Tx, entity: Entity, wanted: string | undefined, titleLv: string, exceptId?: string): Promise<string> {
  const table = entity === "FundingProgramme" ? tx.fundingProgramme : tx.fundingCall;
  const not = exceptId ? { id: { not: exceptId } } : {};
  if (wanted) {
    const clash = await (table as typeof tx.fundingCall).findFirst({ where: { slug: wanted, ...not }, select: { id: true } });
    if (clash) throw new Invalid({ slug: [E("slugTaken")] });
    return wanted;
  }
  return uniqueSlug(tx, {
    entity,
    source: titleLv,
    fallback: entity === "FundingProgramme" ? "programma" : "konkurss",
    taken: async (base) => (await (table as typeof tx.fundingCall).findMany({ where: { slug: { startsWith: base }, ...not }, select: { slug: true } })).map((r) => r.slug),
  });
}

const audit = (tx: Tx, actor: Actor, action: "create" | "update" | "delete" | "publish" | "unpublish" | "archive", entityType: Entity, entityId: string, changes: Prisma.InputJsonValue) =>
  writeAudit({ action, entityType, entityId, actorId: actor.id, actorEmail: actor.email ?? null, ip: actor.ip ?? null, changes }, tx);

// ─── programmes ─────────────────────────────────────────────────────────────

const PROGRAMME_FIELDS = [
  "slug", "titleLv", "titleEn", "kind", "period", "summaryLv", "summaryEn", "themes", "url", "urlLv",
  "funderId", "operatorId", "managingAuthorityId", "publication",
] as const;

const programmeSelect = {
  id: true, slug: true, titleLv: true, titleEn: true, kind: true, period: true, summaryLv: true, summaryEn: true, themes: true,
  url: true, urlLv: true, funderId: true, operatorId: true, managingAuthorityId: true, publication: true, sourceRefs: true, isDemo: true,
} satisfies Prisma.FundingProgrammeSelect;

function programmeRow(data: ProgrammeData) {
  return {
    titleLv: data.titleLv, titleEn: nullable(data.titleEn), kind: data.kind, period: nullable(data.period),
    summaryLv: nullable(data.summaryLv), summaryEn: nullable(data.summaryEn), themes: data.themes,
    url: nullable(data.url), urlLv: nullable(data.urlLv), funderId: nullable(data.funderId), operatorId: nullable(data.operatorId),
    managingAuthorityId: nullable(data.managingAuthorityId),
  };
}

async function checkProgramme(tx: Tx, data: ProgrammeData, kept: { themes?: string[] } = {}) {
  const org = (field: "funderId" | "operatorId" | "managingAuthorityId") => ({ field, ids: data[field] ? [data[field]] : [], error: "organisationInvalid" });
  const errors = await checkReferences(tx, [{ field: "themes", vocabulary: "THEME", keys: data.themes, kept: kept.themes, error: "themeInvalid" }], {
    organisations: [org("funderId"), org("operatorId"), org("managingAuthorityId")],
  });
  if (errors) throw new Invalid(errors);
}

function parseProgramme(input: unknown): ProgrammeData {
  const parsed = ZProgrammeInput.safeParse(input);
  if (!parsed.success) throw new Invalid(toFieldErrors(parsed.error));
  return parsed.data;
}

/** A new programme starts as a draft: staff publish it when it is ready. */
export function createProgramme(input: unknown, actor: Actor, options: WriteOptions = {}): Promise<WriteResult> {
  return settle(() =>
    inTransaction(options.tx, async (tx) => {
      const data = parseProgramme(input);
      await checkProgramme(tx, data);
      const slug = await chooseSlug(tx, "FundingProgramme", data.slug, data.titleLv);
      const row = await tx.fundingProgramme.create({ data: { ...programmeRow(data), slug, publication: "DRAFT" }, select: programmeSelect });
      await audit(tx, actor, "create", "FundingProgramme", row.id, auditDiff(null, row, PROGRAMME_FIELDS));
      return { ok: true, id: row.id, slug };
    }),
  );
}

export function updateProgramme(id: string, input: unknown, actor: Actor, options: WriteOptions = {}): Promise<WriteResult> {
  return settle(() =>
    inTransaction(options.tx, async (tx) => {
      const data = parseProgramme(input);
      const before = await tx.fundingProgramme.findUnique({ where: { id }, select: programmeSelect });
      if (!before) throw new Missing();
      await checkProgramme(tx, data, { themes: before.themes });
      const slug = data.slug ?? before.slug;
      if (slug !== before.slug) await chooseSlug(tx, "FundingProgramme", slug, data.titleLv, id);
      const after = await tx.fundingProgramme.update({ where: { id }, data: { ...programmeRow(data), slug }, select: programmeSelect });
      const changes = auditDiff(before, after, PROGRAMME_FIELDS);
      if (Object.keys(changes).length) await audit(tx, actor, "update", "FundingProgramme", id, changes);
      return { ok: true, id, slug };
    }),
  );
}

/** A draft copy with a fresh slug; calls and projects stay with the original. */
export function duplicateProgramme(id: string, actor: Actor, options: WriteOptions = {}): Promise<WriteResult> {
  return settle(() =>
    inTransaction(options.tx, async (tx) => {
      const source = await tx.fundingProgramme.findUnique({ where: { id }, select: programmeSelect });
      if (!source) throw new Missing();
      const { id: _id, slug: _slug, publication: _p, isDemo: _d, ...fields } = source;
      const slug = await chooseSlug(tx, "FundingProgramme", undefined, source.titleLv);
      const row = await tx.fundingProgramme.create({ data: { ...fields, slug, publication: "DRAFT" }, select: programmeSelect });
      await audit(tx, actor, "create", "FundingProgramme", row.id, { ...auditDiff(null, row, PROGRAMME_FIELDS), duplicatedFrom: [null, source.slug] });
      return { ok: true, id: row.id, slug };
    }),
  );
}

export async function setProgrammePublication(id: string, publication: Publication, actor: Actor, options: WriteOptions = {}): Promise<PublicationResult> {
  return inTransaction(options.tx, async (tx) => {
    const before = await tx.fundingProgramme.findUnique({ where: { id }, select: { publication: true } });
    if (!before) return { ok: false, code: "notFound" } as const;
    if (before.publication === publication) return { ok: true, id, publication, changed: false } as const;
    await tx.fundingProgramme.update({ where: { id }, data: { publication } });
    await audit(tx, actor, publicationAction(before.publication, publication), "FundingProgramme", id, { publication: [before.publication, publication] });
    return { ok: true, id, publication, changed: true } as const;
  });
}

/** What still points at a programme: its calls and projects (the delete is refused while any exist). */
export function programmeReferences(id: string, tx: Pick<Tx, "fundingCall" | "project">) {
  return collectReferences([
    {
      kind: "calls",
      count: () => tx.fundingCall.count({ where: { programmeId: id } }),
      examples: (take) => tx.fundingCall.findMany({ where: { programmeId: id }, take, orderBy: { titleLv: "asc" }, select: { id: true, titleLv: true } })
        .then((rows) => rows.map((r) => ({ label: r.titleLv, href: `/admin/calls/${r.id}` }))),
    },
    {
      kind: "projects",
      count: () => tx.project.count({ where: { programmeId: id } }),
      examples: (take) => tx.project.findMany({ where: { programmeId: id }, take, orderBy: { titleLv: "asc" }, select: { id: true, titleLv: true } })
        .then((rows) => rows.map((r) => ({ label: r.titleLv, href: `/admin/projects/${r.id}` }))),
    },
  ]);
}

export async function deleteProgramme(id: string, actor: Actor, options: WriteOptions = {}): Promise<DeleteResult> {
  return inTransaction(options.tx, async (tx) => {
    // Serialises with a concurrent "add a call to this programme".
    const before = await tx.fundingProgramme.findUnique({ where: { id }, select: programmeSelect });
    if (!before) return { ok: false, code: "notFound" } as const;
    await tx.$executeRaw`SELECT 1 FROM "FundingProgramme" WHERE id = ${id} FOR UPDATE`;
    const references = await programmeReferences(id, tx);
    if (references.length) return { ok: false, code: "referenced", references } as const;
    await tx.fundingProgramme.delete({ where: { id } });
    await audit(tx, actor, "delete", "FundingProgramme", id, auditDiff(before, null, PROGRAMME_FIELDS));
    return { ok: true, id } as const;
  });
}

// ─── calls ──────────────────────────────────────────────────────────────────

const CALL_FIELDS = [
  "slug", "programmeId", "funderId", "titleLv", "titleEn", "summaryLv", "summaryEn", "callNumber",
  "totalBudgetEur", "minPerProjectEur", "maxPerProjectEur", "aidIntensityPct", "advancePct", "opensAt", "closesAt", "rolling",
  "eligibleApplicantTypes", "themes", "targetGroups", "stages", "url", "contactEmail", "details", "publication",
] as const;

const callSelect = {
  id: true, slug: true, programmeId: true, funderId: true, titleLv: true, titleEn: true, summaryLv: true, summaryEn: true, callNumber: true,
  totalBudgetEur: true, minPerProjectEur: true, maxPerProjectEur: true, aidIntensityPct: true, advancePct: true,
  opensAt: true, closesAt: true, rolling: true, eligibleApplicantTypes: true, themes: true, targetGroups: true, stages: true,
  url: true, contactEmail: true, details: true, publication: true, sourceRefs: true, isDemo: true, demoNote: true,
} satisfies Prisma.FundingCallSelect;

function callRow(data: CallData) {
  return {
    programmeId: nullable(data.programmeId), funderId: nullable(data.funderId),
    titleLv: data.titleLv, titleEn: nullable(data.titleEn), summaryLv: nullable(data.summaryLv), summaryEn: nullable(data.summaryEn),
    callNumber: nullable(data.callNumber),
    totalBudgetEur: decimalOrNull(data.totalBudgetEur), minPerProjectEur: decimalOrNull(data.minPerProjectEur),
    maxPerProjectEur: decimalOrNull(data.maxPerProjectEur), aidIntensityPct: decimalOrNull(data.aidIntensityPct), advancePct: decimalOrNull(data.advancePct),
    opensAt: nullable(data.opensAt), closesAt: nullable(data.closesAt), rolling: nullable(data.rolling),
    eligibleApplicantTypes: data.eligibleApplicantTypes, themes: data.themes, targetGroups: data.targetGroups, stages: data.stages,
    url: nullable(data.url), contactEmail: nullable(data.contactEmail),
    // undefined leaves the Json column unset on create; an update clears it with DbNull (updateCall).
    details: (data.details ?? undefined) as Prisma.InputJsonValue | undefined,
  };
}

type CallKept = Partial<Pick<CallData, "themes" | "stages" | "targetGroups" | "eligibleApplicantTypes">>;

async function checkCall(tx: Tx, data: CallData, kept: CallKept = {}) {
  const errors = await checkReferences(
    tx,
    [
      { field: "stages", vocabulary: "STAGE", keys: data.stages, kept: kept.stages, error: "stageInvalid" },
      { field: "themes", vocabulary: "THEME", keys: data.themes, kept: kept.themes, error: "themeInvalid" },
      { field: "targetGroups", vocabulary: "TARGET_GROUP", keys: data.targetGroups, kept: kept.targetGroups, error: "targetGroupInvalid" },
      { field: "eligibleApplicantTypes", vocabulary: "ORGANISATION_TYPE", keys: data.eligibleApplicantTypes, kept: kept.eligibleApplicantTypes, error: "applicantTypeInvalid" },
    ],
    {
      organisations: [{ field: "funderId", ids: data.funderId ? [data.funderId] : [], error: "organisationInvalid" }],
      programmes: [{ field: "programmeId", ids: data.programmeId ? [data.programmeId] : [], error: "programmeInvalid" }],
    },
  );
  if (errors) throw new Invalid(errors);
}

function parseCall(input: unknown): CallData {
  const parsed = ZCallInput.safeParse(input);
  if (!parsed.success) throw new Invalid(toFieldErrors(parsed.error));
  return parsed.data;
}

export function createCall(input: unknown, actor: Actor, options: WriteOptions = {}): Promise<WriteResult> {
  return settle(() =>
    inTransaction(options.tx, async (tx) => {
      const data = parseCall(input);
      await checkCall(tx, data);
      const slug = await chooseSlug(tx, "FundingCall", data.slug, data.titleLv);
      const row = await tx.fundingCall.create({ data: { ...callRow(data), slug, publication: "DRAFT" }, select: callSelect });
      await audit(tx, actor, "create", "FundingCall", row.id, auditDiff(null, row, CALL_FIELDS));
      return { ok: true, id: row.id, slug };
    }),
  );
}

export function updateCall(id: string, input: unknown, actor: Actor, options: WriteOptions = {}): Promise<WriteResult> {
  return settle(() =>
    inTransaction(options.tx, async (tx) => {
      const data = parseCall(input);
      const before = await tx.fundingCall.findUnique({ where: { id }, select: callSelect });
      if (!before) throw new Missing();
      await checkCall(tx, data, before);
      const slug = data.slug ?? before.slug;
      if (slug !== before.slug) await chooseSlug(tx, "FundingCall", slug, data.titleLv, id);
      const row = callRow(data);
      const after = await tx.fundingCall.update({
        where: { id },
        data: { ...row, slug, details: row.details ?? Prisma.DbNull },
        select: callSelect,
      });
      const changes = auditDiff(before, after, CALL_FIELDS);
      if (Object.keys(changes).length) await audit(tx, actor, "update", "FundingCall", id, changes);
      return { ok: true, id, slug };
    }),
  );
}

export function duplicateCall(id: string, actor: Actor, options: WriteOptions = {}): Promise<WriteResult> {
  return settle(() =>
    inTransaction(options.tx, async (tx) => {
      const source = await tx.fundingCall.findUnique({ where: { id }, select: callSelect });
      if (!source) throw new Missing();
      const { id: _id, slug: _slug, publication: _p, isDemo: _d, demoNote: _n, details, ...fields } = source;
      const slug = await chooseSlug(tx, "FundingCall", undefined, source.titleLv);
      const row = await tx.fundingCall.create({
        data: { ...fields, slug, publication: "DRAFT", details: (details ?? undefined) as Prisma.InputJsonValue | undefined },
        select: callSelect,
      });
      await audit(tx, actor, "create", "FundingCall", row.id, { ...auditDiff(null, row, CALL_FIELDS), duplicatedFrom: [null, source.slug] });
      return { ok: true, id: row.id, slug };
    }),
  );
}

export async function setCallPublication(id: string, publication: Publication, actor: Actor, options: WriteOptions = {}): Promise<PublicationResult> {
  return inTransaction(options.tx, async (tx) => {
    const before = await tx.fundingCall.findUnique({ where: { id }, select: { publication: true } });
    if (!before) return { ok: false, code: "notFound" } as const;
    if (before.publication === publication) return { ok: true, id, publication, changed: false } as const;
    await tx.fundingCall.update({ where: { id }, data: { publication } });
    await audit(tx, actor, publicationAction(before.publication, publication), "FundingCall", id, { publication: [before.publication, publication] });
    return { ok: true, id, publication, changed: true } as const;
  });
}

/** Nothing in the data model refers to a call; kept so the confirm dialog and the delete ask the same question for every entity. */
export const callReferences = (_id: string, _tx?: unknown) => collectReferences([]);

export async function deleteCall(id: string, actor: Actor, options: WriteOptions = {}): Promise<DeleteResult> {
  return inTransaction(options.tx, async (tx) => {
    const before = await tx.fundingCall.findUnique({ where: { id }, select: callSelect });
    if (!before) return { ok: false, code: "notFound" } as const;
    const references = await callReferences(id, tx);
    if (references.length) return { ok: false, code: "referenced", references } as const;
    await tx.fundingCall.delete({ where: { id } });
    await audit(tx, actor, "delete", "FundingCall", id, auditDiff(before, null, CALL_FIELDS));
    return { ok: true, id } as const;
  });
}
