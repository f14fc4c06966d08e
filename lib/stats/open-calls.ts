import type { Prisma } from "@/generated/prisma/client";

/**
 * A published call is open at `now` when it has started (opensAt unset or
 * past) and has not closed: closesAt is still ahead, or it is a rolling call
 * with no closing date. Requiring the start date also for rolling calls keeps
 * an announced-but-not-yet-open rolling scheme out of "open now".
 */
export function openCallWhere(now: Date): Prisma.FundingCallWhereInput {
  return {
    publication: "PUBLISHED",
    OR: [{ opensAt: null }, { opensAt: { lte: now } }],
    AND: [
      {
        OR: [{ closesAt: { gte: now } }, { closesAt: null, rolling: { not: null }, NOT: { rolling: "" } }],
      },
    ],
  };
}

/**
 * A published call was open during the Riga calendar year [start, end) when
 * it opened before the year ended (or has no opening date) and closed on or
 * after the year began, or is a rolling call without a closing date.
 */
export function callOpenDuringWhere(range: { start: Date; end: Date }): Prisma.FundingCallWhereInput {
  return {
    publication: "PUBLISHED",
    OR: [{ opensAt: null }, { opensAt: { lt: range.end } }],
    AND: [
      {
        OR: [{ closesAt: { gte: range.start } }, { closesAt: null, rolling: { not: null }, NOT: { rolling: "" } }],
      },
    ],
  };
}
