import "server-only";
import { cachedRead } from "@/lib/cache/public-data";
import { db } from "@/lib/db";
import type { Prisma, Vocabulary } from "@/generated/prisma/client";

// Reads for the public innovation pages (search, detail, map). Searching
// itself goes through lib/search; this module adds what the pages show
// around the results: term labels, organisation names, the full record.

type TermLabel = { key: string; labelLv: string; labelEn: string; position: number; parentKey: string | null };
export type TermLabels = Partial<Record<Vocabulary, TermLabel[]>>;

/** Vocabularies the innovation pages label (facets, detail fields, assessments). */
const INNOVATION_VOCABULARIES = [
  "STAGE",
  "STATUS",
  "THEME",
  "TARGET_GROUP",
  "REGION",
  "MUNICIPALITY",
  "ORGANISATION_TYPE",
  "ASSESSMENT_SIF",
  "ASSESSMENT_EAPN",
] as const satisfies readonly Vocabulary[];

/** Every term of those vocabularies, grouped, stages in position order and the rest by Latvian label. */
export async function loadTermLabels(): Promise<TermLabels> {
  const rows = await db.term.findMany({
    where: { vocabulary: { in: [...INNOVATION_VOCABULARIES] } },
    orderBy: [{ position: "asc" }, { labelLv: "asc" }],
    select: { vocabulary: true, key: true, labelLv: true, labelEn: true, position: true, parentKey: true },
  });
  const result: TermLabels = {};
  for (const { vocabulary, ...term } of rows) (result[vocabulary] ??= []).push(term);
  return result;
}

// Labels change only when staff edit a taxonomy; sharing them across requests
// keeps them off every search page's critical path.
export const getTermLabels = cachedRead("innovation-term-labels", ["terms"], loadTermLabels);

export type OrganisationName = { slug: string; nameLv: string; nameEn: string | null };

/** Names of the organisations behind supporter facet values (which are slugs). */
export async function getOrganisationNames(slugs: string[]): Promise<OrganisationName[]> {
  if (slugs.length === 0) return [];
  return db.organisation.findMany({
    where: { slug: { in: slugs } },
    select: { slug: true, nameLv: true, nameEn: true },
  });
}

const organisationSelect = { slug: true, nameLv: true, nameEn: true, type: true, publication: true } as const;

const detailSelect = {
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
  publishedAt: true,
  updatedAt: true,
  organisations: { orderBy: { position: "asc" }, select: { role: true, organisation: { select: organisationSelect } } },
  // Only people who agreed to be shown publicly ever leave the database.
  experts: {
    where: { contact: { showPublicly: true } },
    orderBy: { position: "asc" },
    select: {
      roleLv: true,
      roleEn: true,
      contact: {
        select: {
          id: true,
          name: true,
          positionLv: true,
          positionEn: true,
          expertiseLv: true,
          expertiseEn: true,
          organisation: { select: organisationSelect },
        },
      },
    },
  },
  links: { orderBy: { position: "asc" }, select: { id: true, url: true, labelLv: true, labelEn: true } },
  indicators: {
    orderBy: { position: "asc" },
    select: { id: true, labelLv: true, labelEn: true, value: true, unit: true, year: true },
  },
  assessments: {
    orderBy: [{ framework: "asc" }, { criterion: "asc" }],
    select: { framework: true, criterion: true, assessor: true, score: true, noteLv: true, noteEn: true },
  },
  projects: {
    where: { project: { publication: "PUBLISHED" } },
    select: { project: { select: { slug: true, code: true, titleLv: true, titleEn: true, url: true } } },
  },
} satisfies Prisma.InnovationSelect;

type DetailRow = Prisma.InnovationGetPayload<{ select: typeof detailSelect }>;

/** The full published record; indicator values as strings (Decimal does not cross to the page). */
export type InnovationDetail = Omit<DetailRow, "indicators"> & {
  indicators: (Omit<DetailRow["indicators"][number], "value"> & { value: string | null })[];
};

const toDetail = (row: DetailRow | null): InnovationDetail | null =>
  row && {
    ...row,
    indicators: row.indicators.map((i) => ({ ...i, value: i.value === null ? null : i.value.toString() })),
  };

async function loadInnovationDetail(slug: string): Promise<InnovationDetail | null> {
  return toDetail(await db.innovation.findFirst({ where: { slug, publication: "PUBLISHED" }, select: detailSelect }));
}

/** The same record in any publication state, for the staff preview (callers check content:read). */
export async function getInnovationPreview(id: string): Promise<(InnovationDetail & { publication: string }) | null> {
  const row = await db.innovation.findUnique({ where: { id }, select: { ...detailSelect, publication: true } });
  const detail = toDetail(row);
  return detail && row ? { ...detail, publication: row.publication } : null;
}

/** The public page's record (with its organisations, experts and labels), from the cache. */
export const getInnovationDetail = cachedRead(
  "innovation",
  ["innovations", "organisations", "terms"],
  loadInnovationDetail,
);

export type RelatedInnovation = {
  slug: string;
  titleLv: string;
  titleEn: string | null;
  summaryLv: string;
  summaryEn: string | null;
  stage: string;
  region: string | null;
};

/**
 * Up to `limit` published innovations sharing a theme and a target group with
 * this one but in another region: the "who else does this, elsewhere" list.
 */
export const getRelatedInnovations = (
  { id, themes, targetGroups, region }: Pick<InnovationDetail, "id" | "themes" | "targetGroups" | "region">,
  limit = 4,
): Promise<RelatedInnovation[]> => cachedRelatedInnovations({ id, themes, targetGroups, region }, limit);

// keyed by the four fields it reads, not by the whole record a page passes
const cachedRelatedInnovations = cachedRead("related-innovations", ["innovations"], loadRelatedInnovations);

async function loadRelatedInnovations(
  innovation: Pick<InnovationDetail, "id" | "themes" | "targetGroups" | "region">,
  limit: number,
): Promise<RelatedInnovation[]> {
  if (innovation.themes.length === 0 || innovation.targetGroups.length === 0) return [];
  return db.innovation.findMany({
    where: {
      publication: "PUBLISHED",
      id: { not: innovation.id },
      themes: { hasSome: innovation.themes },
      targetGroups: { hasSome: innovation.targetGroups },
      ...(innovation.region ? { OR: [{ region: null }, { region: { not: innovation.region } }] } : {}),
    },
    orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
    take: limit,
    select: { slug: true, titleLv: true, titleEn: true, summaryLv: true, summaryEn: true, stage: true, region: true },
  });
}
