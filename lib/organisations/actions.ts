"use server";
// Staff endpoints for organisations (content:write), each registered in
// ./authz.ts. The work is in write.ts; these authorize, parse and answer.
import { db } from "@/lib/db";
import { runFormAction } from "@/lib/forms/action";
import type { FormState } from "@/lib/forms/state";
import { organisationFormValues } from "./form-values";
import { ORGANISATION_FIELDS, ORGANISATION_LIST_FIELDS, ZOrganisationInput } from "./schema";
import {
  archiveOrganisation,
  createOrganisation,
  deleteOrganisation,
  duplicateOrganisation,
  updateOrganisation,
} from "./write";

/** Creates (no id) or updates (hidden id) an organisation. A create goes on to the new record's edit page. */
export async function saveOrganisation(previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(previous, formData, {
    access: "content:write",
    expires: ["organisations"],
    schema: ZOrganisationInput,
    arrays: ORGANISATION_LIST_FIELDS,
    write: async (data, { actor, id }) => {
      if (!id) return createOrganisation(data, actor);
      const saved = await updateOrganisation(id, data, actor);
      if (!saved.ok) return saved;
      // what was stored (e.g. a slug generated for an emptied field), not only what was typed
      const stored = await db.organisation.findUniqueOrThrow({
        where: { id },
        select: Object.fromEntries(ORGANISATION_FIELDS.map((f) => [f, true])),
      });
      return { ...saved, values: organisationFormValues(stored) };
    },
    redirectTo: (saved, { id }) => (id ? null : `/admin/organisations/${saved.id}?created=1`),
  });
}

export async function duplicateOrganisationAction(previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(previous, formData, {
    access: "content:write",
    expires: ["organisations"],
    record: true,
    write: (_, { actor, id }) => duplicateOrganisation(id, actor),
    redirectTo: (saved) => `/admin/organisations/${saved.id}?duplicated=1`,
  });
}

export async function archiveOrganisationAction(previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(previous, formData, {
    access: "content:write",
    expires: ["organisations"],
    record: true,
    write: (_, { actor, id }) => archiveOrganisation(id, actor),
    redirectTo: (saved) => `/admin/organisations/${saved.id}?archived=1`,
  });
}

export async function deleteOrganisationAction(previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(previous, formData, {
    access: "content:write",
    expires: ["organisations"],
    // the references name staff pages in the person's own language
    record: true,
    write: (_, { actor, id, locale }) => deleteOrganisation(id, actor, { locale }),
    redirectTo: () => "/admin/organisations?deleted=1",
  });
}
