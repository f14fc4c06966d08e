// What the search.index queue holds for the tests of the write paths: one
// entry per innovation id in every job not yet done (pg-boss's own table).
import { db } from "@/lib/db";
import { getBoss, QUEUES } from "@/lib/jobs/boss";

export async function queuedForSearch(innovationIds?: string[]): Promise<string[]> {
  await getBoss();
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT jsonb_array_elements_text(data->'ids') AS id FROM pgboss.job
    WHERE name = ${QUEUES.searchIndex} AND state IN ('created', 'retry', 'active') ORDER BY created_on`;
  const ids = rows.map((r) => r.id);
  return innovationIds ? ids.filter((id) => innovationIds.includes(id)) : ids;
}
