// What the staff dashboard shows: the work waiting for someone. Every card is
// one small query; they run together (Promise.all), and the consultation card
// is only queried for roles that may see requests (roles.ts).
import "server-only";
import { addDays, subYears } from "date-fns";
import { db } from "@/lib/db";
import { can, type Role } from "@/lib/auth/roles";
import { getSearchStatus } from "@/lib/search";
import { searchQueueStatus, searchWordForms } from "@/lib/search/sync";

export const CLOSING_WITHIN_DAYS = 14;
const STALE_AFTER_YEARS = 1;
const NEWEST = 5;

export type PendingSubmissions = {
  count: number;
  newest: { id: string; kind: "NEW_INNOVATION" | "CORRECTION"; title: string | null; createdAt: Date }[];
};
export type NewConsultations = {
  count: number;
  oldest: Date | null;
  newest: { id: string; reference: string; createdAt: Date }[];
};
export type ClosingCall = { id: string; slug: string; titleLv: string; titleEn: string | null; closesAt: Date };
export type StaleCounts = { innovations: number; organisations: number; resources: number; calls: number };
export type SearchIndexStatus = {
  configured: "meilisearch" | "postgres";
  inUse: "meilisearch" | "postgres";
  fallbackActive: boolean;
  /** How Latvian words are matched: the Hunspell dictionary, or simple + unaccent when its files are missing. */
  wordForms: "hunspell" | "simple";
  pending: number;
  /** Queued index updates that failed at least once (retrying with backoff) or gave up. */
  failing: number;
  lastError: string | null;
  lastSyncAt: Date | null;
  oldestPendingAt: Date | null;
};

export type Dashboard = {
  submissions: PendingSubmissions;
  consultations: NewConsultations | null;
  closingCalls: ClosingCall[];
  stale: StaleCounts;
  search: SearchIndexStatus;
};

function titleOf(payload: unknown, fallback: string | null | undefined): string | null {
  if (
    payload &&
    typeof payload === "object" &&
    "titleLv" in payload &&
    typeof payload.titleLv === "string" &&
    payload.titleLv.trim()
  )
    return payload.titleLv;
  return fallback ?? null;
}

export async function pendingSubmissions(): Promise<PendingSubmissions> {
  const where = { status: "PENDING" } as const;
  const [count, rows] = await Promise.all([
    db.submission.count({ where }),
    db.submission.findMany({
      where,
      select: { id: true, kind: true, payload: true, createdAt: true, innovation: { select: { titleLv: true } } },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: NEWEST,
    }),
  ]);
  return {
    count,
    newest: rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      title: titleOf(r.payload, r.innovation?.titleLv),
      createdAt: r.createdAt,
    })),
  };
}

async function newConsultations(): Promise<NewConsultations> {
  const where = { status: "NEW" } as const;
  const [count, newest, oldest] = await Promise.all([
    db.consultationRequest.count({ where }),
    db.consultationRequest.findMany({
      where,
      select: { id: true, reference: true, createdAt: true },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: NEWEST,
    }),
    db.consultationRequest.findFirst({ where, select: { createdAt: true }, orderBy: { createdAt: "asc" } }),
  ]);
  return { count, oldest: oldest?.createdAt ?? null, newest };
}

/** Published calls whose deadline falls between now and `days` from now, soonest first. */
export async function callsClosingSoon(now = new Date(), days = CLOSING_WITHIN_DAYS): Promise<ClosingCall[]> {
  return db.fundingCall.findMany({
    where: { publication: "PUBLISHED", closesAt: { gte: now, lte: addDays(now, days) } },
    select: { id: true, slug: true, titleLv: true, titleEn: true, closesAt: true },
    orderBy: [{ closesAt: "asc" }, { id: "asc" }],
  }) as Promise<ClosingCall[]>;
}

/** Records nobody touched for a year; archived ones are left alone on purpose. */
export async function staleCounts(now = new Date()): Promise<StaleCounts> {
  const where = { updatedAt: { lt: subYears(now, STALE_AFTER_YEARS) }, publication: { not: "ARCHIVED" } } as const;
  const [innovations, organisations, resources, calls] = await Promise.all([
    db.innovation.count({ where }),
    db.organisation.count({ where }),
    db.resource.count({ where }),
    db.fundingCall.count({ where }),
  ]);
  return { innovations, organisations, resources, calls };
}

export async function searchIndexStatus(): Promise<SearchIndexStatus> {
  const [queue, wordForms] = await Promise.all([searchQueueStatus(db), searchWordForms(db)]);
  const engine = getSearchStatus();
  return {
    configured: engine.configured,
    inUse: engine.inUse,
    fallbackActive: engine.fallbackActive,
    wordForms,
    pending: queue.pending,
    failing: queue.failing,
    // Only the first line: an engine's error can carry connection details below it.
    lastError: (queue.lastError ?? engine.lastError)?.split("\n")[0]?.slice(0, 200) ?? null,
    lastSyncAt: queue.lastDoneAt,
    oldestPendingAt: queue.oldestPendingAt,
  };
}

export async function loadDashboard(role: Role, now = new Date()): Promise<Dashboard> {
  const [submissions, consultations, closingCalls, stale, search] = await Promise.all([
    pendingSubmissions(),
    can(role, "consultations:manage") ? newConsultations() : Promise.resolve(null),
    callsClosingSoon(now),
    staleCounts(now),
    searchIndexStatus(),
  ]);
  return { submissions, consultations, closingCalls, stale, search };
}
