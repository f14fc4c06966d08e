// Reads for the public stakeholder directory: published organisations only,
// their published innovations, and only the contact people who agreed to be
// shown (name, position, expertise; never e-mail or phone).
import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { pageWindow, type ListQuery, type ListSpec } from "@/lib/admin/list-query";
import { db } from "@/lib/db";
import { textMatch, textQuery, textRank } from "@/lib/search/text-query";
import type { Locale } from "@/lib/i18n/routing";

type Filter = "type" | "role" | "support" | "region";
export const DIRECTORY_LIST: ListSpec<"name", Filter> = {
  sorts: ["name"],
  defaultSort: "name",
  pageSizes: [24],
  defaultPageSize: 24,
  filters: { type: null, role: null, support: null, region: null },
};
export type DirectoryQuery = ListQuery<"name", Filter>;

function where(query: DirectoryQuery): Prisma.OrganisationWhereInput {
  const f = query.filters;
  return {
    publication: "PUBLISHED",
    ...(f.type ? { type: f.type } : {}),
    ...(f.region ? { region: f.region } : {}),
    ...(f.role ? { roles: { has: f.role } } : {}),
    ...(f.support ? { supportTypes: { has: f.support } } : {}),
  };
}

const cardSelect = {
  id: true,
  slug: true,
  nameLv: true,
  nameEn: true,
  type: true,
  region: true,
  roles: true,
  supportTypes: true,
  descriptionLv: true,
  descriptionEn: true,
} as const;

export async function listDirectory(query: DirectoryQuery, locale: Locale) {
  const w = where(query);
  const [rows, total] = await Promise.all([
    db.organisation.findMany({
      where: w,
      orderBy: locale === "en" ? [{ nameEn: { sort: "asc", nulls: "last" } }, { nameLv: "asc" }] : [{ nameLv: "asc" }],
      ...pageWindow(query),
      select: cardSelect,
    }),
    db.organisation.count({ where: w }),
  ]);
  return { rows, total };
}

export async function getPublicOrganisation(slug: string) {
  return db.organisation.findFirst({
    where: { slug, publication: "PUBLISHED" },
    select: {
      ...cardSelect,
      stagesCovered: true,
      country: true,
      municipality: true,
      website: true,
      publicEmails: true,
      updatedAt: true,
      innovations: {
        where: { innovation: { publication: "PUBLISHED" } },
        orderBy: { position: "asc" },
        select: {
          role: true,
          innovation: { select: { slug: true, titleLv: true, titleEn: true, summaryLv: true, summaryEn: true } },
        },
      },
      contacts: {
        where: { showPublicly: true, consentAt: { not: null } },
        orderBy: { name: "asc" },
        select: { id: true, name: true, positionLv: true, positionEn: true, expertiseLv: true, expertiseEn: true },
      },
    },
  });
}
