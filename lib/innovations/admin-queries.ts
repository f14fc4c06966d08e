// Reads for the staff innovation pages: the filtered list (and its export),
// the record as form values, and the choices the form offers. Drafts
// included; callers check content:read / content:write.
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { FormValues } from "@/lib/admin/form-state";
import { EXPORT_LIMIT } from "@/lib/admin/export";
import { pageWindow, type ListQuery, type ListSpec } from "@/lib/admin/list-query";
import { db } from "@/lib/db";
import type { Locale } from "@/lib/i18n/routing";

// The form's vocabularies (not queries.ts's cached loader: that one needs Next's cache at import time).
const FORM_VOCABULARIES = [
  "STAGE",
  "STATUS",
  "THEME",
  "TARGET_GROUP",
  "REGION",
  "MUNICIPALITY",
  "ASSESSMENT_SIF",
  "ASSESSMENT_EAPN",
] as const;

export const PUBLICATIONS = ["DRAFT", "PENDING_REVIEW", "PUBLISHED", "ARCHIVED"] as const;
export const SOURCES = ["STAFF", "PUBLIC_SUBMISSION", "IMPORT"] as const;

export const INNOVATION_LIST_SPEC = {
  sorts: ["updated", "title"],
  defaultSort: "updated",
  defaultDir: "desc",
  filters: {
    publication: PUBLICATIONS,
    stage: null,
    theme: null,
    region: null,
    featured: ["yes", "no"],
    source: SOURCES,
  },
} as const satisfies ListSpec<
  "updated" | "title",
  "publication" | "stage" | "theme" | "region" | "featured" | "source"
>;

export type InnovationListQuery = ListQuery<
  "updated" | "title",
  "publication" | "stage" | "theme" | "region" | "featured" | "source"
>;

function where(query: InnovationListQuery): Prisma.InnovationWhereInput {
  const f = query.filters;
  const and: Prisma.InnovationWhereInput[] = [];
  if (query.q) {
    const q = query.q;
    and.push({
      OR: [
        { titleLv: { contains: q, mode: "insensitive" } },
        { titleEn: { contains: q, mode: "insensitive" } },
        { slug: { contains: q.toLowerCase() } },
        { summaryLv: { contains: q, mode: "insensitive" } },
      ],
    });
  }
  if (f.publication) and.push({ publication: f.publication as (typeof PUBLICATIONS)[number] });
  if (f.stage) and.push({ stage: f.stage });
  if (f.theme) and.push({ themes: { has: f.theme } });
  if (f.region) and.push({ region: f.region });
  if (f.featured) and.push({ featured: f.featured === "yes" });
  if (f.source) and.push({ source: f.source as (typeof SOURCES)[number] });
  return and.length ? { AND: and } : {};
}

function orderBy(query: InnovationListQuery): Prisma.InnovationOrderByWithRelationInput[] {
  const primary = query.sort === "title" ? { titleLv: query.dir } : { updatedAt: query.dir };
  return [primary, { id: "asc" }];
}

const listSelect = {
  id: true,
  slug: true,
  titleLv: true,
  titleEn: true,
  stage: true,
  region: true,
  themes: true,
  publication: true,
  featured: true,
  source: true,
  updatedAt: true,
  publishedAt: true,
} satisfies Prisma.InnovationSelect;

export type InnovationListRow = Prisma.InnovationGetPayload<{ select: typeof listSelect }>;

export async function listInnovations(
  query: InnovationListQuery,
): Promise<{ rows: InnovationListRow[]; total: number }> {
  const w = where(query);
  const [rows, total] = await Promise.all([
    db.innovation.findMany({ where: w, orderBy: orderBy(query), select: listSelect, ...pageWindow(query) }),
    db.innovation.count({ where: w }),
  ]);
  return { rows, total };
}

const exportSelect = {
  ...listSelect,
  summaryLv: true,
  summaryEn: true,
  status: true,
  targetGroups: true,
  municipality: true,
  country: true,
  startYear: true,
  endYear: true,
  impactKind: true,
  createdAt: true,
  organisations: { orderBy: { position: "asc" }, select: { role: true, organisation: { select: { slug: true } } } },
  links: { orderBy: { position: "asc" }, select: { url: true } },
} satisfies Prisma.InnovationSelect;

export type InnovationExportRow = Prisma.InnovationGetPayload<{ select: typeof exportSelect }>;

/** Every row the list's filters select (no paging), up to EXPORT_LIMIT. */
export function exportInnovations(query: InnovationListQuery): Promise<InnovationExportRow[]> {
  return db.innovation.findMany({
    where: where(query),
    orderBy: orderBy(query),
    select: exportSelect,
    take: EXPORT_LIMIT,
  });
}

// ─── the edit form ──────────────────────────────────────────────────────────

const editSelect = {
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
  updatedAt: true,
  createdAt: true,
  organisations: { orderBy: [{ role: "asc" }, { position: "asc" }], select: { organisationId: true, role: true } },
  experts: { orderBy: { position: "asc" }, select: { contactId: true, roleLv: true, roleEn: true } },
  links: { orderBy: { position: "asc" }, select: { url: true, labelLv: true, labelEn: true } },
  indicators: {
    orderBy: { position: "asc" },
    select: { labelLv: true, labelEn: true, value: true, unit: true, year: true },
  },
  assessments: {
    orderBy: [{ framework: "asc" }, { criterion: "asc" }, { assessor: "asc" }],
    select: { framework: true, criterion: true, assessor: true, score: true, noteLv: true, noteEn: true },
  },
  _count: { select: { projects: true, submissions: true } },
} satisfies Prisma.InnovationSelect;

