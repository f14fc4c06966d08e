"use server";
// Vocabulary terms (content:write). Each export is a public endpoint: it
// checks the permission (runFormAction), parses, and leaves the rules (key
// generated once, delete only when unused, reindex on relabel) to write.ts's
// transactions. Public pages read labels from the cache (tag "terms"), so
// every change expires that tag at once (`expires`).
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { runFormAction, type Saved } from "@/lib/forms/action";
import type { FormState } from "@/lib/forms/state";
import { invalid, type Refusal, type WriteResult } from "@/lib/write-result";
import { toFieldErrors } from "@/lib/forms/field-errors";
import type { StaffUser } from "@/lib/auth/session";
import { vocabularySlug, ZTermCreate, ZTermId, ZTermLabels, ZTermMove } from "./schema";
import { createTerm, deleteTerm, moveTerm, setTermActive, updateTermLabels } from "./write";

const FIELDS = ["vocabulary", "termId", "labelLv", "labelEn", "parentKey"] as const;

function revalidateTerms() {
  revalidatePath("/[locale]/admin/vocabularies", "layout");
}

export async function addTerm(previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(previous, formData, {
    access: "content:write",
    expires: ["terms"],
    fields: FIELDS,
    schema: ZTermCreate,
    revalidate: revalidateTerms,
    write: async (data, { actor }) => {
      const created = await createTerm(actor, data);
      if (!created.ok) return created;
      const added = encodeURIComponent(created.key);
      return { ...created, redirectTo: `/admin/vocabularies/${vocabularySlug(data.vocabulary)}?added=${added}` };
    },
  });
}

export async function saveTermLabels(previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(previous, formData, {
    access: "content:write",
    expires: ["terms"],
    fields: FIELDS,
    schema: ZTermLabels,
    revalidate: revalidateTerms,
    write: async (data, { actor }) => {
      const result = await updateTermLabels(actor, data);
      return result.ok ? { ok: true, id: data.termId } : result;
    },
  });
}

type Command = (actor: Pick<StaffUser, "id" | "email">, form: FormData) => Promise<WriteResult<Saved, Refusal>>;

/** The vocabulary screen's buttons (move, hide/show, delete): no fields of their own to echo. */
function command(previous: FormState, formData: FormData, run: Command): Promise<FormState> {
  return runFormAction(previous, formData, {
    access: "content:write",
    expires: ["terms"],
    fields: [],
    revalidate: revalidateTerms,
    write: (_, { actor, form }) => run(actor, form),
  });
}

const badInput = (error: z.ZodError) => invalid(toFieldErrors(error));

export async function moveTermAction(previous: FormState, formData: FormData): Promise<FormState> {
  return command(previous, formData, async (actor, form) => {
    const parsed = ZTermMove.safeParse({ termId: form.get("termId"), direction: form.get("direction") });
    return parsed.success ? moveTerm(actor, parsed.data.termId, parsed.data.direction) : badInput(parsed.error);
  });
}

export async function setTermActiveAction(previous: FormState, formData: FormData): Promise<FormState> {
  return command(previous, formData, async (actor, form) => {
    const parsed = z
      .object({ termId: ZTermId, active: z.enum(["true", "false"]) })
      .safeParse({ termId: form.get("termId"), active: form.get("active") });
    return parsed.success
      ? setTermActive(actor, parsed.data.termId, parsed.data.active === "true")
      : badInput(parsed.error);
  });
}

export async function deleteTermAction(previous: FormState, formData: FormData): Promise<FormState> {
  return command(previous, formData, async (actor, form) => {
    const termId = ZTermId.safeParse(form.get("termId"));
    if (!termId.success) return badInput(termId.error);
    const result = await deleteTerm(actor, termId.data);
    return result.ok
      ? { ok: true, redirectTo: `/admin/vocabularies/${vocabularySlug(result.vocabulary)}?deleted=1` }
      : result;
  });
}
