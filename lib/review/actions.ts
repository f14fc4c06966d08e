"use server";
// Endpoints of the annual review. Staff actions run through the form runner
// (lib/forms/action.ts: authorize with content:write, i.e. EDITOR or ADMIN →
// parse → one transaction → revalidate); submitReportAction is the
// supporters' public form (registered as public in ./authz.ts; abuse is
// handled by the spam checks in ./reports.ts).
import { revalidatePath } from "next/cache";
import { z } from "zod";
import type { Actor } from "@/lib/audit/write";
import type { StaffUser } from "@/lib/auth/session";
import { runFormAction } from "@/lib/forms/action";
import { formToken, SPAM_GUARD_FIELDS } from "@/lib/forms/spam";
import type { FormState } from "@/lib/forms/state";
import { acceptReport, inviteSupporter, resendLink, returnReport, submitReport } from "./reports";
import {
  ZChallengeInput,
  ZChallengeRef,
  ZInvite,
  ZNewReview,
  ZRecord,
  ZReturnInput,
  ZReviewText,
  ZSectionInput,
  ZSectionRef,
} from "./schema";
import {
  createReview,
  deleteChallenge,
  deleteSection,
  publishReview,
  saveChallenge,
  saveSection,
  updateReviewText,
} from "./write";

const ZYearPath = z.object({ year: z.coerce.number().int() });

/** The public pages and the staff pages of reviews change together. */
const revalidateReview = () => {
  revalidatePath("/[locale]/(admin)/admin/reviews", "layout");
};

/** Who the audit log names: the staff member and the request's address. */
const auditActor = (actor: StaffUser, ip: string | null): Actor => ({ id: actor.id, email: actor.email, ip });

/** The review page a section or challenge form goes back to (its year is posted with it). */
const reviewPath = (form: FormData, anchor: string) => {
  const path = ZYearPath.safeParse({ year: form.get("year") });
  return `/admin/reviews/${path.success ? path.data.year : ""}${anchor}`;
};

export async function createReviewAction(previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(previous, formData, {
    access: "content:write",
    expires: ["reviews"],
    schema: ZNewReview,
    write: async (data, { actor, ip }) => {
      const created = await createReview(data, auditActor(actor, ip));
      return created.ok
        ? { ok: true, id: created.id, redirectTo: `/admin/reviews/${created.year}?created=1` }
        : created;
    },
    revalidate: revalidateReview,
  });
}

export async function saveReviewTextAction(previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(previous, formData, {
    access: "content:write",
    expires: ["reviews"],
    schema: ZReviewText,
    write: (data, { actor, ip }) => updateReviewText(data, auditActor(actor, ip)),
    revalidate: revalidateReview,
  });
}

export async function saveSectionAction(previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(previous, formData, {
    access: "content:write",
    expires: ["reviews"],
    schema: ZSectionInput,
    write: (data, { actor, ip }) => saveSection(data, auditActor(actor, ip)),
    revalidate: revalidateReview,
    redirectTo: (_, { form }) => reviewPath(form, "?saved=section#sections"),
  });
}

export async function deleteSectionAction(previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(previous, formData, {
    access: "content:write",
    expires: ["reviews"],
    schema: ZSectionRef,
    write: (data, { actor, ip }) => deleteSection(data.id, data.key, auditActor(actor, ip)),
    revalidate: revalidateReview,
  });
}

export async function saveChallengeAction(previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(previous, formData, {
    access: "content:write",
    expires: ["reviews"],
    schema: ZChallengeInput,
    arrays: ["innovationIds"],
    write: (data, { actor, ip }) => saveChallenge(data, auditActor(actor, ip)),
    revalidate: revalidateReview,
    redirectTo: (_, { form }) => reviewPath(form, "?saved=challenge#challenges"),
  });
}

export async function deleteChallengeAction(previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(previous, formData, {
    access: "content:write",
    expires: ["reviews"],
    schema: ZChallengeRef,
    write: (data, { actor, ip }) => deleteChallenge(data.id, data.challengeId, auditActor(actor, ip)),
    revalidate: revalidateReview,
  });
}

/** Publishing freezes the figures; an EDITOR or ADMIN publishes, once per year. */
export async function publishReviewAction(previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(previous, formData, {
    access: "content:write",
    expires: ["reviews"],
    schema: ZRecord,
    write: async (data, { actor, ip }) => {
      const published = await publishReview(data.id, auditActor(actor, ip));
      return published.ok
        ? { ok: true, id: published.id, redirectTo: `/admin/reviews/${published.year}?published=1` }
        : published;
    },
    revalidate: revalidateReview,
  });
}

// ─── supporters' reports (staff) ────────────────────────────────────────────

export async function inviteSupporterAction(previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(previous, formData, {
    access: "content:write",
    expires: ["reviews"],
    schema: ZInvite,
    write: (data, { actor, ip }) => inviteSupporter(data, auditActor(actor, ip)),
    revalidate: revalidateReview,
  });
}

export async function resendReportLinkAction(previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(previous, formData, {
    access: "content:write",
    expires: ["reviews"],
    schema: ZRecord,
    write: (data, { actor, ip }) => resendLink(data.id, auditActor(actor, ip)),
    revalidate: revalidateReview,
  });
}

export async function acceptReportAction(previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(previous, formData, {
    access: "content:write",
    expires: ["reviews"],
    schema: ZRecord,
    write: (data, { actor, ip }) => acceptReport(data.id, auditActor(actor, ip)),
    revalidate: revalidateReview,
  });
}

export async function returnReportAction(previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(previous, formData, {
    access: "content:write",
    expires: ["reviews"],
    schema: ZReturnInput,
    write: (data, { actor, ip }) => returnReport(data.id, data.reason, auditActor(actor, ip)),
    revalidate: revalidateReview,
  });
}

// ─── the supporters' form (public) ──────────────────────────────────────────

const REPORT_ARRAYS = ["stages", "supportTypes", "themes"];

/** Stored: the form gives way to the thank-you note (done "submitted"). */
export async function submitReportAction(previous: FormState, formData: FormData): Promise<FormState> {
  const state = await runFormAction(previous, formData, {
    access: "public",
    expires: ["reviews"],
    arrays: REPORT_ARRAYS,
    alsoRead: SPAM_GUARD_FIELDS,
    // reports.ts parses (the link, the figures, the vocabularies) and runs the spam checks in one place
    write: async (_, { input, ip }) => {
      const result = await submitReport(input, { ip });
      return result.ok ? { ok: true, id: result.id, done: "submitted" } : result;
    },
    revalidate: () => revalidatePath("/[locale]/(admin)/admin/reviews", "layout"),
  });
  // a form sent back for correction is a form handed out again: its fill time starts now
  return { ...state, formToken: formToken("supporterReport") };
}
