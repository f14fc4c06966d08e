"use server";
// Staff endpoints for toolkit resources (content:write, each registered in
// ./authz.ts). Files arrive separately through POST /api/admin/uploads; the
// form posts only the upload id. The work is in write.ts.
import { runRecordAction } from "@/lib/admin/delete-action";
import { runFormAction } from "@/lib/admin/form-action";
import type { AdminFormState, DeleteState } from "@/lib/admin/form-state";
import { publicationOf, unwrap, unwrapDelete, unwrapPublication } from "@/lib/catalog/action-kit";
import { E } from "@/lib/catalog/fields";
import { resourceFormValues, RESOURCE_ARRAYS } from "./form-values";
import { getResource } from "./queries";
import { ZResourceInput } from "./schema";
import { createResource, deleteResource, duplicateResource, setResourcePublication, updateResource } from "./write";

const idOf = (formData: unknown) => {
  const v = formData instanceof FormData ? formData.get("id") : null;
  return typeof v === "string" && /^[A-Za-z0-9_-]{1,64}$/.test(v) ? v : null;
};

export async function saveResource(previous: AdminFormState, formData: FormData): Promise<AdminFormState> {
  const id = idOf(formData);
  return runFormAction(previous, formData, {
    permission: "content:write",
    schema: ZResourceInput,
    arrays: RESOURCE_ARRAYS,
    unique: { slug: ["slug", E("slugTaken")], fileId: ["fileId", E("fileIdTaken")] },
    write: async (data, actor) => {
      if (!id) return unwrap(await createResource(data, actor));
      const saved = unwrap(await updateResource(id, data, actor));
      const stored = await getResource(saved.id);
      return { id: saved.id, values: stored ? resourceFormValues(stored) : undefined };
    },
    ...(id ? {} : { redirectTo: (saved: { id: string }) => `/admin/resources/${saved.id}?created=1` }),
  });
}

export async function changeResourcePublication(previous: DeleteState, formData: FormData): Promise<DeleteState> {
  return runRecordAction(previous, formData, {
    permission: "content:write",
    run: async (id, actor) => {
      const publication = publicationOf(formData);
      unwrapPublication(await setResourcePublication(id, publication, actor));
      return { ok: true, redirectTo: `/admin/resources/${id}?publication=${publication}` };
    },
  });
}

export async function duplicateResourceAction(previous: DeleteState, formData: FormData): Promise<DeleteState> {
  return runRecordAction(previous, formData, {
    permission: "content:write",
    run: async (id, actor) => ({
      ok: true,
      redirectTo: `/admin/resources/${unwrap(await duplicateResource(id, actor)).id}?duplicated=1`,
    }),
  });
}

export async function deleteResourceAction(previous: DeleteState, formData: FormData): Promise<DeleteState> {
  return runRecordAction(previous, formData, {
    permission: "content:write",
    run: async (id, actor) => {
      const outcome = unwrapDelete(await deleteResource(id, actor));
      return outcome.ok ? { ok: true, redirectTo: "/admin/resources?deleted=1" } : outcome;
    },
  });
}
