"use server";
// Vocabulary terms (content:write). Each export is a public endpoint: it
// checks the permission, parses, and leaves the rules (key generated once,
// delete only when unused, reindex on relabel) to write.ts's transactions.
// Public pages read labels through getTermLabels (cache tag "terms"), so
// every change expires that tag at once.
import { revalidatePath, updateTag } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import type { AdminFormState, FormValues } from "@/lib/admin/form-state";
import { AuthzError, deniedResult, requirePermission } from "@/lib/auth/guard";
import { localizedHref } from "@/lib/i18n/paths";
import type { TermCommandState } from "./form-state";
import { toFieldErrors, vocabularySlug, ZTermCreate, ZTermId, ZTermLabels, ZTermMove } from "./schema";
import { usageTotal } from "./usage";
import { createTerm, deleteTerm, moveTerm, setTermActive, updateTermLabels } from "./write";
import { ZLocale } from "@/lib/i18n/locale-schema";

const ZAttempt = z.object({ attempt: z.number().int().nonnegative() }).catch({ attempt: 0 });
const FIELDS = ["vocabulary", "termId", "labelLv", "labelEn", "parentKey"] as const;

const formOf = (data: unknown) => (data instanceof FormData ? data : new FormData());
const text = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === "string" ? value : undefined;
};
const echo = (form: FormData): FormValues =>
  Object.fromEntries(FIELDS.map((f) => [f, text(form, f) ?? ""]).filter(([, v]) => v !== ""));

function revalidateTerms() {
  // Read-your-own-writes: the next public page render reads fresh labels.
  updateTag("terms");
  revalidatePath("/[locale]/admin/vocabularies", "layout");
}

export async function addTerm(previous: AdminFormState, formData: FormData): Promise<AdminFormState> {
  const attempt = ZAttempt.parse(previous).attempt + 1;
  const form = formOf(formData);
  const answer = (rest: Partial<AdminFormState>): AdminFormState => ({
    attempt,
    ok: false,
    values: echo(form),
    fieldErrors: {},
    problem: null,
    ...rest,
  });
  let target: string;
  try {
    const actor = await requirePermission("content:write");
    const parsed = ZTermCreate.safeParse({
      vocabulary: text(form, "vocabulary"),
      labelLv: text(form, "labelLv"),
      labelEn: text(form, "labelEn"),
      parentKey: text(form, "parentKey"),
    });
    if (!parsed.success) return answer({ problem: "invalid", fieldErrors: toFieldErrors(parsed.error) });
    const created = await createTerm(actor, parsed.data);
    if (!created.ok) return answer({ problem: "invalid", fieldErrors: created.fieldErrors });
    revalidateTerms();
    target = localizedHref(
      `/admin/vocabularies/${vocabularySlug(parsed.data.vocabulary)}`,
      ZLocale.parse(text(form, "locale")),
      `added=${encodeURIComponent(created.key)}`,
    );
  } catch (error) {
    if (error instanceof AuthzError) return answer({ problem: "generic", error: error.reason });
    throw error;
  }
  redirect(target);
}

export async function saveTermLabels(previous: AdminFormState, formData: FormData): Promise<AdminFormState> {
  const attempt = ZAttempt.parse(previous).attempt + 1;
  const form = formOf(formData);
  const answer = (rest: Partial<AdminFormState>): AdminFormState => ({
    attempt,
    ok: false,
    values: echo(form),
    fieldErrors: {},
    problem: null,
    ...rest,
  });
  try {
    const actor = await requirePermission("content:write");
    const parsed = ZTermLabels.safeParse({
      termId: text(form, "termId"),
      labelLv: text(form, "labelLv"),
      labelEn: text(form, "labelEn"),
    });
    if (!parsed.success) return answer({ problem: "invalid", fieldErrors: toFieldErrors(parsed.error) });
    const result = await updateTermLabels(actor, parsed.data);
    if (!result.ok) return answer({ problem: "notFound" });
    revalidateTerms();
    return answer({ ok: true, id: parsed.data.termId });
  } catch (error) {
    if (error instanceof AuthzError) return answer({ problem: "generic", error: error.reason });
    throw error;
  }
}

type Run = (actor: { id: string; email: string }, form: FormData) => Promise<TermCommandState | null>;

async function command(previous: TermCommandState, formData: FormData, run: Run): Promise<TermCommandState> {
  const attempt = ZAttempt.parse(previous).attempt + 1;
  try {
    const actor = await requirePermission("content:write");
    const refused = await run(actor, formOf(formData));
    if (refused) return { ...refused, attempt };
    revalidateTerms();
    return { attempt, ok: true, error: null };
  } catch (error) {
    return { attempt, ...deniedResult(error) };
  }
}

const invalid: TermCommandState = { attempt: 0, ok: false, error: "invalid" };

export async function moveTermAction(previous: TermCommandState, formData: FormData): Promise<TermCommandState> {
  return command(previous, formData, async (actor, form) => {
    const parsed = ZTermMove.safeParse({ termId: text(form, "termId"), direction: text(form, "direction") });
    if (!parsed.success) return invalid;
    const result = await moveTerm(actor, parsed.data.termId, parsed.data.direction);
    return result.ok ? null : { attempt: 0, ok: false, error: result.code };
  });
}

export async function setTermActiveAction(previous: TermCommandState, formData: FormData): Promise<TermCommandState> {
  return command(previous, formData, async (actor, form) => {
    const termId = ZTermId.safeParse(text(form, "termId"));
    const active = z.enum(["true", "false"]).safeParse(text(form, "active"));
    if (!termId.success || !active.success) return invalid;
    const result = await setTermActive(actor, termId.data, active.data === "true");
    return result.ok ? null : { attempt: 0, ok: false, error: result.code };
  });
}

export async function deleteTermAction(previous: TermCommandState, formData: FormData): Promise<TermCommandState> {
  const form = formOf(formData);
  let target: string | null = null;
  const state = await command(previous, form, async (actor) => {
    const termId = ZTermId.safeParse(text(form, "termId"));
    if (!termId.success) return invalid;
    const result = await deleteTerm(actor, termId.data);
    if (!result.ok)
      return {
        attempt: 0,
        ok: false,
        error: result.code,
        ...(result.usage && usageTotal(result.usage) > 0 ? { counts: result.usage } : {}),
      };
    target = localizedHref(
      `/admin/vocabularies/${vocabularySlug(result.vocabulary)}`,
      ZLocale.parse(text(form, "locale")),
      "deleted=1",
    );
    return null;
  });
  if (!target) return state;
  redirect(target);
}
