"use server";
// Staff endpoints for contact people (content:write), registered in ./authz.ts.
import { db } from "@/lib/db";
import { runFormAction } from "@/lib/forms/action";
import type { FormState } from "@/lib/forms/state";
import { toFormValues } from "@/lib/forms/values";
import { CONTACT_FIELDS, ZContactInput } from "./schema";
import { createContact, deleteContact, updateContact } from "./write";

export async function saveContact(previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(previous, formData, {
    access: "content:write",
    expires: ["organisations"],
    schema: ZContactInput,
    write: async (data, { actor, id }) => {
      if (!id) return createContact(data, actor);
      const saved = await updateContact(id, data, actor);
      if (!saved.ok) return saved;
      const stored = await db.contact.findUniqueOrThrow({
        where: { id },
        select: Object.fromEntries(CONTACT_FIELDS.map((f) => [f, true])),
      });
      return { ...saved, values: toFormValues(stored) };
    },
    redirectTo: (saved, { id }) => (id ? null : `/admin/contacts/${saved.id}?created=1`),
  });
}

export async function deleteContactAction(previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(previous, formData, {
    access: "content:write",
    expires: ["organisations"],
    record: true,
    write: (_, { actor, id, locale }) => deleteContact(id, actor, { locale }),
    redirectTo: () => "/admin/contacts?deleted=1",
  });
}
