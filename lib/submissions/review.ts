// What the review page of one submission shows and offers, decided here rather
// than in the page: whether it is still open and whether this reader may act
// on it, the proposal or correction as sent (parsed), and the approval form's
// starting values (a proposal as an innovation, with the implementer matched
// to the directory by exact name; a correction's fields as they are now).
import "server-only";
import { can, type Role } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import type { FormValues } from "@/lib/forms/state";
import { CORRECTION_FIELDS, proposalFormValues } from "./innovation-input";
import { OPEN_STATUSES } from "./write-moderation";
import { getSubmission, organisationOptions } from "./queries";
import { ZCorrectionPayload, ZProposalPayload } from "./schema";

export async function loadSubmissionReview(id: string, role: Role) {
  const submission = await getSubmission(id, { role });
  if (!submission) return null;
  const open = (OPEN_STATUSES as readonly string[]).includes(submission.status);
  const mayAct = open && can(role, "content:write");
  const proposal = submission.kind === "NEW_INNOVATION" ? ZProposalPayload.safeParse(submission.payload) : null;
  const correction = submission.kind === "CORRECTION" ? ZCorrectionPayload.safeParse(submission.payload) : null;

  let approval: { values: FormValues; organisations: { value: string; label: string }[] } | null = null;
  if (mayAct && proposal?.success) {
    const values = proposalFormValues(submission.payload, submission.locale);
    // staff match the free-text implementer: an exact name match is preselected
    const [organisations, match] = await Promise.all([
      organisationOptions(),
      db.organisation.findFirst({
        where: { nameLv: { equals: proposal.data.organisationName, mode: "insensitive" } },
        select: { id: true },
      }),
    ]);
    if (values)
      approval = { values: match ? { ...values, "organisations.0.organisationId": match.id } : values, organisations };
  } else if (mayAct && correction?.success && submission.innovation) {
    const current = submission.innovation;
    approval = { values: Object.fromEntries(CORRECTION_FIELDS.map((f) => [f, current[f] ?? ""])), organisations: [] };
  }

  return {
    submission,
    open,
    mayAct,
    proposal: proposal?.success ? proposal.data : null,
    correction: correction?.success ? correction.data : null,
    approval,
  };
}
