"use server";
// Search synonyms (content:write): add or edit a group (its terms one per
// line), delete one. Each export is a public endpoint: it checks the
// permission, parses with the one schema, and leaves the rules (no term in
// two groups, audit, the Meilisearch settings job) to store.ts.
import { redirect } from "next/navigation";
import { recordId } from "@/lib/admin/fields";
import { revalidateEverything } from "@/lib/admin/form-action";
import { readForm, toFieldErrors } from "@/lib/admin/form-data";
import type { AdminFormState, DeleteState } from "@/lib/admin/form-state";
import { runRecordAction } from "@/lib/admin/delete-action";
import { NotFoundError } from "@/lib/admin/write-errors";
import { AuthzError, requirePermission } from "@/lib/auth/guard";
import { localizedHref } from "@/lib/i18n/paths";
import { ZLocale } from "@/lib/i18n/locale-schema";
import { ZSynonymGroupInput } from "./schema";
import { createSynonymGroup, deleteSynonymGroup, SynonymConflictError, updateSynonymGroup } from "./store";

export async function saveSynonymGroup(previous: AdminFormState, formData: FormData): Promise<AdminFormState> {
  const attempt = (typeof previous?.attempt === "number" ? previous.attempt : 0) + 1;
  const values = readForm(formData);
  const answer = (rest: Partial<AdminFormState>): AdminFormState => ({
    attempt,
    ok: false,
    values,
    fieldErrors: {},
    problem: null,
    ...rest,
  });
  try {
    const actor = await requirePermission("content:write");
    const parsed = ZSynonymGroupInput.safeParse(values);
    if (!parsed.success) return answer({ fieldErrors: toFieldErrors(parsed.error), problem: "invalid" });
    const id = values.id ? recordId().safeParse(values.id) : null;
    if (id && !id.success) return answer({ problem: "notFound" });
    let saved: { id: string };
    try {
      saved = id?.success
        ? await updateSynonymGroup(id.data, parsed.data, actor)
        : await createSynonymGroup(parsed.data, actor);
    } catch (error) {
      if (error instanceof NotFoundError) return answer({ problem: "notFound" });
      if (error instanceof SynonymConflictError) {
        // the terms concerned go back with the values, so the form can name them
        const conflicts = error.conflicts
          .map((c) => (c.otherGroup ? `${c.term} (${c.otherGroup.join(", ")})` : c.term))
          .join("; ");
        return answer({ fieldErrors: { terms: [error.key] }, problem: "invalid", values: { ...values, conflicts } });
      }
      throw error;
    }
    revalidateEverything();
    if (!id) {
      redirect(localizedHref("/admin/synonyms", ZLocale.parse(values.locale), `added=${encodeURIComponent(saved.id)}`));
    }
    return answer({ ok: true, id: saved.id });
  } catch (error) {
    if (error instanceof AuthzError) return answer({ error: error.reason, problem: "generic" });
    throw error;
  }
}

export async function deleteSynonymGroupAction(previous: DeleteState, formData: FormData): Promise<DeleteState> {
  return runRecordAction(previous, formData, {
    permission: "content:write",
    run: async (id, actor) => {
      await deleteSynonymGroup(id, actor);
      return { ok: true, redirectTo: "/admin/synonyms?deleted=1" };
    },
  });
}
