// Consultation statistics for the annual ecosystem review. Counted from the
// columns anonymisation keeps, so anonymised requests count too. Months and
// years are Riga calendar months (a request at 00:30 on 1 January in Riga
// belongs to the new year even though it is still 31 December in UTC).
// The client is a parameter (no "server-only"): the review's snapshot, which
// the seed also takes, runs it inside the publishing transaction.
import { z } from "zod";
import type { Db, Tx } from "@/lib/db";
import { TIME_ZONE } from "@/lib/time/riga";

type Count = { key: string; count: number };
export type ConsultationStats = {
  year: number;
  total: number;
  byMonth: { month: number; count: number }[];
  byTopic: Count[];
  byStage: Count[];
  byOrganisationType: Count[];
  byRegion: Count[];
  byStatus: Count[];
  byFormat: Count[];
};

const ZYear = z.number().int().min(2000).max(2100);
/** Stands for "not given" in the grouped lists. */
const UNKNOWN = "unknown";

export async function consultationStats(year: number, client: Db | Tx): Promise<ConsultationStats> {
  ZYear.parse(year);
  // one CTE for the year's rows; each facet is one GROUP BY over it
  const rows = await client.$queryRaw<{ facet: string; key: string; count: number }[]>`
    WITH r AS (
      SELECT * FROM "ConsultationRequest"
      WHERE EXTRACT(YEAR FROM "createdAt" AT TIME ZONE 'UTC' AT TIME ZONE ${TIME_ZONE}) = ${year}
    )
    SELECT 'month' AS facet, EXTRACT(MONTH FROM "createdAt" AT TIME ZONE 'UTC' AT TIME ZONE ${TIME_ZONE})::int::text AS key, COUNT(*)::int AS count FROM r GROUP BY 2
    UNION ALL SELECT 'topic', t, COUNT(*)::int FROM r, unnest(r."topics") AS t GROUP BY 2
    UNION ALL SELECT 'stage', COALESCE("stage", ${UNKNOWN}), COUNT(*)::int FROM r GROUP BY 2
    UNION ALL SELECT 'organisationType', COALESCE("organisationType", ${UNKNOWN}), COUNT(*)::int FROM r GROUP BY 2
    UNION ALL SELECT 'region', COALESCE("region", ${UNKNOWN}), COUNT(*)::int FROM r GROUP BY 2
    UNION ALL SELECT 'status', "status"::text, COUNT(*)::int FROM r GROUP BY 2
    UNION ALL SELECT 'format', "format", COUNT(*)::int FROM r GROUP BY 2`;
  const facet = (name: string): Count[] =>
    rows
      .filter((r) => r.facet === name)
      .map((r) => ({ key: r.key, count: r.count }))
      .sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
  const months = new Map(facet("month").map((m) => [Number(m.key), m.count]));
  const byMonth = Array.from({ length: 12 }, (_, i) => ({ month: i + 1, count: months.get(i + 1) ?? 0 }));
  return {
    year,
    total: byMonth.reduce((sum, m) => sum + m.count, 0),
    byMonth,
    byTopic: facet("topic"),
    byStage: facet("stage"),
    byOrganisationType: facet("organisationType"),
    byRegion: facet("region"),
    byStatus: facet("status"),
    byFormat: facet("format"),
  };
}
