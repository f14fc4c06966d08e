"use server";
// Staff endpoints for projects (content:write), registered in ./authz.ts.
import { runRecordAction } from "@/lib/admin/delete-action";
import { E, recordId } from "@/lib/admin/fields";
import { runFormAction } from "@/lib/admin/form-action";
import { toFormValues } from "@/lib/admin/form-data";
import type { AdminFormState, DeleteState } from "@/lib/admin/form-state";
import { db } from "@/lib/db";
import { localizedHref } from "@/lib/i18n/paths";
import { PROJECT_LINKS, ZProjectInput } from "./schema";
import { createProject, deleteProject, projectReferences, projectSnapshot, updateProject } from "./store";

export async function saveProject(previous: AdminFormState, formData: FormData): Promise<AdminFormState> {
  const id = recordId().safeParse(formData instanceof FormData ? formData.get("id") : null);
  return runFormAction(previous, formData, {
    permission: "content:write",
    schema: ZProjectInput,
    arrays: PROJECT_LINKS,
    unique: { slug: ["slug", E("slugTaken")], code: ["code", E("codeTaken")] },
    write: async (data, actor) => {
      if (!id.success) return createProject(data, actor);
      await updateProject(id.data, data, actor);
      const stored = await projectSnapshot(db, id.data);
      return { id: id.data, values: toFormValues(stored ?? {}) };
    },
    ...(id.success ? {} : { redirectTo: (saved: { id: string }) => `/admin/projects/${saved.id}?created=1` }),
  });
}

export async function deleteProjectAction(previous: DeleteState, formData: FormData): Promise<DeleteState> {
  return runRecordAction(previous, formData, {
    permission: "content:write",
    run: async (id, actor, locale) => {
      const outcome = await deleteProject(id, actor);
      if (!outcome.ok)
        return {
          ok: false,
          references: await projectReferences(id, db, (i) => localizedHref(`/admin/innovations/${i}`, locale)),
        };
      return { ok: true, redirectTo: "/admin/projects?deleted=1" };
    },
  });
}
