// Reads for the staff project pages and their export.
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { EXPORT_LIMIT } from "@/lib/admin/export";
import { pageWindow, type ListQuery, type ListSpec } from "@/lib/admin/list-query";
import { db } from "@/lib/db";

const PROJECT_SORTS = ["title", "starts", "updated"] as const;
type Sort = (typeof PROJECT_SORTS)[number];
type Filter = "programme" | "organisation" | "visibility";

export const PROJECT_LIST: ListSpec<Sort, Filter> = {
  sorts: PROJECT_SORTS,
  defaultSort: "title",
  filters: { programme: null, organisation: null, visibility: ["public", "hidden"] },
};
export type ProjectListQuery = ListQuery<Sort, Filter>;

function projectWhere(query: ProjectListQuery): Prisma.ProjectWhereInput {
  const and: Prisma.ProjectWhereInput[] = [];
  if (query.q)
    and.push({
      OR: [
        { titleLv: { contains: query.q, mode: "insensitive" } },
        { titleEn: { contains: query.q, mode: "insensitive" } },
        { code: { contains: query.q, mode: "insensitive" } },
      ],
    });
  if (query.filters.programme) and.push({ programmeId: query.filters.programme });
  if (query.filters.organisation) and.push({ organisations: { some: { organisationId: query.filters.organisation } } });
  if (query.filters.visibility === "public") and.push({ publication: "PUBLISHED" });
  if (query.filters.visibility === "hidden") and.push({ publication: { not: "PUBLISHED" } });
  return and.length ? { AND: and } : {};
}

function orderBy(query: ProjectListQuery): Prisma.ProjectOrderByWithRelationInput[] {
  if (query.sort === "starts") return [{ startsOn: { sort: query.dir, nulls: "last" } }, { id: "asc" }];
  if (query.sort === "updated") return [{ updatedAt: query.dir }, { id: "asc" }];
  return [{ titleLv: query.dir }, { id: "asc" }];
}

const listSelect = {
  id: true,
  titleLv: true,
  titleEn: true,
  code: true,
  startsOn: true,
  endsOn: true,
  publication: true,
  updatedAt: true,
  programme: { select: { titleLv: true, titleEn: true } },
  _count: { select: { innovations: true, organisations: true } },
} as const;
export type ProjectRow = Prisma.ProjectGetPayload<{ select: typeof listSelect }>;

export async function listProjects(query: ProjectListQuery) {
  const where = projectWhere(query);
  const [rows, total] = await Promise.all([
    db.project.findMany({ where, orderBy: orderBy(query), ...pageWindow(query), select: listSelect }),
    db.project.count({ where }),
  ]);
  return { rows, total };
}

const exportSelect = {
  id: true,
  slug: true,
  code: true,
  titleLv: true,
  titleEn: true,
  summaryLv: true,
  summaryEn: true,
  budgetEur: true,
  startsOn: true,
  endsOn: true,
  url: true,
  publication: true,
  updatedAt: true,
  programme: { select: { slug: true } },
  organisations: { select: { role: true, organisation: { select: { slug: true } } } },
  innovations: { select: { innovation: { select: { slug: true } } } },
} as const;
export type ProjectExportRow = Prisma.ProjectGetPayload<{ select: typeof exportSelect }>;

export function listProjectsForExport(query: ProjectListQuery): Promise<ProjectExportRow[]> {
  return db.project.findMany({
    where: projectWhere(query),
    orderBy: orderBy(query),
    take: EXPORT_LIMIT,
    select: exportSelect,
  });
}

export async function projectFormOptions() {
  const [programmes, organisations, innovations] = await Promise.all([
    db.fundingProgramme.findMany({ orderBy: { titleLv: "asc" }, select: { id: true, titleLv: true } }),
    db.organisation.findMany({ orderBy: { nameLv: "asc" }, select: { id: true, nameLv: true } }),
    db.innovation.findMany({ orderBy: { titleLv: "asc" }, select: { id: true, titleLv: true } }),
  ]);
  return {
    programmes: programmes.map((r) => ({ value: r.id, label: r.titleLv })),
    organisations: organisations.map((r) => ({ value: r.id, label: r.nameLv })),
    innovations: innovations.map((r) => ({ value: r.id, label: r.titleLv })),
  };
}