export type InnovationMeta = {
  id: string;
  slug: string;
  titleLv: string;
  publication: (typeof PUBLICATIONS)[number];
  source: (typeof SOURCES)[number];
  publishedAt: Date | null;
  updatedAt: Date;
  createdAt: Date;
  projects: number;
  submissions: number;
};

const str = (v: unknown) => (v === null || v === undefined ? "" : String(v));

/** The record as the form's values: the same names the form posts ("links.0.url"…). */
export async function loadInnovationForEdit(id: string): Promise<{ values: FormValues; meta: InnovationMeta } | null> {
  const row = await db.innovation.findUnique({ where: { id }, select: editSelect });
  if (!row) return null;
  const { organisations, experts, links, indicators, assessments, _count, themes, targetGroups, featured, ...scalars } =
    row;
  const values: FormValues = { themes, targetGroups };
  for (const [k, v] of Object.entries(scalars)) if (!(v instanceof Date)) values[k] = str(v);
  if (featured) values.featured = "on";
  const rows = <T extends Record<string, unknown>>(group: string, list: T[]) =>
    list.forEach((item, i) => Object.entries(item).forEach(([k, v]) => (values[`${group}.${i}.${k}`] = str(v))));
  rows("organisations", organisations);
  rows("experts", experts);
  rows("links", links);
  rows("indicators", indicators);
  rows("assessments", assessments);
  return {
    values,
    meta: {
      id: row.id,
      slug: row.slug,
      titleLv: row.titleLv,
      publication: row.publication,
      source: row.source,
      publishedAt: row.publishedAt,
      updatedAt: row.updatedAt,
      createdAt: row.createdAt,
      projects: _count.projects,
      submissions: _count.submissions,
    },
  };
}

type Choice = { value: string; label: string };
type TermChoice = Choice & { parent?: string };

export type InnovationFormOptions = {
  stages: Choice[];
  statuses: Choice[];
  themes: Choice[];
  targetGroups: Choice[];
  regions: Choice[];
  municipalities: TermChoice[];
  sifCriteria: Choice[];
  eapnCriteria: Choice[];
  organisations: Choice[];
  contacts: Choice[];
};

type TermOptions = Omit<InnovationFormOptions, "organisations" | "contacts">;

/** The vocabularies' choices, labelled in the staff member's language (the list's filters need only these). */
export async function loadInnovationTermOptions(locale: Locale): Promise<TermOptions> {
  const termRows = await db.term.findMany({
    where: { vocabulary: { in: [...FORM_VOCABULARIES] } },
    orderBy: [{ position: "asc" }, { labelLv: "asc" }],
    select: { vocabulary: true, key: true, labelLv: true, labelEn: true, parentKey: true },
  });
  const terms: Partial<Record<(typeof FORM_VOCABULARIES)[number], typeof termRows>> = {};
  for (const row of termRows) (terms[row.vocabulary as (typeof FORM_VOCABULARIES)[number]] ??= []).push(row);
  const choices = (list: typeof termRows | undefined, sort = false): TermChoice[] => {
    const out = (list ?? []).map((t) => ({
      value: t.key,
      label: locale === "en" ? t.labelEn || t.labelLv : t.labelLv,
      parent: t.parentKey ?? undefined,
    }));
    return sort ? out.sort((a, b) => a.label.localeCompare(b.label, locale)) : out;
  };
  return {
    stages: choices(terms.STAGE),
    statuses: choices(terms.STATUS),
    themes: choices(terms.THEME, true),
    targetGroups: choices(terms.TARGET_GROUP, true),
    regions: choices(terms.REGION),
    municipalities: choices(terms.MUNICIPALITY, true),
    sifCriteria: choices(terms.ASSESSMENT_SIF),
    eapnCriteria: choices(terms.ASSESSMENT_EAPN),
  };
}

/**
 * Organisations by name in the reader's language; the address (slug) is added
 * only to tell apart organisations that share a name.
 */
function organisationChoices(
  rows: { id: string; nameLv: string; nameEn: string | null; slug: string }[],
  locale: Locale,
): { value: string; label: string }[] {
  const name = (o: (typeof rows)[number]) => (locale === "en" && o.nameEn ? o.nameEn : o.nameLv);
  const seen = new Map<string, number>();
  for (const o of rows) seen.set(name(o), (seen.get(name(o)) ?? 0) + 1);
  return rows.map((o) => ({ value: o.id, label: (seen.get(name(o)) ?? 0) > 1 ? `${name(o)} (${o.slug})` : name(o) }));
}

/** Everything the form's pickers offer: the vocabularies plus directory organisations and contacts. */
export async function loadInnovationFormOptions(locale: Locale): Promise<InnovationFormOptions> {
  const [terms, organisations, contacts] = await Promise.all([
    loadInnovationTermOptions(locale),
    db.organisation.findMany({
      orderBy: { nameLv: "asc" },
      select: { id: true, nameLv: true, nameEn: true, slug: true },
    }),
    db.contact.findMany({
      orderBy: { name: "asc" },
      select: { id: true, name: true, organisation: { select: { nameLv: true } } },
    }),
  ]);
  return {
    ...terms,
    organisations: organisationChoices(organisations, locale),
    contacts: contacts.map((c) => ({
      value: c.id,
      label: c.organisation ? `${c.name} — ${c.organisation.nameLv}` : c.name,
    })),
  };
}
