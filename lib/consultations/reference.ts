// Reference numbers K-<year>-<nnnn>, one sequence per year. The counter row is
// incremented inside the submitting transaction: concurrent submissions queue
// on its row lock, and a rolled-back submission gives its number back.
import "server-only";
import type { Tx } from "@/lib/db";

function formatReference(year: number, n: number): string {
  return `K-${year}-${String(n).padStart(4, "0")}`;
}

export async function nextReference(tx: Tx, year: number): Promise<string> {
  const rows = await tx.$queryRaw<{ last: number }[]>`
    INSERT INTO "ConsultationReferenceCounter" ("year", "last") VALUES (${year}, 1)
    ON CONFLICT ("year") DO UPDATE SET "last" = "ConsultationReferenceCounter"."last" + 1
    RETURNING "last"`;
  const last = rows[0]?.last;
  if (last === undefined) throw new Error("reference counter returned no row");
  return formatReference(year, last);
}
