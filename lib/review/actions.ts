"use server";
// Endpoints of the annual review. Staff actions run through the admin form
// runner (authorize with content:write, i.e. EDITOR or ADMIN → parse → one
// transaction → revalidate); submitReportAction is the supporters' public
// form (registered as public in ./authz.ts; abuse is handled by the spam
// checks in ./reports.ts).
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { z } from "zod";
import { readForm } from "@/lib/admin/form-data";
import { runFormAction } from "@/lib/admin/form-action";
import type { AdminFormState } from "@/lib/admin/form-state";
import { clientIp } from "@/lib/auth/client-ip";
import { acceptReport, inviteSupporter, resendLink, returnReport, submitReport } from "./reports";
import type { ReportFormState } from "./report-form-state";
import { ZChallengeInput, ZInvite, ZNewReview, ZReviewText, ZSectionInput } from "./schema";
import {
  createReview,
  deleteChallenge,
  deleteSection,
  publishReview,
  saveChallenge,
  saveSection,
  updateReviewText,
} from "./write";

const ZId = z.object({ id: z.string().min(1).max(64) });
const ZYearPath = z.object({ year: z.coerce.number().int() });

/** The public pages and the staff pages of reviews change together. */
const revalidateReview = () => {
  revalidatePath("/[locale]/(public)/review", "layout");
  revalidatePath("/[locale]/(admin)/admin/reviews", "layout");
};

export async function createReviewAction(previous: AdminFormState, formData: FormData): Promise<AdminFormState> {
  let year = 0;
  return runFormAction(previous, formData, {
    permission: "content:write",
    schema: ZNewReview,
    unique: { year: ["year", "review.errors.yearTaken"] },
    write: async (data, actor) => {
      const created = await createReview(data, actor);
      year = created.year;
      return { id: created.id };
    },
    revalidate: revalidateReview,
    redirectTo: () => `/admin/reviews/${year}?created=1`,
  });
}

export async function saveReviewTextAction(previous: AdminFormState, formData: FormData): Promise<AdminFormState> {
  return runFormAction(previous, formData, {
    permission: "content:write",
    schema: ZReviewText,
    write: (data, actor) => updateReviewText(data, actor),
    revalidate: revalidateReview,
  });
}

export async function saveSectionAction(previous: AdminFormState, formData: FormData): Promise<AdminFormState> {
  const path = ZYearPath.safeParse({ year: formData instanceof FormData ? formData.get("year") : null });
  return runFormAction(previous, formData, {
    permission: "content:write",
    schema: ZSectionInput,
    write: async (data, actor) => {
      const saved = await saveSection(data, actor);
      return { id: saved.id };
    },
    revalidate: revalidateReview,
    redirectTo: () => `/admin/reviews/${path.success ? path.data.year : ""}?saved=section#sections`,
  });
}

export async function deleteSectionAction(previous: AdminFormState, formData: FormData): Promise<AdminFormState> {
  return runFormAction(previous, formData, {
    permission: "content:write",
    schema: ZId.extend({ key: z.string().min(1).max(100) }),
    write: async (data, actor) => {
      await deleteSection(data.id, data.key, actor);
      return { id: data.id };
    },
    revalidate: revalidateReview,
  });
}

export async function saveChallengeAction(previous: AdminFormState, formData: FormData): Promise<AdminFormState> {
  const path = ZYearPath.safeParse({ year: formData instanceof FormData ? formData.get("year") : null });
  return runFormAction(previous, formData, {
    permission: "content:write",
    schema: ZChallengeInput,
    arrays: ["innovationIds"],
    write: async (data, actor) => {
      const saved = await saveChallenge(data, actor);
      return { id: saved.id };
    },
    revalidate: revalidateReview,
    redirectTo: () => `/admin/reviews/${path.success ? path.data.year : ""}?saved=challenge#challenges`,
  });
}

export async function deleteChallengeAction(previous: AdminFormState, formData: FormData): Promise<AdminFormState> {
  return runFormAction(previous, formData, {
    permission: "content:write",
    schema: ZId.extend({ challengeId: z.string().min(1).max(100) }),
    write: async (data, actor) => {
      await deleteChallenge(data.id, data.challengeId, actor);
      return { id: data.id };
    },
    revalidate: revalidateReview,
  });
}

/** Publishing freezes the figures; an EDITOR or ADMIN publishes, once per year. */
export async function publishReviewAction(previous: AdminFormState, formData: FormData): Promise<AdminFormState> {
  let year = 0;
  return runFormAction(previous, formData, {
    permission: "content:write",
    schema: ZId,
    write: async (data, actor) => {
      const published = await publishReview(data.id, actor);
      year = published.year;
      return { id: published.id };
    },
    revalidate: revalidateReview,
    redirectTo: () => `/admin/reviews/${year}?published=1`,
  });
}

// ─── supporters' reports (staff) ────────────────────────────────────────────

export async function inviteSupporterAction(previous: AdminFormState, formData: FormData): Promise<AdminFormState> {
  return runFormAction(previous, formData, {
    permission: "content:write",
    schema: ZInvite,
    write: (data, actor) => inviteSupporter(data, actor),
    revalidate: revalidateReview,
  });
}

export async function resendReportLinkAction(previous: AdminFormState, formData: FormData): Promise<AdminFormState> {
  return runFormAction(previous, formData, {
    permission: "content:write",
    schema: ZId,
    write: (data, actor) => resendLink(data.id, actor),
    revalidate: revalidateReview,
  });
}

export async function acceptReportAction(previous: AdminFormState, formData: FormData): Promise<AdminFormState> {
  return runFormAction(previous, formData, {
    permission: "content:write",
    schema: ZId,
    write: (data, actor) => acceptReport(data.id, actor),
    revalidate: revalidateReview,
  });
}

export async function returnReportAction(previous: AdminFormState, formData: FormData): Promise<AdminFormState> {
  return runFormAction(previous, formData, {
    permission: "content:write",
    schema: ZId.extend({ reason: z.string().max(10_000) }),
    write: (data, actor) => returnReport(data.id, data.reason, actor),
    revalidate: revalidateReview,
  });
}

// ─── the supporters' form (public) ──────────────────────────────────────────

const LISTS = ["stages", "supportTypes", "themes"];

export async function submitReportAction(previous: ReportFormState, formData: FormData): Promise<ReportFormState> {
  const attempt = (typeof previous?.attempt === "number" ? previous.attempt : 0) + 1;
  const values = readForm(formData, LISTS);
  const answer = (rest: Partial<ReportFormState>): ReportFormState => ({
    attempt,
    values,
    fieldErrors: {},
    problem: null,
    done: false,
    ...rest,
  });
  let ip: string | null = null;
  try {
    ip = clientIp(await headers());
  } catch {
    ip = null; // outside a request (tests)
  }
  try {
    const result = await submitReport(values, { ip });
    if (result.ok) {
      revalidatePath("/[locale]/(admin)/admin/reviews", "layout");
      return answer({ done: true });
    }
    if (result.code === "invalid") return answer({ fieldErrors: result.fieldErrors, problem: "invalid" });
    return answer({ problem: result.code });
  } catch (error) {
    console.error("supporter report failed", error instanceof Error ? error.message : String(error));
    return answer({ problem: "generic" });
  }
}
