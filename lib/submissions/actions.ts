"use server";
// Endpoints of public submissions and their moderation. submitSubmission is
// public (registered as such in ./authz.ts; abuse is handled by the spam
// checks in ./store.ts); every moderation action starts with
// requirePermission("content:write").
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import type { AdminFormState } from "@/lib/admin/form-state";
import { clientIp } from "@/lib/auth/client-ip";
import { AuthzError, requirePermission } from "@/lib/auth/guard";
import type { StaffUser } from "@/lib/auth/session";
import { localizedHref } from "@/lib/i18n/paths";
import { readInnovationForm } from "@/lib/innovations/form-data";
import type { Actor } from "@/lib/innovations/write";
import { readSubmissionForm } from "./form-data";
import type { SubmissionFormState } from "./form-state";
import { CORRECTION_FIELDS } from "./innovation-input";
import { approveSubmission, rejectSubmission, requestChanges, type ModerationResult } from "./moderation";
import { toFieldErrors, ZSubmissionInput } from "./schema";
import { storeSubmission, type StoreResult } from "./store";
import { ZLocale } from "@/lib/i18n/locale-schema";

const ZAttempt = z.object({ attempt: z.number().int().nonnegative() }).catch({ attempt: 0 });

export async function submitSubmission(
  previous: SubmissionFormState,
  formData: FormData,
): Promise<SubmissionFormState> {
  const attempt = ZAttempt.parse(previous).attempt + 1;
  const { input, values } = readSubmissionForm(formData instanceof FormData ? formData : new FormData());
  const answer = (rest: Partial<SubmissionFormState>): SubmissionFormState => ({
    attempt,
    values,
    fieldErrors: {},
    problem: null,
    ...rest,
  });
  // parsed here too (the store parses again) so field errors need neither a client address nor the database
  const parsed = ZSubmissionInput.safeParse(input);
  if (!parsed.success) return answer({ fieldErrors: toFieldErrors(parsed.error), problem: "invalid" });

  let result: StoreResult;
  try {
    result = await storeSubmission(input, { ip: clientIp(await headers()) });
  } catch (error) {
    console.error("submission failed", error instanceof Error ? error.message : String(error));
    return answer({ problem: "generic" });
  }
  if (result.ok) redirect(localizedHref("/submit/thanks", ZLocale.parse(parsed.data.locale), `kind=${result.kind}`));
  if (result.code === "invalid") return answer({ fieldErrors: result.fieldErrors, problem: "invalid" });
  return answer({ problem: result.code });
}

// ─── moderation (content:write) ─────────────────────────────────────────────

const ZId = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9_-]{1,64}$/);
const formOf = (data: unknown) => (data instanceof FormData ? data : new FormData());
const field = (form: FormData, name: string) => {
  const v = form.get(name);
  return typeof v === "string" ? v : undefined;
};

async function actorOf(user: StaffUser): Promise<Actor> {
  let ip: string | null = null;
  try {
    ip = clientIp(await headers());
  } catch {
    ip = null; // outside a request (tests, scripts)
  }
  return { id: user.id, email: user.email, ip };
}

type Step = (id: string, form: FormData, actor: Actor) => Promise<ModerationResult>;

/** authorize → run the step (one transaction) → revalidate → back to the review page, or errors with every value kept. */
async function moderate(
  previous: AdminFormState,
  formData: FormData,
  done: string,
  step: Step,
): Promise<AdminFormState> {
  const attempt = ZAttempt.parse(previous).attempt + 1;
  const form = formOf(formData);
  const { values } = readInnovationForm(form);
  const answer = (rest: Partial<AdminFormState>): AdminFormState => ({
    attempt,
    ok: false,
    values,
    fieldErrors: {},
    problem: null,
    ...rest,
  });
  let target: string;
  try {
    const user = await requirePermission("content:write");
    const id = ZId.safeParse(field(form, "id"));
    if (!id.success) return answer({ problem: "notFound" });
    const result = await step(id.data, form, await actorOf(user));
    if (!result.ok) {
      if (result.code === "invalid") return answer({ fieldErrors: result.fieldErrors, problem: "invalid" });
      return answer({ problem: result.code === "closed" ? "conflict" : "notFound" });
    }
    revalidatePath("/[locale]/(admin)/admin/submissions", "layout");
    if (result.innovation) {
      revalidatePath("/[locale]/(public)/innovations", "layout");
      revalidatePath("/[locale]/(public)", "page");
      revalidatePath("/[locale]/(admin)/admin/innovations", "layout");
    }
    target = localizedHref(`/admin/submissions/${id.data}`, ZLocale.parse(field(form, "locale")), `done=${done}`);
  } catch (error) {
    if (error instanceof AuthzError) return answer({ problem: "generic", error: error.reason });
    console.error("moderation failed", error instanceof Error ? error.message : String(error));
    return answer({ problem: "generic" });
  }
  redirect(target);
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
export async function approveSubmissionAction(previous: AdminFormState, formData: FormData): Promise<AdminFormState> {
  return moderate(previous, formData, "approved", (id, form, actor) => {
    const { input } = readInnovationForm(form);
    const kind = field(form, "kind");
    const publish = field(form, "intent") === "publish";
    const edited =
      kind === "CORRECTION"
        ? Object.fromEntries(CORRECTION_FIELDS.map((f) => [f, input[f] ?? ""]))
        : withoutEmptyRows(input);
    return approveSubmission(id, edited, publish, actor);
  });
}

export async function requestSubmissionChangesAction(
  previous: AdminFormState,
  formData: FormData,
): Promise<AdminFormState> {
  return moderate(previous, formData, "changes", (id, form, actor) =>
    requestChanges(id, field(form, "message"), actor),
  );
}

export async function rejectSubmissionAction(previous: AdminFormState, formData: FormData): Promise<AdminFormState> {
  return moderate(previous, formData, "rejected", (id, form, actor) =>
    rejectSubmission(id, field(form, "reason"), actor),
  );
}
