// Reads for the staff contact pages and their export (staff only: personal data).
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { EXPORT_LIMIT } from "@/lib/admin/export";
import { pageWindow, type ListQuery, type ListSpec } from "@/lib/admin/list-query";
import { db } from "@/lib/db";

const CONTACT_SORTS = ["name", "organisation", "updated"] as const;
type Sort = (typeof CONTACT_SORTS)[number];
type Filter = "organisation" | "visibility";

export const CONTACT_LIST: ListSpec<Sort, Filter> = {
  sorts: CONTACT_SORTS,
  defaultSort: "name",
  filters: { organisation: null, visibility: ["public", "hidden"] },
};
export type ContactListQuery = ListQuery<Sort, Filter>;

function contactWhere(query: ContactListQuery): Prisma.ContactWhereInput {
  const and: Prisma.ContactWhereInput[] = [];
  if (query.q) {
    and.push({
      OR: [
        { name: { contains: query.q, mode: "insensitive" } },
        { email: { contains: query.q, mode: "insensitive" } },
        { positionLv: { contains: query.q, mode: "insensitive" } },
        { organisation: { nameLv: { contains: query.q, mode: "insensitive" } } },
      ],
    });
  }
  if (query.filters.organisation) and.push({ organisationId: query.filters.organisation });
  if (query.filters.visibility) and.push({ showPublicly: query.filters.visibility === "public" });
  return and.length ? { AND: and } : {};
}

function orderBy(query: ContactListQuery): Prisma.ContactOrderByWithRelationInput[] {
  if (query.sort === "organisation") return [{ organisation: { nameLv: query.dir } }, { name: "asc" }];
  if (query.sort === "updated") return [{ updatedAt: query.dir }, { id: "asc" }];
  return [{ name: query.dir }, { id: "asc" }];
}

const listSelect = {
  id: true,
  name: true,
  email: true,
  positionLv: true,
  positionEn: true,
  showPublicly: true,
  updatedAt: true,
  organisation: { select: { id: true, nameLv: true, nameEn: true } },
  _count: { select: { innovations: true } },
} as const;
export type ContactRow = Prisma.ContactGetPayload<{ select: typeof listSelect }>;

export async function listContacts(query: ContactListQuery) {
  const where = contactWhere(query);
  const [rows, total] = await Promise.all([
    db.contact.findMany({ where, orderBy: orderBy(query), ...pageWindow(query), select: listSelect }),
    db.contact.count({ where }),
  ]);
  return { rows, total };
}

const exportSelect = {
  id: true,
  name: true,
  organisationId: true,
  positionLv: true,
  positionEn: true,
  expertiseLv: true,
  expertiseEn: true,
  email: true,
  phone: true,
  showPublicly: true,
  consentAt: true,
  createdAt: true,
  updatedAt: true,
  organisation: { select: { slug: true } },
} as const;
export type ContactExportRow = Prisma.ContactGetPayload<{ select: typeof exportSelect }>;

export function listContactsForExport(query: ContactListQuery): Promise<ContactExportRow[]> {
  return db.contact.findMany({
    where: contactWhere(query),
    orderBy: orderBy(query),
    take: EXPORT_LIMIT,
    select: exportSelect,
  });
}

export function getContact(id: string) {
  return db.contact.findUnique({
    where: { id },
    select: { ...exportSelect, organisation: { select: { id: true, nameLv: true } } },
  });
}

/** Every organisation as a select option (name order). */
export async function organisationOptions(): Promise<{ value: string; label: string }[]> {
  const rows = await db.organisation.findMany({ orderBy: { nameLv: "asc" }, select: { id: true, nameLv: true } });
  return rows.map((r) => ({ value: r.id, label: r.nameLv }));
}
