"use server";
// Search synonyms (content:write): add or edit a group (its terms one per
// line), delete one. Each export is a public endpoint: runFormAction checks
// the permission and parses with the one schema; the rules (no term in two
// groups, audit, the Meilisearch settings job) are write.ts's.
import { runFormAction } from "@/lib/forms/action";
import type { FormState } from "@/lib/forms/state";
import { ZSynonymGroupInput } from "./schema";
import { createSynonymGroup, deleteSynonymGroup, updateSynonymGroup } from "./write";

export async function saveSynonymGroup(previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(previous, formData, {
    access: "content:write",
    expires: [],
    fields: ["terms"],
    schema: ZSynonymGroupInput,
    write: (data, { actor, id }) => (id ? updateSynonymGroup(id, data, actor) : createSynonymGroup(data, actor)),
    redirectTo: (saved, { id }) => (id ? null : `/admin/synonyms?added=${encodeURIComponent(saved.id ?? "")}`),
  });
}

export async function deleteSynonymGroupAction(previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(previous, formData, {
    access: "content:write",
    expires: [],
    record: true,
    fields: [],
    write: async (_, { actor, id }) => {
      const result = await deleteSynonymGroup(id, actor);
      return result.ok ? { ok: true, redirectTo: "/admin/synonyms?deleted=1" } : result;
    },
  });
}
