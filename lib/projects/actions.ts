"use server";
// Staff endpoints for projects (content:write), registered in ./authz.ts.
import { db } from "@/lib/db";
import { runFormAction } from "@/lib/forms/action";
import type { FormState } from "@/lib/forms/state";
import { toFormValues } from "@/lib/forms/values";
import { localizedHref } from "@/lib/i18n/paths";
import { PROJECT_LINKS, ZProjectInput } from "./schema";
import { createProject, deleteProject, projectSnapshot, updateProject } from "./write";

export async function saveProject(previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(previous, formData, {
    access: "content:write",
    expires: ["innovations", "organisations"],
    schema: ZProjectInput,
    arrays: PROJECT_LINKS,
    write: async (data, { actor, id }) => {
      if (!id) return createProject(data, actor);
      const saved = await updateProject(id, data, actor);
      if (!saved.ok) return saved;
      return { ...saved, values: toFormValues((await projectSnapshot(db, id)) ?? {}) };
    },
    redirectTo: (saved, { id }) => (id ? null : `/admin/projects/${saved.id}?created=1`),
  });
}

export async function deleteProjectAction(previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(previous, formData, {
    access: "content:write",
    expires: ["innovations", "organisations"],
    record: true,
    write: (_, { actor, id, locale }) =>
      deleteProject(id, actor, { hrefOf: (i) => localizedHref(`/admin/innovations/${i}`, locale) }),
    redirectTo: () => "/admin/projects?deleted=1",
  });
}
