// Funding calls: create, update, duplicate, publish, delete (see write-shared.ts).
import "server-only";
import { toFieldErrors } from "@/lib/forms/field-errors";
import { Prisma } from "@/generated/prisma/client";
import { auditDiff } from "@/lib/admin/audit-diff";
import { collectReferences } from "@/lib/admin/references";
import { checkReferences } from "@/lib/catalog/references";
import { inTransaction, type Tx } from "@/lib/db";
import { auditOf, type Actor } from "@/lib/audit/write";
import {
  decimalOrNull,
  draftCopier,
  nullable,
  publicationWriter,
  SLUG_TAKEN,
  type DeleteResult,
  type SaveResult,
} from "@/lib/catalog/write-kit";
import { invalid, notFound, refuse, settle } from "@/lib/write-result";
import { callSelect } from "./queries";
import { ZCallInput, type CallData } from "./schema";
import { audit, chooseSlug, type WriteOptions } from "./write-shared";

const CALL_FIELDS = [
  "slug",
  "programmeId",
  "funderId",
  "titleLv",
  "titleEn",
  "summaryLv",
  "summaryEn",
  "callNumber",
  "totalBudgetEur",
  "minPerProjectEur",
  "maxPerProjectEur",
  "aidIntensityPct",
  "advancePct",
  "opensAt",
  "closesAt",
  "rolling",
  "eligibleApplicantTypes",
  "themes",
  "targetGroups",
  "stages",
  "url",
  "contactEmail",
  "details",
  "publication",
] as const;

function callRow(data: CallData) {
  return {
    programmeId: nullable(data.programmeId),
    funderId: nullable(data.funderId),
    titleLv: data.titleLv,
    titleEn: nullable(data.titleEn),
    summaryLv: nullable(data.summaryLv),
    summaryEn: nullable(data.summaryEn),
    callNumber: nullable(data.callNumber),
    totalBudgetEur: decimalOrNull(data.totalBudgetEur),
    minPerProjectEur: decimalOrNull(data.minPerProjectEur),
    maxPerProjectEur: decimalOrNull(data.maxPerProjectEur),
    aidIntensityPct: decimalOrNull(data.aidIntensityPct),
    advancePct: decimalOrNull(data.advancePct),
    opensAt: nullable(data.opensAt),
    closesAt: nullable(data.closesAt),
    rolling: nullable(data.rolling),
    eligibleApplicantTypes: data.eligibleApplicantTypes,
    themes: data.themes,
    targetGroups: data.targetGroups,
    stages: data.stages,
    url: nullable(data.url),
    contactEmail: nullable(data.contactEmail),
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
      {
        field: "targetGroups",
        vocabulary: "TARGET_GROUP",
        keys: data.targetGroups,
        kept: kept.targetGroups,
        error: "targetGroupInvalid",
      },
      {
        field: "eligibleApplicantTypes",
        vocabulary: "ORGANISATION_TYPE",
        keys: data.eligibleApplicantTypes,
        kept: kept.eligibleApplicantTypes,
        error: "applicantTypeInvalid",
      },
    ],
    {
      organisations: [{ field: "funderId", ids: data.funderId ? [data.funderId] : [], error: "organisationInvalid" }],
      programmes: [
        { field: "programmeId", ids: data.programmeId ? [data.programmeId] : [], error: "programmeInvalid" },
      ],
    },
  );
  if (errors) refuse(invalid(errors));
}

function parseCall(input: unknown): CallData {
  const parsed = ZCallInput.safeParse(input);
  if (!parsed.success) refuse(invalid(toFieldErrors(parsed.error)));
  return parsed.data;
}

export function createCall(input: unknown, actor: Actor, options: WriteOptions = {}): Promise<SaveResult> {
  return settle<SaveResult>(
    () =>
      inTransaction(options.tx, async (tx) => {
        const data = parseCall(input);
        await checkCall(tx, data);
        const slug = await chooseSlug(tx, "FundingCall", data.slug, data.titleLv);
        const row = await tx.fundingCall.create({
          data: { ...callRow(data), slug, publication: "DRAFT" },
          select: callSelect,
        });
        await audit(tx, actor, "create", "FundingCall", row.id, auditDiff(null, row, CALL_FIELDS));
        return { ok: true, id: row.id, slug };
      }),
    SLUG_TAKEN,
  );
}

export function updateCall(id: string, input: unknown, actor: Actor, options: WriteOptions = {}): Promise<SaveResult> {
  return settle<SaveResult>(
    () =>
      inTransaction(options.tx, async (tx) => {
        const data = parseCall(input);
        const before = await tx.fundingCall.findUnique({ where: { id }, select: callSelect });
        if (!before) return refuse(notFound());
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
    SLUG_TAKEN,
  );
}

const CALL = { table: (tx: Tx) => tx.fundingCall, audit: auditOf("FundingCall") };

export const duplicateCall = draftCopier({
  audit: CALL.audit,
  read: (tx, id) => tx.fundingCall.findUnique({ where: { id }, select: callSelect }),
  slug: (tx, source) => chooseSlug(tx, "FundingCall", undefined, source.titleLv),
  create: (tx, source, slug) => {
    const { id: _id, slug: _slug, publication: _p, isDemo: _d, demoNote: _n, details, ...fields } = source;
    return tx.fundingCall.create({
      data: {
        ...fields,
        slug,
        publication: "DRAFT",
        details: (details ?? undefined) as Prisma.InputJsonValue | undefined,
      },
      select: callSelect,
    });
  },
  changes: (row) => auditDiff(null, row, CALL_FIELDS),
});

export const setCallPublication = publicationWriter(CALL);

/** Nothing in the data model refers to a call; kept so the confirm dialog and the delete ask the same question for every entity. */
export const callReferences = (_id: string, _tx?: unknown) => collectReferences([]);

export async function deleteCall(id: string, actor: Actor, options: WriteOptions = {}): Promise<DeleteResult> {
  return inTransaction(options.tx, async (tx) => {
    const before = await tx.fundingCall.findUnique({ where: { id }, select: callSelect });
    if (!before) return notFound();
    const references = await callReferences(id, tx);
    if (references.length) return { ok: false, code: "referenced", references } as const;
    await tx.fundingCall.delete({ where: { id } });
    await audit(tx, actor, "delete", "FundingCall", id, auditDiff(before, null, CALL_FIELDS));
    return { ok: true, id } as const;
  });
}
