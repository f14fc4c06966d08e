// Reads for the staff programme and call pages and their exports.
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { EXPORT_LIMIT } from "@/lib/admin/export";
import { pageWindow, type ListQuery, type ListSpec } from "@/lib/admin/list-query";
import { PUBLICATION_STATES } from "@/lib/catalog/fields";
import { db } from "@/lib/db";
import { PROGRAMME_KINDS } from "./kinds";
import { CALL_STATUSES, type CallStatus } from "./status";

// ─── programmes ─────────────────────────────────────────────────────────────

const PROGRAMME_SORTS = ["title", "kind", "updated"] as const;
export type ProgrammeSort = (typeof PROGRAMME_SORTS)[number];
export type ProgrammeFilter = "kind" | "publication";

export const PROGRAMME_LIST: ListSpec<ProgrammeSort, ProgrammeFilter> = {
  sorts: PROGRAMME_SORTS,
  defaultSort: "title",
  filters: { kind: PROGRAMME_KINDS, publication: PUBLICATION_STATES },
};
export type ProgrammeListQuery = ListQuery<ProgrammeSort, ProgrammeFilter>;

function programmeWhere({ q, filters }: ProgrammeListQuery): Prisma.FundingProgrammeWhereInput {
  const and: Prisma.FundingProgrammeWhereInput[] = [];
  if (q) {
    and.push({
      OR: [
        { titleLv: { contains: q, mode: "insensitive" } },
        { titleEn: { contains: q, mode: "insensitive" } },
        { slug: { contains: q, mode: "insensitive" } },
      ],
    });
  }
  if (filters.kind) and.push({ kind: filters.kind });
  if (filters.publication) and.push({ publication: filters.publication as (typeof PUBLICATION_STATES)[number] });
  return and.length ? { AND: and } : {};
}

function programmeOrder({ sort, dir }: ProgrammeListQuery): Prisma.FundingProgrammeOrderByWithRelationInput[] {
  if (sort === "kind") return [{ kind: dir }, { titleLv: "asc" }];
  if (sort === "updated") return [{ updatedAt: dir }, { id: "asc" }];
  return [{ titleLv: dir }, { id: "asc" }];
}

const programmeListSelect = {
  id: true,
  slug: true,
  titleLv: true,
  titleEn: true,
  kind: true,
  period: true,
  publication: true,
  updatedAt: true,
  _count: { select: { calls: true, projects: true } },
} satisfies Prisma.FundingProgrammeSelect;
export type ProgrammeRow = Prisma.FundingProgrammeGetPayload<{ select: typeof programmeListSelect }>;

export async function listProgrammes(query: ProgrammeListQuery): Promise<{ rows: ProgrammeRow[]; total: number }> {
  const where = programmeWhere(query);
  const [rows, total] = await Promise.all([
    db.fundingProgramme.findMany({
      where,
      orderBy: programmeOrder(query),
      ...pageWindow(query),
      select: programmeListSelect,
    }),
    db.fundingProgramme.count({ where }),
  ]);
  return { rows, total };
}

/** A programme's own fields: what the staff form shows and the write layer reads, diffs and copies. */
export const programmeSelect = {
  id: true,
  slug: true,
  titleLv: true,
  titleEn: true,
  kind: true,
  period: true,
  summaryLv: true,
  summaryEn: true,
  themes: true,
  url: true,
  urlLv: true,
  funderId: true,
  operatorId: true,
  managingAuthorityId: true,
  publication: true,
  sourceRefs: true,
  isDemo: true,
} satisfies Prisma.FundingProgrammeSelect;

const programmeFullSelect = {
  ...programmeSelect,
  createdAt: true,
  updatedAt: true,
} satisfies Prisma.FundingProgrammeSelect;
export type ProgrammeRecord = Prisma.FundingProgrammeGetPayload<{ select: typeof programmeFullSelect }>;

export const getProgramme = (id: string) =>
  db.fundingProgramme.findUnique({ where: { id }, select: programmeFullSelect });

export const listProgrammesForExport = (query: ProgrammeListQuery): Promise<ProgrammeRecord[]> =>
  db.fundingProgramme.findMany({
    where: programmeWhere(query),
    orderBy: programmeOrder(query),
    take: EXPORT_LIMIT,
    select: programmeFullSelect,
  });

/** Programmes for the call form's select and the call list's filter. */
export async function programmeOptions(locale: string): Promise<{ value: string; label: string }[]> {
  const rows = await db.fundingProgramme.findMany({
    orderBy: { titleLv: "asc" },
    select: { id: true, titleLv: true, titleEn: true },
  });
  return rows.map((r) => ({ value: r.id, label: locale === "en" && r.titleEn ? r.titleEn : r.titleLv }));
}

// ─── calls ──────────────────────────────────────────────────────────────────

const CALL_SORTS = ["closes", "opens", "title", "updated"] as const;
export type CallSort = (typeof CALL_SORTS)[number];
export type CallFilter = "programme" | "status" | "stage" | "publication";

