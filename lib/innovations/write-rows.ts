// The rows behind one innovation, for the write layer (write.ts): the flat
// snapshot the audit log compares before and after a write, the scalar columns
// from parsed input, and the relation rows (organisations, experts, links,
// indicators, assessments) written in the caller's transaction.
import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { Tx } from "@/lib/db";
import type { InnovationData } from "./schema";

// ─── snapshot (what the audit log compares) ─────────────────────────────────

const snapshotSelect = {
  id: true,
  slug: true,
  titleLv: true,
  titleEn: true,
  summaryLv: true,
  summaryEn: true,
  problemLv: true,
  problemEn: true,
  solutionLv: true,
  solutionEn: true,
  noveltyLv: true,
  noveltyEn: true,
  impactLv: true,
  impactEn: true,
  impactKind: true,
  resultsLv: true,
  resultsEn: true,
  transferabilityLv: true,
  transferabilityEn: true,
  stage: true,
  status: true,
  startYear: true,
  endYear: true,
  themes: true,
  targetGroups: true,
  region: true,
  municipality: true,
  country: true,
  featured: true,
  publication: true,
  publishedAt: true,
  source: true,
  sourceRefs: true,
  organisations: {
    orderBy: [{ role: "asc" }, { position: "asc" }],
    select: { organisationId: true, role: true, organisation: { select: { slug: true } } },
  },
  experts: {
    orderBy: { position: "asc" },
    select: { contactId: true, roleLv: true, roleEn: true, contact: { select: { name: true } } },
  },
  links: { orderBy: { position: "asc" }, select: { url: true, labelLv: true, labelEn: true } },
  indicators: {
    orderBy: { position: "asc" },
    select: { labelLv: true, labelEn: true, value: true, unit: true, year: true },
  },
  assessments: {
    orderBy: [{ framework: "asc" }, { criterion: "asc" }, { assessor: "asc" }],
    select: { framework: true, criterion: true, assessor: true, score: true, noteLv: true, noteEn: true },
  },
} satisfies Prisma.InnovationSelect;

type Row = Prisma.InnovationGetPayload<{ select: typeof snapshotSelect }>;

const joined = (...parts: (string | number | null | undefined)[]) =>
  parts.filter((p) => p !== null && p !== undefined && p !== "").join(" ");

/** Flat and readable: relations become one line each, so the history shows what changed in words. */
export function snapshot(row: Row): Snapshot {
  const { id: _id, organisations, experts, links, indicators, assessments, ...fields } = row;
  return {
    ...fields,
    implementers: organisations.filter((o) => o.role === "IMPLEMENTER").map((o) => o.organisation.slug),
    supporters: organisations.filter((o) => o.role === "SUPPORTER").map((o) => o.organisation.slug),
    experts: experts.map((x) => joined(x.contact.name, x.roleLv && `(${x.roleLv})`)),
    links: links.map((l) => joined(l.url, l.labelLv, l.labelEn && `/ ${l.labelEn}`)),
    indicators: indicators.map((i) => joined(`${i.labelLv}:`, i.value?.toString(), i.unit, i.year && `(${i.year})`)),
    assessments: assessments.map((a) =>
      joined(a.framework, a.criterion, a.assessor, a.score, a.noteLv && `— ${a.noteLv}`),
    ),
  };
}

type Snapshot = Record<string, unknown>;

export const loadRow = (tx: Tx, id: string) => tx.innovation.findUnique({ where: { id }, select: snapshotSelect });

// ─── rows from parsed input ─────────────────────────────────────────────────

const nullable = <T>(v: T | undefined) => (v === undefined ? null : v);

export function scalarData(data: InnovationData) {
  return {
    titleLv: data.titleLv,
    titleEn: nullable(data.titleEn),
    summaryLv: data.summaryLv,
    summaryEn: nullable(data.summaryEn),
    problemLv: nullable(data.problemLv),
    problemEn: nullable(data.problemEn),
    solutionLv: nullable(data.solutionLv),
    solutionEn: nullable(data.solutionEn),
    noveltyLv: nullable(data.noveltyLv),
    noveltyEn: nullable(data.noveltyEn),
    impactLv: nullable(data.impactLv),
    impactEn: nullable(data.impactEn),
    impactKind: nullable(data.impactKind),
    resultsLv: nullable(data.resultsLv),
    resultsEn: nullable(data.resultsEn),
    transferabilityLv: nullable(data.transferabilityLv),
    transferabilityEn: nullable(data.transferabilityEn),
    stage: data.stage,
    status: data.status,
    startYear: nullable(data.startYear),
    endYear: nullable(data.endYear),
    themes: data.themes,
    targetGroups: data.targetGroups,
    region: nullable(data.region),
    municipality: nullable(data.municipality),
    country: data.country,
    featured: data.featured,
  };
}

export async function writeRelations(tx: Tx, innovationId: string, data: InnovationData, replace: boolean) {
  if (replace) {
    await Promise.all([
      tx.innovationOrganisation.deleteMany({ where: { innovationId } }),
      tx.innovationExpert.deleteMany({ where: { innovationId } }),
      tx.innovationLink.deleteMany({ where: { innovationId } }),
      tx.innovationIndicator.deleteMany({ where: { innovationId } }),
      tx.innovationAssessment.deleteMany({ where: { innovationId } }),
    ]);
  }
  const positionInRole = new Map<string, number>();
  const organisations = data.organisations.map((o) => {
    const position = positionInRole.get(o.role) ?? 0;
    positionInRole.set(o.role, position + 1);
    return { innovationId, organisationId: o.organisationId, role: o.role, position };
  });
  if (organisations.length) await tx.innovationOrganisation.createMany({ data: organisations });
  if (data.experts.length) {
    await tx.innovationExpert.createMany({
      data: data.experts.map((x, position) => ({
        innovationId,
        contactId: x.contactId,
        roleLv: nullable(x.roleLv),
        roleEn: nullable(x.roleEn),
        position,
      })),
    });
  }
  if (data.links.length) {
    await tx.innovationLink.createMany({
      data: data.links.map((l, position) => ({
        innovationId,
        url: l.url,
        labelLv: nullable(l.labelLv),
        labelEn: nullable(l.labelEn),
        position,
      })),
    });
  }
  if (data.indicators.length) {
    await tx.innovationIndicator.createMany({
      data: data.indicators.map((i, position) => ({
        innovationId,
        labelLv: i.labelLv,
        labelEn: nullable(i.labelEn),
        value: i.value === undefined ? null : new Prisma.Decimal(i.value),
        unit: nullable(i.unit),
        year: nullable(i.year),
        position,
      })),
    });
  }
  if (data.assessments.length) {
    await tx.innovationAssessment.createMany({
      data: data.assessments.map((a) => ({
        innovationId,
        framework: a.framework,
        criterion: a.criterion,
        assessor: a.assessor,
        score: nullable(a.score),
        noteLv: nullable(a.noteLv),
        noteEn: nullable(a.noteEn),
      })),
    });
  }
}
