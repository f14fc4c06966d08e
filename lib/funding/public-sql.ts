// The rules of lib/funding/status.ts as SQL, so the public list can filter
// by status and sort by deadline in the database: a call's status at a
// moment, and its deadline (the closing date, or the end of a rolling call's
// current round in Riga). Columns are UTC timestamps without a zone (Prisma's
// DateTime), so every conversion names its zone and none depends on the
// server's or the session's.
import "server-only";
import { Prisma } from "@/generated/prisma/client";

/** A moment as a UTC timestamp, comparable with the DateTime columns. */
export const utc = (at: Date) => Prisma.sql`(${at.toISOString()}::timestamptz AT TIME ZONE 'UTC')`;

/** 'open' | 'upcoming' | 'closed' of the call aliased `c` at `now`, as callStatus(). */
export function statusSql(now: Date): Prisma.Sql {
  const at = utc(now);
  return Prisma.sql`(CASE
    WHEN c."opensAt" > ${at} THEN 'upcoming'
    WHEN c."closesAt" IS NOT NULL THEN CASE WHEN c."closesAt" >= ${at} THEN 'open' ELSE 'closed' END
    WHEN btrim(coalesce(c."rolling", '')) <> '' THEN 'open'
    ELSE 'closed' END)`;
}

/** The deadline of the call aliased `c` at `now`, as callTiming().deadline (NULL for none). */
export function deadlineSql(now: Date): Prisma.Sql {
  // Riga wall-clock time of the moment the round is looked for: now, or the opening if later.
  const from = Prisma.sql`((GREATEST(${utc(now)}, c."opensAt") AT TIME ZONE 'UTC') AT TIME ZONE 'Europe/Riga')`;
  const months = Prisma.sql`(CASE c."rolling" WHEN 'monthly' THEN 1 WHEN 'quarterly' THEN 3 WHEN 'half-yearly' THEN 6 ELSE 12 END)`;
  const roundEnd = Prisma.sql`(((date_trunc('year', ${from})
      + make_interval(months => ${months} * (floor((extract(month FROM ${from}) - 1) / ${months})::int + 1)))
      AT TIME ZONE 'Europe/Riga') AT TIME ZONE 'UTC')`;
  return Prisma.sql`(CASE
    WHEN c."rolling" IN ('monthly', 'quarterly', 'half-yearly', 'yearly') THEN LEAST(c."closesAt", ${roundEnd})
    ELSE c."closesAt" END)`;
}
