// Retention of submitters' contact details (privacy notice on /submit: kept
// while a submission is reviewed and 24 months after the decision). The
// submission itself stays: its text is the record's provenance, not a person.
import "server-only";
import { subMonths } from "date-fns";
import { db } from "@/lib/db";

const SUBMISSION_RETENTION_MONTHS = 24;
const ANONYMISED_SUBMITTER = { name: "—", email: "anonymised@invalid" } as const;

/**
 * Anonymises up to 1000 submissions decided (or left waiting for the
 * submitter's changes) more than SUBMISSION_RETENTION_MONTHS ago; returns how many.
 */
export async function anonymiseExpiredSubmissions(
  now = new Date(),
  months = SUBMISSION_RETENTION_MONTHS,
): Promise<number> {
  const cutoff = subMonths(now, months);
  return db.$transaction(async (tx) => {
    const due = await tx.submission.findMany({
      where: {
        status: { in: ["APPROVED", "REJECTED", "CHANGES_REQUESTED"] },
        reviewedAt: { lt: cutoff },
        submitterEmail: { not: ANONYMISED_SUBMITTER.email },
      },
      select: { id: true },
      take: 1000,
    });
    if (due.length === 0) return 0;
    const { count } = await tx.submission.updateMany({
      where: { id: { in: due.map((d) => d.id) } },
      data: { submitterName: ANONYMISED_SUBMITTER.name, submitterEmail: ANONYMISED_SUBMITTER.email },
    });
    return count;
  });
}
