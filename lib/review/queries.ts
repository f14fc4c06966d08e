// Reads of the annual review for its public pages, the staff preview and the
// open-data API. The public page's read is cached per funding moment and
// expires with any kind of public data (lib/cache/public-data.ts); the staff
// preview and the API read the database.
import "server-only";
import { cachedAtMoment, PUBLIC_DATA } from "@/lib/cache/public-data";
import { db } from "@/lib/db";
import { rigaYear } from "@/lib/time/riga";
import { parseList, REVIEW_SELECT, ZChallenges, ZSections, type Challenge, type ReviewSection } from "./schema";
import { computeFigures, parseSnapshot, type ReviewFigures } from "./snapshot";

type ReviewText = {
  id: string;
  year: number;
  titleLv: string;
  titleEn: string | null;
  introLv: string | null;
  introEn: string | null;
  sections: ReviewSection[];
  challenges: Challenge[];
  publication: "DRAFT" | "PENDING_REVIEW" | "PUBLISHED" | "ARCHIVED";
  publishedAt: Date | null;
  updatedAt: Date;
};

export type ReviewPage = {
  year: number;
  currentYear: number;
  /** The staff-written review; null for the current year before staff start one. */
  review: ReviewText | null;
  figures: ReviewFigures;
  /** True when the figures are the snapshot frozen at publication. */
  frozen: boolean;
  /** The previous year's published figures, for year-over-year change. */
  previous: ReviewFigures | null;
  /** The current year's live figures, shown beside a frozen or past review. */
  soFar: ReviewFigures | null;
  publishedYears: number[];
};

const TEXT_SELECT = { ...REVIEW_SELECT, snapshot: true } as const;

export async function publishedReviewYears(): Promise<number[]> {
  const rows = await db.annualReview.findMany({
    where: { publication: "PUBLISHED" },
    select: { year: true },
    orderBy: { year: "desc" },
  });
  return rows.map((r) => r.year);
}

async function publishedFigures(year: number): Promise<ReviewFigures | null> {
  const row = await db.annualReview.findFirst({
    where: { year, publication: "PUBLISHED" },
    select: { snapshot: true },
  });
  return row ? parseSnapshot(row.snapshot) : null;
}

/**
 * Everything the review page of `year` shows, or null when there is nothing
 * to show: a past year without a published review (drafts only with
 * `includeDrafts`, for the staff preview).
 */
export async function getReviewPage(
  year: number,
  options: { includeDrafts?: boolean; now?: Date } = {},
): Promise<ReviewPage | null> {
  const now = options.now ?? new Date();
  return options.includeDrafts ? loadReviewPage(year, options, now) : cachedReviewPage(now, year);
}

// The current year's live figures count every kind of record, consultations included.
const cachedReviewPage = cachedAtMoment("review-page", PUBLIC_DATA, (now, year: number) =>
  loadReviewPage(year, {}, now),
);

async function loadReviewPage(
  year: number,
  options: { includeDrafts?: boolean },
  now: Date,
): Promise<ReviewPage | null> {
  const currentYear = rigaYear(now);
  const [row, publishedYears, previous] = await Promise.all([
    db.annualReview.findUnique({ where: { year }, select: TEXT_SELECT }),
    publishedReviewYears(),
    publishedFigures(year - 1),
  ]);
  const published = row?.publication === "PUBLISHED";
  const visible = row && (published || options.includeDrafts) ? row : null;
  if (!visible && year !== currentYear) return null;

  const snapshot = published ? parseSnapshot(row.snapshot) : null;
  const figures =
    snapshot ??
    (await computeFigures(db, { year, datasets: visible?.datasets ?? [], challenges: visible?.challenges ?? [] }, now));
  const soFar =
    year === currentYear && !snapshot
      ? null
      : await computeFigures(db, { year: currentYear, datasets: [], challenges: [] }, now);
  const review: ReviewText | null = visible
    ? {
        id: visible.id,
        year: visible.year,
        titleLv: visible.titleLv,
        titleEn: visible.titleEn,
        introLv: visible.introLv,
        introEn: visible.introEn,
        sections: parseList(ZSections.element, visible.sections),
        challenges: parseList(ZChallenges.element, visible.challenges),
        publication: visible.publication,
        publishedAt: visible.publishedAt,
        updatedAt: visible.updatedAt,
      }
    : null;
  return { year, currentYear, review, figures, frozen: snapshot !== null, previous, soFar, publishedYears };
}

/** The figures the open-data API and the chart files serve for `year`: a published snapshot, or the current year's live figures. */
export const getReviewFigures = (year: number, now = new Date()) => cachedReviewFigures(now, year);

const cachedReviewFigures = cachedAtMoment("review-figures", PUBLIC_DATA, (now, year: number) =>
  loadReviewFigures(year, now),
);

async function loadReviewFigures(
  year: number,
  now: Date,
): Promise<{ figures: ReviewFigures; frozen: boolean; title: { lv: string; en: string | null } | null } | null> {
  const row = await db.annualReview.findUnique({
    where: { year },
    select: { titleLv: true, titleEn: true, publication: true, snapshot: true, datasets: true, challenges: true },
  });
  const published = row?.publication === "PUBLISHED";
  const snapshot = published ? parseSnapshot(row.snapshot) : null;
  if (snapshot) return { figures: snapshot, frozen: true, title: { lv: row!.titleLv, en: row!.titleEn } };
  if (year !== rigaYear(now) && !published) return null;
  const figures = await computeFigures(
    db,
    { year, datasets: published ? row!.datasets : [], challenges: published ? row!.challenges : [] },
    now,
  );
  return { figures, frozen: false, title: published ? { lv: row!.titleLv, en: row!.titleEn } : null };
}
