// Authorization registry entries of the annual review (see lib/auth/registry.ts).
// The args pass authorization and then fail validation (an empty form), so
// the matrix test changes nothing.
import { INITIAL_FORM_STATE } from "@/lib/forms/state";
import type { ActionEntry } from "@/lib/auth/registry";

const file = "lib/review/actions.ts";
const emptyForm = () => [INITIAL_FORM_STATE, new FormData()];
const staff = (name: string): ActionEntry => ({ file, export: name, permission: "content:write", args: emptyForm });

export const ACTIONS: ActionEntry[] = [
  staff("createReviewAction"),
  staff("saveReviewTextAction"),
  staff("saveSectionAction"),
  staff("deleteSectionAction"),
  staff("saveChallengeAction"),
  staff("deleteChallengeAction"),
  staff("publishReviewAction"),
  staff("inviteSupporterAction"),
  staff("resendReportLinkAction"),
  staff("acceptReportAction"),
  staff("returnReportAction"),
  // the supporters' form: an empty form fails validation before any write
  { file, export: "submitReportAction", permission: "public", args: emptyForm },
];
