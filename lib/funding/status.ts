// Where a call stands at a moment, read in Latvian time (Europe/Riga): a call
// "closes today" from midnight to its closing time by the Riga clock, whatever
// the server's zone, and a rolling call's current submission round runs from
// the first to the last day of its Riga month, quarter, half-year or year.
// Pure, so the pages, the feeds and the tests share one reading; the SQL
// twins of these rules are in lib/funding/public-sql.ts.
import { isRollingSchedule, type RollingSchedule } from "./kinds";
import { rigaDayRange, toRiga, type LocalDate } from "@/lib/time/riga";

/** The list's status filter: every call is in exactly one. */
export const CALL_STATUSES = ["open", "upcoming", "closed"] as const;
export type CallStatus = (typeof CALL_STATUSES)[number];

/** What a person is told: "open" narrowed to how soon it closes. */
type CallPhase = "upcoming" | "open" | "closing-soon" | "closes-today" | "closed";

/** Days before the closing date from which a call is "closing soon". */
const CLOSING_SOON_DAYS = 14;

/** Months in one submission round of a periodic schedule. */
const ROUND_MONTHS: Record<Exclude<RollingSchedule, "continuous">, number> = {
  monthly: 1,
  quarterly: 3,
  "half-yearly": 6,
  yearly: 12,
};

type CallDates = { opensAt: Date | null; closesAt: Date | null; rolling: string | null };

/** A rolling call's current (or, before it opens, first) submission round: [start, end). */
export type SubmissionRound = { start: Date; end: Date };

export type CallTiming = {
  status: CallStatus;
  phase: CallPhase;
  /** The closing date, or the end of the current round of a rolling call; null when there is none. */
  deadline: Date | null;
  /** Whole Riga calendar days from today to the deadline's day (0 = today); null without a deadline. */
  daysLeft: number | null;
  schedule: RollingSchedule | null;
  round: SubmissionRound | null;
};

const hasRolling = (rolling: string | null) => rolling !== null && rolling.trim() !== "";

/** Open: started (or no start) and not closed (closing ahead, or rolling with no closing date). */
export function callStatus(call: CallDates, now: Date): CallStatus {
  if (call.opensAt && call.opensAt.getTime() > now.getTime()) return "upcoming";
  if (call.closesAt) return call.closesAt.getTime() >= now.getTime() ? "open" : "closed";
  return hasRolling(call.rolling) ? "open" : "closed";
}

const parseDate = (date: LocalDate) => date.split("-").map(Number) as [number, number, number];

/** The Riga calendar day an instant belongs to; a deadline at exactly midnight is the end of the day before. */
export function deadlineDay(deadline: Date): LocalDate {
  return toRiga(new Date(deadline.getTime() - 1)).date;
}

/** Whole days between two Riga calendar dates (b − a). */
export function daysBetween(a: LocalDate, b: LocalDate): number {
  const [ay, am, ad] = parseDate(a);
  const [by, bm, bd] = parseDate(b);
  return Math.round((Date.UTC(by, bm - 1, bd) - Date.UTC(ay, am - 1, ad)) / 86_400_000);
}

const monthStart = (year: number, month: number): Date => {
  const y = year + Math.floor((month - 1) / 12);
  const m = ((((month - 1) % 12) + 12) % 12) + 1;
  return rigaDayRange(`${y}-${String(m).padStart(2, "0")}-01`).start;
};

/** The Riga month, quarter, half-year or year that contains `at`. */
function periodAround(schedule: Exclude<RollingSchedule, "continuous">, at: Date): SubmissionRound {
  const [year, month] = parseDate(toRiga(at).date);
  const months = ROUND_MONTHS[schedule];
  const first = Math.floor((month - 1) / months) * months + 1;
  return { start: monthStart(year, first), end: monthStart(year, first + months) };
}

/** The round submissions go into now (or first, before the call opens), within the call's own dates. */
export function currentRound(call: CallDates, now: Date): SubmissionRound | null {
  if (!call.rolling || !isRollingSchedule(call.rolling) || call.rolling === "continuous") return null;
  const from = call.opensAt && call.opensAt.getTime() > now.getTime() ? call.opensAt : now;
  if (call.closesAt && call.closesAt.getTime() < from.getTime()) return null;
  const period = periodAround(call.rolling, from);
  const start = call.opensAt && call.opensAt.getTime() > period.start.getTime() ? call.opensAt : period.start;
  const end = call.closesAt && call.closesAt.getTime() < period.end.getTime() ? call.closesAt : period.end;
  return { start, end };
}

export function callTiming(call: CallDates, now: Date): CallTiming {
  const status = callStatus(call, now);
  const schedule = call.rolling && isRollingSchedule(call.rolling) ? call.rolling : null;
  const round = status === "closed" ? null : currentRound(call, now);
  const deadline = round?.end ?? call.closesAt;
  const daysLeft = deadline && status !== "closed" ? daysBetween(toRiga(now).date, deadlineDay(deadline)) : null;
  let phase: CallPhase = status;
  // Only a real closing date makes a call "closing": the end of a rolling round is not the end of the call.
  if (status === "open" && call.closesAt && deadline === call.closesAt && daysLeft !== null) {
    if (daysLeft <= 0) phase = "closes-today";
    else if (daysLeft <= CLOSING_SOON_DAYS) phase = "closing-soon";
  }
  return { status, phase, deadline, daysLeft, schedule, round };
}
