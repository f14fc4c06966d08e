// Reads for the staff organisation pages and their export.
import "server-only";
import type { Prisma, Vocabulary } from "@/generated/prisma/client";
import { pageWindow, type ListQuery, type ListSpec } from "@/lib/admin/list-query";
import { EXPORT_LIMIT } from "@/lib/admin/export";
import { db } from "@/lib/db";
import type { Locale } from "@/lib/i18n/routing";
import { ORGANISATION_FIELDS } from "./schema";

const ORGANISATION_SORTS = ["name", "type", "region", "updated"] as const;
export type OrganisationSort = (typeof ORGANISATION_SORTS)[number];
export type OrganisationFilter = "type" | "region" | "visibility";

export const ORGANISATION_LIST: ListSpec<OrganisationSort, OrganisationFilter> = {
  sorts: ORGANISATION_SORTS,
  defaultSort: "name",
  filters: { type: null, region: null, visibility: ["public", "hidden"] },
};

export type OrganisationListQuery = ListQuery<OrganisationSort, OrganisationFilter>;

function organisationWhere(query: OrganisationListQuery): Prisma.OrganisationWhereInput {
  const { q, filters } = query;
  const and: Prisma.OrganisationWhereInput[] = [];
  if (q) {
    and.push({
      OR: [
        { nameLv: { contains: q, mode: "insensitive" } },
        { nameEn: { contains: q, mode: "insensitive" } },
        { slug: { contains: q, mode: "insensitive" } },
        { website: { contains: q, mode: "insensitive" } },
      ],
    });
  }
  if (filters.type) and.push({ type: filters.type });
  if (filters.region) and.push({ region: filters.region });
  if (filters.visibility === "public") and.push({ publication: "PUBLISHED" });
  if (filters.visibility === "hidden") and.push({ publication: { not: "PUBLISHED" } });
  return and.length ? { AND: and } : {};
}

function orderBy(query: OrganisationListQuery): Prisma.OrganisationOrderByWithRelationInput[] {
  const dir = query.dir;
  switch (query.sort) {
    case "type":
      return [{ type: dir }, { nameLv: "asc" }];
    case "region":
      return [{ region: { sort: dir, nulls: "last" } }, { nameLv: "asc" }];
    case "updated":
      return [{ updatedAt: dir }, { id: "asc" }];
    default:
      return [{ nameLv: dir }, { id: "asc" }];
  }
}

const listSelect = {
  id: true,
  slug: true,
  nameLv: true,
  nameEn: true,
  type: true,
  region: true,
  publication: true,
  updatedAt: true,
  _count: { select: { innovations: true, contacts: true } },
} as const;

export type OrganisationRow = Prisma.OrganisationGetPayload<{ select: typeof listSelect }>;

export async function listOrganisations(
  query: OrganisationListQuery,
): Promise<{ rows: OrganisationRow[]; total: number }> {
  const where = organisationWhere(query);
  const [rows, total] = await Promise.all([
    db.organisation.findMany({ where, orderBy: orderBy(query), ...pageWindow(query), select: listSelect }),
    db.organisation.count({ where }),
  ]);
  return { rows, total };
}

const exportSelect = {
  id: true,
  ...Object.fromEntries(ORGANISATION_FIELDS.map((f) => [f, true])),
  createdAt: true,
  updatedAt: true,
} as Record<string, true>;

export type OrganisationExportRow = { id: string; createdAt: Date; updatedAt: Date } & Record<
  (typeof ORGANISATION_FIELDS)[number],
  unknown
>;

/** Every organisation matching the list's filters (no paging), in the list's order. */
export async function listOrganisationsForExport(query: OrganisationListQuery): Promise<OrganisationExportRow[]> {
  return (await db.organisation.findMany({
    where: organisationWhere(query),
    orderBy: orderBy(query),
    take: EXPORT_LIMIT,
    select: exportSelect,
  })) as unknown as OrganisationExportRow[];
}

export async function getOrganisation(id: string) {
  return db.organisation.findUnique({
    where: { id },
    select: {
      id: true,
      ...Object.fromEntries(ORGANISATION_FIELDS.map((f) => [f, true])),
      isDemo: true,
      createdAt: true,
      updatedAt: true,
    } as { id: true } & Record<(typeof ORGANISATION_FIELDS)[number] | "isDemo" | "createdAt" | "updatedAt", true>,
  });
}

export type TermOption = { value: string; label: string };

/** Options of the vocabularies an organisation uses, labelled in `locale` (inactive terms left out). */
export async function organisationTermOptions(
  locale: Locale,
): Promise<Record<"type" | "roles" | "supportTypes" | "stagesCovered" | "region" | "municipality", TermOption[]>> {
  const vocabularies: Vocabulary[] = [
    "ORGANISATION_TYPE",
    "ECOSYSTEM_ROLE",
    "SUPPORT_TYPE",
    "STAGE",
    "REGION",
    "MUNICIPALITY",
  ];
  const terms = await db.term.findMany({
    where: { vocabulary: { in: vocabularies }, active: true },
    orderBy: [{ position: "asc" }, { labelLv: "asc" }],
    select: { vocabulary: true, key: true, labelLv: true, labelEn: true },
  });
  const of = (v: Vocabulary) =>
    terms
      .filter((t) => t.vocabulary === v)
      .map((t) => ({ value: t.key, label: locale === "en" ? t.labelEn : t.labelLv }));
  return {
    type: of("ORGANISATION_TYPE"),
    roles: of("ECOSYSTEM_ROLE"),
    supportTypes: of("SUPPORT_TYPE"),
    stagesCovered: of("STAGE"),
    region: of("REGION"),
    municipality: of("MUNICIPALITY"),
  };
}

/** The organisation's contact people, for its staff page. */
export function organisationContacts(id: string) {
  return db.contact.findMany({
    where: { organisationId: id },
    orderBy: { name: "asc" },
    select: { id: true, name: true, positionLv: true },
  });
}
