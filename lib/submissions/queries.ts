// Reads for the moderation pages: the queue (filters in the URL, see
// lib/admin/list-query.ts) and one submission with what a review needs.
import "server-only";
import { cache } from "react";
import type { Prisma } from "@/generated/prisma/client";
import type { SubmissionKind, SubmissionStatus } from "@/generated/prisma/enums";
import { EXPORT_LIMIT } from "@/lib/admin/export";
import { pageWindow, type ListQuery, type ListSpec } from "@/lib/admin/list-query";
import { can, type Role } from "@/lib/auth/roles";
import type { StaffUser } from "@/lib/auth/session";
import { db } from "@/lib/db";

export const SUBMISSION_STATUSES = [
  "PENDING",
  "CHANGES_REQUESTED",
  "APPROVED",
  "REJECTED",
] as const satisfies readonly SubmissionStatus[];
export const SUBMISSION_KINDS = ["NEW_INNOVATION", "CORRECTION"] as const satisfies readonly SubmissionKind[];

export const SUBMISSION_LIST_SPEC = {
  sorts: ["created", "status", "submitter"],
  defaultSort: "created",
  defaultDir: "desc",
  filters: { status: SUBMISSION_STATUSES, kind: SUBMISSION_KINDS },
} as const satisfies ListSpec<"created" | "status" | "submitter", "status" | "kind">;

export type SubmissionListQuery = ListQuery<"created" | "status" | "submitter", "status" | "kind">;

export type SubmissionListRow = {
  id: string;
  kind: SubmissionKind;
  status: SubmissionStatus;
  createdAt: Date;
  submitterName: string;
  locale: string;
  /** The proposed title, or the corrected innovation's title. */
  title: string;
};

const titleOf = (payload: unknown, innovation: { titleLv: string } | null) => {
  const proposed = (payload as { titleLv?: unknown } | null)?.titleLv;
  return innovation?.titleLv ?? (typeof proposed === "string" ? proposed : "");
};

/**
 * Who may see a submitter's e-mail address: those who moderate (content:write)
 * and write to them. Consultants read content but get neither the address nor
 * a search that would reveal it (GDPR data minimisation, as for consultations).
 */
const seesSubmitterContact = (user: Pick<StaffUser, "role">): boolean => can(user.role, "content:write");

function submissionWhere(query: SubmissionListQuery, user: Pick<StaffUser, "role">): Prisma.SubmissionWhereInput {
  const q = query.q;
  return {
    ...(query.filters.status ? { status: query.filters.status as SubmissionStatus } : {}),
    ...(query.filters.kind ? { kind: query.filters.kind as SubmissionKind } : {}),
    ...(q
      ? {
          OR: [
            { submitterName: { contains: q, mode: "insensitive" } },
            ...(seesSubmitterContact(user) ? [{ submitterEmail: { contains: q, mode: "insensitive" as const } }] : []),
            { payload: { path: ["titleLv"], string_contains: q } },
            { payload: { path: ["organisationName"], string_contains: q } },
            { innovation: { titleLv: { contains: q, mode: "insensitive" } } },
          ],
        }
      : {}),
  };
}

function submissionOrder(query: SubmissionListQuery): Prisma.SubmissionOrderByWithRelationInput[] {
  return query.sort === "status"
    ? [{ status: query.dir }, { createdAt: "desc" }]
    : query.sort === "submitter"
      ? [{ submitterName: query.dir }, { createdAt: "desc" }]
      : [{ createdAt: query.dir }, { id: query.dir }];
}

const listSelect = {
  id: true,
  kind: true,
  status: true,
  createdAt: true,
  submitterName: true,
  locale: true,
  payload: true,
  innovation: { select: { titleLv: true } },
} satisfies Prisma.SubmissionSelect;

const toListRow = ({
  payload,
  innovation,
  ...r
}: Prisma.SubmissionGetPayload<{ select: typeof listSelect }>): SubmissionListRow => ({
  ...r,
  title: titleOf(payload, innovation),
});

export async function listSubmissions(
  query: SubmissionListQuery,
  user: Pick<StaffUser, "role">,
): Promise<{ rows: SubmissionListRow[]; total: number }> {
  const where = submissionWhere(query, user);
  const [rows, total] = await Promise.all([
    db.submission.findMany({ where, orderBy: submissionOrder(query), ...pageWindow(query), select: listSelect }),
    db.submission.count({ where }),
  ]);
  return { rows: rows.map(toListRow), total };
}

/** The queue as filtered (no paging), for the export: what the list shows, no e-mail addresses. */
export async function listSubmissionsForExport(
  query: SubmissionListQuery,
  user: Pick<StaffUser, "role">,
): Promise<SubmissionListRow[]> {
  const rows = await db.submission.findMany({
    where: submissionWhere(query, user),
    orderBy: submissionOrder(query),
    take: EXPORT_LIMIT,
    select: listSelect,
  });
  return rows.map(toListRow);
}

// read once per request (title and page) for each role: what it shows of the submitter depends on the role
const readSubmission = cache(async (id: string, role: Role) => {
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(id)) return null;
  const row = await db.submission.findUnique({
    where: { id },
    select: {
      id: true,
      kind: true,
      status: true,
      payload: true,
      submitterName: true,
      submitterEmail: seesSubmitterContact({ role }),
      locale: true,
      reason: true,
      createdAt: true,
      reviewedAt: true,
      innovationId: true,
      reviewedBy: { select: { name: true, email: true } },
      innovation: {
        select: {
          id: true,
          slug: true,
          publication: true,
          titleLv: true,
          titleEn: true,
          summaryLv: true,
          summaryEn: true,
          problemLv: true,
          problemEn: true,
          solutionLv: true,
          solutionEn: true,
          resultsLv: true,
          resultsEn: true,
        },
      },
    },
  });
  return row ? { ...row, title: titleOf(row.payload, row.innovation) } : null;
});

/** One submission for review, with the corrected innovation's current text and the reviewer's name; the e-mail address only for those who see it. */
export const getSubmission = (id: string, user: Pick<StaffUser, "role">) => readSubmission(id, user.role);

export type SubmissionDetail = NonNullable<Awaited<ReturnType<typeof getSubmission>>>;

/** Directory organisations to match a proposal's free-text implementer with (sorted by name). */
export async function organisationOptions(): Promise<{ value: string; label: string }[]> {
  const rows = await db.organisation.findMany({
    select: { id: true, nameLv: true },
    orderBy: { nameLv: "asc" },
    take: 2000,
  });
  return rows.map((r) => ({ value: r.id, label: r.nameLv }));
}
