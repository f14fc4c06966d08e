// Reads for the public stakeholder directory: published organisations only,
// their published innovations, and only the contact people who agreed to be
// shown (name, position, expertise; never e-mail or phone).
import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { pageWindow, type ListQuery, type ListSpec } from "@/lib/admin/list-query";
import { cachedRead } from "@/lib/cache/public-data";
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

/**
 * Published organisations matching the words (names, descriptions, type, place,
 * role and support labels; word forms, typos and synonyms through the shared
 * text layer), most relevant first; null when there are no words.
 */
async function matchingIds(q: string): Promise<string[] | null> {
  const text = await textQuery(db, q);
  if (!text) return null;
  const vector = Prisma.sql`o."search_vector"`;
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT o."id" FROM "Organisation" o
    WHERE o."publication" = 'PUBLISHED' AND ${textMatch(vector, text)}
    ORDER BY ${textRank(vector, text)} DESC, o."nameLv" COLLATE public.sikc_lv, o."id"`;
  return rows.map((r) => r.id);
}

export async function listDirectory(query: DirectoryQuery, locale: Locale) {
  const ranked = query.q ? await matchingIds(query.q) : null;
  if (ranked) {
    // relevance order: the directory is hundreds of organisations, so the filtered ones are put in order here
    const rows = await db.organisation.findMany({ where: { ...where(query), id: { in: ranked } }, select: cardSelect });
    const position = new Map(ranked.map((id, i) => [id, i]));
    const ordered = rows.sort((a, b) => position.get(a.id)! - position.get(b.id)!);
    const { skip, take } = pageWindow(query);
    return { rows: ordered.slice(skip, skip + take), total: ordered.length };
  }
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

/** The public page's organisation with its published innovations and consenting contacts, from the cache. */
export const getPublicOrganisation = cachedRead(
  "organisation",
  ["organisations", "innovations"],
  loadPublicOrganisation,
);

async function loadPublicOrganisation(slug: string) {
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
