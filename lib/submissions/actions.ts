"use server";
// Endpoints of public submissions and their moderation. submitSubmission is
// public (registered as such in ./authz.ts; abuse is handled by the spam
// checks in ./write.ts); every moderation action checks content:write first
// (runFormAction).
import { revalidatePath } from "next/cache";
import { runFormAction, type ActionContext } from "@/lib/forms/action";
import { formToken, SPAM_GUARD_FIELDS } from "@/lib/forms/spam";
import type { FormState } from "@/lib/forms/state";
import { innovationInput, INNOVATION_ARRAY_FIELDS } from "@/lib/innovations/form-data";
import type { Actor } from "@/lib/innovations/write";
import { SUBMISSION_ARRAYS, SUBMISSION_FIELDS, submissionInput } from "./form-data";
import { CORRECTION_FIELDS } from "./innovation-input";
import { approveSubmission, rejectSubmission, requestChanges, type ModerationResult } from "./write-moderation";
import { submissionFieldName, ZSubmissionInput } from "./schema";
import { storeSubmission } from "./write";

export async function submitSubmission(previous: FormState, formData: FormData): Promise<FormState> {
  const state = await runFormAction(previous, formData, {
    access: "public",
    // a proposal waits for moderation: nothing public changes until staff accept it
    expires: [],
    fields: SUBMISSION_FIELDS,
    arrays: SUBMISSION_ARRAYS,
    alsoRead: ["locale", ...SPAM_GUARD_FIELDS],
    input: submissionInput,
    // parsed here too (the write parses again) so field errors need neither a client address nor the database
    schema: ZSubmissionInput,
    fieldName: submissionFieldName,
    write: async (_, { input, ip }) => {
      const result = await storeSubmission(submissionInput(input), { ip });
      return result.ok ? { ...result, redirectTo: `/submit/thanks?kind=${result.kind}` } : result;
    },
  });
  // a form sent back for correction is a form handed out again: its fill time starts now
  return { ...state, formToken: formToken("submission") };
}

// ─── moderation (content:write) ─────────────────────────────────────────────

type Context = ActionContext<"content:write", string>;
type Step = (id: string, context: Context, actor: Actor) => Promise<ModerationResult>;

/** Every moderation step: one transaction (write-moderation.ts), then back to the review page, or errors with every value kept. */
function moderate(previous: FormState, formData: FormData, done: string, step: Step): Promise<FormState> {
  return runFormAction(previous, formData, {
    access: "content:write",
    expires: ["innovations", "organisations"],
    record: true,
    arrays: INNOVATION_ARRAY_FIELDS,
    write: async (_, context) => {
      const result = await step(context.id, context, {
        id: context.actor.id,
        email: context.actor.email,
        ip: context.ip,
      });
      if (!result.ok) return result.code === "closed" ? { ok: false, code: "conflict" } : result;
      revalidatePath("/[locale]/(admin)/admin/submissions", "layout");
      if (result.innovation) {
        revalidatePath("/[locale]/(admin)/admin/innovations", "layout");
      }
      return { ok: true, redirectTo: `/admin/submissions/${context.id}?done=${done}` };
    },
    revalidate: () => undefined,
  });
}

/** Rows the approval form leaves empty (no link, no organisation chosen) are not rows. */
function withoutEmptyRows(input: Record<string, unknown>): Record<string, unknown> {
  const rows = (name: string, key: string) =>
    Array.isArray(input[name])
      ? (input[name] as Record<string, unknown>[]).filter((r) => typeof r[key] === "string" && r[key] !== "")
      : [];
  return { ...input, links: rows("links", "url"), organisations: rows("organisations", "organisationId") };
}

/** Approve: a proposal becomes an innovation (draft, or published with intent=publish); a correction's edited fields are applied. */
export async function approveSubmissionAction(previous: FormState, formData: FormData): Promise<FormState> {
  return moderate(previous, formData, "approved", (id, { input, form }, actor) => {
    const innovation = innovationInput(input);
    const edited =
      form.get("kind") === "CORRECTION"
        ? Object.fromEntries(CORRECTION_FIELDS.map((f) => [f, innovation[f] ?? ""]))
        : withoutEmptyRows(innovation);
    return approveSubmission(id, edited, form.get("intent") === "publish", actor);
  });
}

export async function requestSubmissionChangesAction(previous: FormState, formData: FormData): Promise<FormState> {
  return moderate(previous, formData, "changes", (id, { form }, actor) =>
    requestChanges(id, form.get("message"), actor),
  );
}

export async function rejectSubmissionAction(previous: FormState, formData: FormData): Promise<FormState> {
  return moderate(previous, formData, "rejected", (id, { form }, actor) =>
    rejectSubmission(id, form.get("reason"), actor),
  );
}
