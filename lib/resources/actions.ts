"use server";
// Staff endpoints for toolkit resources (content:write, each registered in
// ./authz.ts). Files arrive separately through POST /api/admin/uploads; the
// form posts only the upload id. The work is in write.ts.
import { publicationOf } from "@/lib/catalog/action-kit";
import { runFormAction } from "@/lib/forms/action";
import type { FormState } from "@/lib/forms/state";
import { notFound } from "@/lib/write-result";
import { resourceFormValues, RESOURCE_ARRAYS } from "./form-values";
import { getResource } from "./queries";
import { ZResourceInput } from "./schema";
import { createResource, deleteResource, duplicateResource, setResourcePublication, updateResource } from "./write";

export async function saveResource(previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(previous, formData, {
    access: "content:write",
    expires: ["resources"],
    schema: ZResourceInput,
    arrays: RESOURCE_ARRAYS,
    write: async (data, { actor, id }) => {
      if (!id) return createResource(data, actor);
      const saved = await updateResource(id, data, actor);
      if (!saved.ok) return saved;
      const stored = await getResource(id);
      return { ...saved, values: stored ? resourceFormValues(stored) : undefined };
    },
    redirectTo: (saved, { id }) => (id ? null : `/admin/resources/${saved.id}?created=1`),
  });
}

export async function changeResourcePublication(previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(previous, formData, {
    access: "content:write",
    expires: ["resources"],
    record: true,
    write: async (_, { actor, id, form }) => {
      const publication = publicationOf(form);
      return publication ? setResourcePublication(id, publication, actor) : notFound();
    },
    redirectTo: (saved, { form }) => `/admin/resources/${saved.id}?publication=${publicationOf(form)}`,
  });
}

export async function duplicateResourceAction(previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(previous, formData, {
    access: "content:write",
    expires: ["resources"],
    record: true,
    write: (_, { actor, id }) => duplicateResource(id, actor),
    redirectTo: (saved) => `/admin/resources/${saved.id}?duplicated=1`,
  });
}

export async function deleteResourceAction(previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(previous, formData, {
    access: "content:write",
    expires: ["resources"],
    record: true,
    write: (_, { actor, id }) => deleteResource(id, actor),
    redirectTo: () => "/admin/resources?deleted=1",
  });
}
