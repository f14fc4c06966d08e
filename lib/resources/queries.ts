// Reads for the staff toolkit pages and their export.
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { EXPORT_LIMIT } from "@/lib/admin/export";
import { pageWindow, type ListQuery, type ListSpec } from "@/lib/admin/list-query";
import { PUBLICATION_STATES } from "@/lib/catalog/fields";
import { db } from "@/lib/db";

const RESOURCE_SORTS = ["title", "type", "year", "updated"] as const;
export type ResourceSort = (typeof RESOURCE_SORTS)[number];
export type ResourceFilter = "type" | "stage" | "audience" | "publication" | "file";

export const RESOURCE_LIST: ListSpec<ResourceSort, ResourceFilter> = {
  sorts: RESOURCE_SORTS,
  defaultSort: "title",
  filters: { type: null, stage: null, audience: null, publication: PUBLICATION_STATES, file: ["with", "without"] },
};
export type ResourceListQuery = ListQuery<ResourceSort, ResourceFilter>;

function where({ q, filters }: ResourceListQuery): Prisma.ResourceWhereInput {
  const and: Prisma.ResourceWhereInput[] = [];
  if (q) {
    and.push({
      OR: [
        { titleLv: { contains: q, mode: "insensitive" } },
        { titleEn: { contains: q, mode: "insensitive" } },
        { publisher: { contains: q, mode: "insensitive" } },
        { slug: { contains: q, mode: "insensitive" } },
      ],
    });
  }
  if (filters.type) and.push({ type: filters.type });
  if (filters.stage) and.push({ stages: { has: filters.stage } });
  if (filters.audience) and.push({ audiences: { has: filters.audience } });
  if (filters.publication) and.push({ publication: filters.publication as (typeof PUBLICATION_STATES)[number] });
  if (filters.file === "with") and.push({ fileId: { not: null } });
  if (filters.file === "without") and.push({ fileId: null });
  return and.length ? { AND: and } : {};
}

function order({ sort, dir }: ResourceListQuery): Prisma.ResourceOrderByWithRelationInput[] {
  if (sort === "type") return [{ type: dir }, { titleLv: "asc" }];
  if (sort === "year") return [{ year: { sort: dir, nulls: "last" } }, { titleLv: "asc" }];
  if (sort === "updated") return [{ updatedAt: dir }, { id: "asc" }];
  return [{ titleLv: dir }, { id: "asc" }];
}

const listSelect = {
  id: true,
  slug: true,
  titleLv: true,
  titleEn: true,
  type: true,
  year: true,
  publisher: true,
  publication: true,
  updatedAt: true,
  file: { select: { id: true, originalName: true } },
} satisfies Prisma.ResourceSelect;
export type ResourceRow = Prisma.ResourceGetPayload<{ select: typeof listSelect }>;

export async function listResources(query: ResourceListQuery): Promise<{ rows: ResourceRow[]; total: number }> {
  const w = where(query);
  const [rows, total] = await Promise.all([
    db.resource.findMany({ where: w, orderBy: order(query), ...pageWindow(query), select: listSelect }),
    db.resource.count({ where: w }),
  ]);
  return { rows, total };
}

const fullSelect = {
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
  createdAt: true,
  updatedAt: true,
  file: { select: { id: true, originalName: true, mimeType: true, sizeBytes: true } },
} satisfies Prisma.ResourceSelect;
export type ResourceRecord = Prisma.ResourceGetPayload<{ select: typeof fullSelect }>;

export const getResource = (id: string) => db.resource.findUnique({ where: { id }, select: fullSelect });

export const listResourcesForExport = (query: ResourceListQuery): Promise<ResourceRecord[]> =>
  db.resource.findMany({ where: where(query), orderBy: order(query), take: EXPORT_LIMIT, select: fullSelect });