export const CALL_LIST: ListSpec<CallSort, CallFilter> = {
  sorts: CALL_SORTS,
  defaultSort: "closes",
  defaultDir: "desc",
  filters: { programme: null, status: CALL_STATUSES, stage: null, publication: PUBLICATION_STATES },
};
export type CallListQuery = ListQuery<CallSort, CallFilter>;

const hasRolling: Prisma.FundingCallWhereInput = { rolling: { not: null }, NOT: { rolling: "" } };

/** The same rule as callStatus() in status.ts, as a query (and lib/stats/open-calls.ts, without publication). */
function callStatusWhere(status: CallStatus, now: Date): Prisma.FundingCallWhereInput {
  if (status === "upcoming") return { opensAt: { gt: now } };
  const started: Prisma.FundingCallWhereInput = { OR: [{ opensAt: null }, { opensAt: { lte: now } }] };
  if (status === "open")
    return { AND: [started, { OR: [{ closesAt: { gte: now } }, { closesAt: null, ...hasRolling }] }] };
  return {
    AND: [started, { OR: [{ closesAt: { lt: now } }, { closesAt: null, OR: [{ rolling: null }, { rolling: "" }] }] }],
  };
}

function callWhere({ q, filters }: CallListQuery, now: Date): Prisma.FundingCallWhereInput {
  const and: Prisma.FundingCallWhereInput[] = [];
  if (q) {
    and.push({
      OR: [
        { titleLv: { contains: q, mode: "insensitive" } },
        { titleEn: { contains: q, mode: "insensitive" } },
        { callNumber: { contains: q, mode: "insensitive" } },
        { slug: { contains: q, mode: "insensitive" } },
      ],
    });
  }
  if (filters.programme) and.push({ programmeId: filters.programme });
  if (filters.stage) and.push({ stages: { has: filters.stage } });
  if (filters.status) and.push(callStatusWhere(filters.status as CallStatus, now));
  if (filters.publication) and.push({ publication: filters.publication as (typeof PUBLICATION_STATES)[number] });
  return and.length ? { AND: and } : {};
}

function callOrder({ sort, dir }: CallListQuery): Prisma.FundingCallOrderByWithRelationInput[] {
  if (sort === "opens") return [{ opensAt: { sort: dir, nulls: "last" } }, { titleLv: "asc" }];
  if (sort === "title") return [{ titleLv: dir }, { id: "asc" }];
  if (sort === "updated") return [{ updatedAt: dir }, { id: "asc" }];
  return [{ closesAt: { sort: dir, nulls: "last" } }, { titleLv: "asc" }];
}

const callListSelect = {
  id: true,
  slug: true,
  titleLv: true,
  titleEn: true,
  callNumber: true,
  opensAt: true,
  closesAt: true,
  rolling: true,
  stages: true,
  publication: true,
  updatedAt: true,
  programme: { select: { id: true, titleLv: true, titleEn: true } },
} satisfies Prisma.FundingCallSelect;
export type CallRow = Prisma.FundingCallGetPayload<{ select: typeof callListSelect }>;

export async function listCalls(query: CallListQuery, now = new Date()): Promise<{ rows: CallRow[]; total: number }> {
  const where = callWhere(query, now);
  const [rows, total] = await Promise.all([
    db.fundingCall.findMany({ where, orderBy: callOrder(query), ...pageWindow(query), select: callListSelect }),
    db.fundingCall.count({ where }),
  ]);
  return { rows, total };
}

/** A call's own fields: what the staff form shows and the write layer reads, diffs and copies. */
export const callSelect = {
  id: true,
  slug: true,
  programmeId: true,
  funderId: true,
  titleLv: true,
  titleEn: true,
  summaryLv: true,
  summaryEn: true,
  callNumber: true,
  totalBudgetEur: true,
  minPerProjectEur: true,
  maxPerProjectEur: true,
  aidIntensityPct: true,
  advancePct: true,
  opensAt: true,
  closesAt: true,
  rolling: true,
  eligibleApplicantTypes: true,
  themes: true,
  targetGroups: true,
  stages: true,
  url: true,
  contactEmail: true,
  details: true,
  publication: true,
  sourceRefs: true,
  isDemo: true,
  demoNote: true,
} satisfies Prisma.FundingCallSelect;

const callFullSelect = {
  ...callSelect,
  createdAt: true,
  updatedAt: true,
} satisfies Prisma.FundingCallSelect;
export type CallRecord = Prisma.FundingCallGetPayload<{ select: typeof callFullSelect }>;

export const getCall = (id: string) => db.fundingCall.findUnique({ where: { id }, select: callFullSelect });

export const listCallsForExport = (query: CallListQuery, now = new Date()): Promise<CallRecord[]> =>
  db.fundingCall.findMany({
    where: callWhere(query, now),
    orderBy: callOrder(query),
    take: EXPORT_LIMIT,
    select: callFullSelect,
  });
