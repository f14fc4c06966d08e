// Reads for the staff inbox, the request page and the slots page. Explicit
// selects: each page gets the columns it shows. Callers have already passed
// requirePagePermission("consultations:manage").
import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/generated/prisma/client";
import type { Vocabulary } from "@/generated/prisma/enums";
import type { Locale } from "@/lib/i18n/routing";
import { rigaDayRange, toRiga } from "@/lib/time/riga";
import { PAGE_SIZE, type InboxQuery } from "./inbox-filters";
import { STATUSES } from "./transitions";

function inboxWhere(q: InboxQuery, userId: string, withStatus: boolean): Prisma.ConsultationRequestWhereInput {
  const and: Prisma.ConsultationRequestWhereInput[] = [];
  if (withStatus && q.status) and.push({ status: q.status });
  if (q.topic) and.push({ topics: { has: q.topic } });
  if (q.stage) and.push({ stage: q.stage });
  if (q.assignee === "unassigned") and.push({ assigneeId: null });
  else if (q.assignee === "mine") and.push({ assigneeId: userId });
  else if (q.assignee) and.push({ assigneeId: q.assignee });
  if (q.from) and.push({ createdAt: { gte: q.from } });
  if (q.to) and.push({ createdAt: { lt: q.to } });
  if (q.q) {
    const contains = { contains: q.q, mode: "insensitive" as const };
    and.push({
      OR: [
        { reference: contains },
        { name: contains },
        { email: contains },
        { organisationName: contains },
        { description: contains },
      ],
    });
  }
  return and.length ? { AND: and } : {};
}

const ORDER: Record<InboxQuery["sort"], Prisma.ConsultationRequestOrderByWithRelationInput[]> = {
  newest: [{ createdAt: "desc" }, { id: "desc" }],
  oldest: [{ createdAt: "asc" }, { id: "asc" }],
  reference: [{ reference: "asc" }],
  status: [{ status: "asc" }, { createdAt: "desc" }],
};

export type InboxRow = Awaited<ReturnType<typeof listInbox>>["rows"][number];

/** One page of requests, the total and the count per status (under every other filter), in parallel. */
export async function listInbox(q: InboxQuery, userId: string) {
  const where = inboxWhere(q, userId, true);
  const [rows, total, byStatus] = await Promise.all([
    db.consultationRequest.findMany({
      where,
      orderBy: ORDER[q.sort],
      skip: (q.page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: {
        id: true,
        reference: true,
        status: true,
        name: true,
        email: true,
        organisationName: true,
        topics: true,
        stage: true,
        createdAt: true,
        assignee: { select: { name: true, email: true } },
        slot: { select: { startsAt: true } },
      },
    }),
    db.consultationRequest.count({ where }),
    db.consultationRequest.groupBy({ by: ["status"], where: inboxWhere(q, userId, false), _count: { _all: true } }),
  ]);
  const counts = new Map(byStatus.map((g) => [g.status, g._count._all]));
  return {
    rows,
    total,
    page: q.page,
    pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)),
    statusCounts: STATUSES.map((status) => ({ status, count: counts.get(status) ?? 0 })),
  };
}

export async function requestDetail(id: string) {
  if (!/^[a-z0-9]{1,64}$/i.test(id)) return null;
  return db.consultationRequest.findUnique({
    where: { id },
    select: {
      id: true,
      reference: true,
      status: true,
      name: true,
      email: true,
      phone: true,
      organisationName: true,
      organisationType: true,
      topics: true,
      stage: true,
      theme: true,
      region: true,
      description: true,
      format: true,
      language: true,
      locale: true,
      newsletterConsent: true,
      assigneeId: true,
      closedAt: true,
      anonymisedAt: true,
      createdAt: true,
      updatedAt: true,
      slot: {
        select: {
          id: true,
          startsAt: true,
          durationMin: true,
          format: true,
          location: true,
          meetingUrl: true,
          consultant: { select: { name: true, email: true } },
        },
      },
      events: {
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: {
          id: true,
          kind: true,
          fromStatus: true,
          toStatus: true,
          internal: true,
          body: true,
          data: true,
          createdAt: true,
          author: { select: { name: true, email: true } },
        },
      },
      referrals: {
        orderBy: { createdAt: "asc" },
        select: {
          id: true,
          createdAt: true,
          note: true,
          organisation: { select: { nameLv: true, nameEn: true } },
          contact: { select: { name: true } },
        },
      },
    },
  });
}
export type RequestDetail = NonNullable<Awaited<ReturnType<typeof requestDetail>>>;

