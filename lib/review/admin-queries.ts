// Reads of the review's staff pages (content:read): the reviews, one review's
// text for editing, its supporters' reports and the choices its forms offer.
import "server-only";
import type { SupporterReportStatus } from "@/generated/prisma/enums";
import { db } from "@/lib/db";
import { REPORTING_ROLES } from "./reports";
import { parseList, REVIEW_SELECT, ZChallenges, ZDatasets, ZSections } from "./schema";

type StatusCounts = Record<SupporterReportStatus, number>;
const EMPTY: StatusCounts = { DRAFT: 0, SUBMITTED: 0, ACCEPTED: 0, RETURNED: 0 };

async function reportCounts(reviewIds: string[]): Promise<Map<string, StatusCounts>> {
  const rows = await db.supporterReport.groupBy({
    by: ["reviewId", "status"],
    where: { reviewId: { in: reviewIds } },
    _count: { _all: true },
  });
  const out = new Map<string, StatusCounts>();
  for (const r of rows) out.set(r.reviewId, { ...(out.get(r.reviewId) ?? EMPTY), [r.status]: r._count._all });
  return out;
}

export async function listReviews() {
  const reviews = await db.annualReview.findMany({
    select: { id: true, year: true, titleLv: true, publication: true, publishedAt: true, updatedAt: true },
    orderBy: { year: "desc" },
  });
  const counts = await reportCounts(reviews.map((r) => r.id));
  return reviews.map((r) => ({ ...r, reports: counts.get(r.id) ?? EMPTY }));
}

export async function getReviewForEditing(year: number) {
  const row = await db.annualReview.findUnique({
    where: { year },
    select: REVIEW_SELECT,
  });
  if (!row) return null;
  const counts = await reportCounts([row.id]);
  const datasets = parseList(ZDatasets.element, row.datasets);
  return {
    ...row,
    sections: parseList(ZSections.element, row.sections),
    challenges: parseList(ZChallenges.element, row.challenges),
    /** Sections that imported datasets are grouped under (cannot be deleted). */
    datasetSections: [...new Set(datasets.map((d) => d.section))],
    datasetCount: datasets.length,
    reports: counts.get(row.id) ?? EMPTY,
  };
}

/** Published innovations a challenge can link to, by Latvian title. */
export async function innovationChoices(): Promise<{ value: string; label: string }[]> {
  const rows = await db.innovation.findMany({
    where: { publication: "PUBLISHED" },
    select: { id: true, titleLv: true },
    orderBy: { titleLv: "asc" },
  });
  return rows.map((r) => ({ value: r.id, label: r.titleLv }));
}

/** Supporter and funder organisations that have no report for this review yet. */
export async function supporterChoices(reviewId: string) {
  const rows = await db.organisation.findMany({
    where: { roles: { hasSome: REPORTING_ROLES }, supporterReports: { none: { reviewId } } },
    select: { id: true, nameLv: true, publicEmails: true },
    orderBy: { nameLv: "asc" },
  });
  return rows.map((r) => ({ value: r.id, label: r.nameLv, email: r.publicEmails[0] ?? "" }));
}

export async function listReports(reviewId: string) {
  return db.supporterReport.findMany({
    where: { reviewId },
    select: {
      id: true,
      status: true,
      inviteEmail: true,
      invitedAt: true,
      submittedAt: true,
      reviewedAt: true,
      organisation: { select: { nameLv: true } },
    },
    orderBy: [{ organisation: { nameLv: "asc" } }],
  });
}

export async function getReport(id: string) {
  return db.supporterReport.findUnique({
    where: { id },
    include: {
      organisation: { select: { nameLv: true, slug: true } },
      review: { select: { year: true, publication: true } },
      reviewedBy: { select: { email: true, name: true } },
    },
  });
}

/** Labels of the keys a report holds (stages, support types, themes), in the page's language. */
export async function loadTermLabels(locale: "lv" | "en"): Promise<Map<string, string>> {
  const rows = await db.term.findMany({
    where: { vocabulary: { in: ["STAGE", "SUPPORT_TYPE", "THEME"] } },
    select: { key: true, labelLv: true, labelEn: true },
  });
  return new Map(rows.map((r) => [r.key, locale === "en" ? r.labelEn || r.labelLv : r.labelLv]));
}
