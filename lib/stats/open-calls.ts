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