export type StaffOption = { id: string; label: string };

/** Who can hold a request or publish slots: active consultants and admins. */
export async function consultantOptions(): Promise<StaffOption[]> {
  const users = await db.user.findMany({
    where: { active: true, role: { in: ["CONSULTANT", "ADMIN"] } },
    orderBy: [{ name: "asc" }, { email: "asc" }],
    select: { id: true, name: true, email: true },
  });
  return users.map((u) => ({ id: u.id, label: u.name ? `${u.name} (${u.email})` : u.email }));
}

export type ReferralTarget = { id: string; name: string; emails: string[]; contacts: { id: string; label: string }[] };

/** Organisations of the directory a request can be referred to, with their contacts who agreed to be public. */
export async function referralTargets(locale: Locale): Promise<ReferralTarget[]> {
  const orgs = await db.organisation.findMany({
    where: { publication: { not: "ARCHIVED" } },
    orderBy: { nameLv: "asc" },
    select: {
      id: true,
      nameLv: true,
      nameEn: true,
      publicEmails: true,
      contacts: {
        where: { showPublicly: true, email: { not: null } },
        orderBy: { name: "asc" },
        select: { id: true, name: true, email: true },
      },
    },
  });
  return orgs.map((o) => ({
    id: o.id,
    name: locale === "en" && o.nameEn ? o.nameEn : o.nameLv,
    emails: o.publicEmails,
    contacts: o.contacts.map((c) => ({ id: c.id, label: `${c.name} <${c.email}>` })),
  }));
}

const LABELLED: Vocabulary[] = [
  "CONSULTATION_TOPIC",
  "STAGE",
  "THEME",
  "ORGANISATION_TYPE",
  "CONSULTATION_FORMAT",
  "REGION",
];

/** Vocabulary labels in the page's language, keyed "VOCABULARY:key". */
export async function termLabels(locale: Locale): Promise<Record<string, string>> {
  const terms = await db.term.findMany({
    where: { vocabulary: { in: LABELLED } },
    orderBy: [{ position: "asc" }, { labelLv: "asc" }],
    select: { vocabulary: true, key: true, labelLv: true, labelEn: true },
  });
  return Object.fromEntries(
    terms.map((t) => [`${t.vocabulary}:${t.key}`, locale === "en" && t.labelEn.trim() ? t.labelEn : t.labelLv]),
  );
}

export type SlotRow = Awaited<ReturnType<typeof upcomingSlots>>[number];

/** Slots from the start of today (Riga) for the next `days`, per consultant, with their booking if any. */
export async function upcomingSlots(days = 90, now = new Date()) {
  const { start } = rigaDayRange(toRiga(now).date);
  return db.consultationSlot.findMany({
    where: { startsAt: { gte: start, lt: new Date(start.getTime() + days * 86_400_000) } },
    orderBy: [{ consultantId: "asc" }, { startsAt: "asc" }],
    take: 1000,
    select: {
      id: true,
      startsAt: true,
      durationMin: true,
      format: true,
      location: true,
      meetingUrl: true,
      status: true,
      seriesId: true,
      consultantId: true,
      consultant: { select: { name: true, email: true } },
      request: { select: { id: true, reference: true } },
    },
  });
}
