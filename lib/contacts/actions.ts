"use server";
// Staff endpoints for contact people (content:write), registered in ./authz.ts.
import { runRecordAction } from "@/lib/admin/delete-action";
import { recordId } from "@/lib/admin/fields";
import { runFormAction } from "@/lib/admin/form-action";
import { toFormValues } from "@/lib/admin/form-data";
import type { AdminFormState, DeleteState } from "@/lib/admin/form-state";
import { db } from "@/lib/db";
import { contactReferences } from "./references";
import { CONTACT_FIELDS, ZContactInput } from "./schema";
import { createContact, deleteContact, updateContact } from "./store";

export async function saveContact(previous: AdminFormState, formData: FormData): Promise<AdminFormState> {
  const id = recordId().safeParse(formData instanceof FormData ? formData.get("id") : null);
  return runFormAction(previous, formData, {
    permission: "content:write",
    schema: ZContactInput,
    write: async (data, actor) => {
      if (!id.success) return createContact(data, actor);
      await updateContact(id.data, data, actor);
      const stored = await db.contact.findUniqueOrThrow({
        where: { id: id.data },
        select: Object.fromEntries(CONTACT_FIELDS.map((f) => [f, true])),
      });
      return { id: id.data, values: toFormValues(stored) };
    },
    ...(id.success ? {} : { redirectTo: (saved: { id: string }) => `/admin/contacts/${saved.id}?created=1` }),
  });
}

export async function deleteContactAction(previous: DeleteState, formData: FormData): Promise<DeleteState> {
  return runRecordAction(previous, formData, {
    permission: "content:write",
    run: async (id, actor, locale) => {
      const outcome = await deleteContact(id, actor);
      if (!outcome.ok) return { ok: false, references: await contactReferences(id, db, locale) };
      return { ok: true, redirectTo: "/admin/contacts?deleted=1" };
    },
  });
}
