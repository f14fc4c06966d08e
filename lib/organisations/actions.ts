"use server";
// Staff endpoints for organisations (content:write), each registered in
// ./authz.ts. The work is in store.ts; these authorize, parse and answer.
import { runRecordAction } from "@/lib/admin/delete-action";
import { E, recordId } from "@/lib/admin/fields";
import { runFormAction } from "@/lib/admin/form-action";
import type { AdminFormState, DeleteState } from "@/lib/admin/form-state";
import { db } from "@/lib/db";
import { organisationFormValues } from "./form-values";
import { organisationReferences } from "./references";
import { ORGANISATION_FIELDS, ORGANISATION_LIST_FIELDS, ZOrganisationInput } from "./schema";
import {
  archiveOrganisation,
  createOrganisation,
  deleteOrganisation,
  duplicateOrganisation,
  updateOrganisation,
} from "./store";

/** Creates (no id) or updates (hidden id) an organisation. A create goes on to the new record's edit page. */
export async function saveOrganisation(previous: AdminFormState, formData: FormData): Promise<AdminFormState> {
  const rawId = formData instanceof FormData ? formData.get("id") : null;
  const id = recordId().safeParse(rawId);
  return runFormAction(previous, formData, {
    permission: "content:write",
    schema: ZOrganisationInput,
    arrays: ORGANISATION_LIST_FIELDS,
    unique: { slug: ["slug", E("slugTaken")] },
    write: async (data, actor) => {
      if (!id.success) return createOrganisation(data, actor);
      const saved = await updateOrganisation(id.data, data, actor);
      // what was stored (e.g. a slug generated for an emptied field), not only what was typed
      const stored = await db.organisation.findUniqueOrThrow({
        where: { id: saved.id },
        select: Object.fromEntries(ORGANISATION_FIELDS.map((f) => [f, true])),
      });
      return { id: saved.id, values: organisationFormValues(stored) };
    },
    ...(id.success ? {} : { redirectTo: (saved: { id: string }) => `/admin/organisations/${saved.id}?created=1` }),
  });
}

export async function duplicateOrganisationAction(previous: DeleteState, formData: FormData): Promise<DeleteState> {
  return runRecordAction(previous, formData, {
    permission: "content:write",
    run: async (id, actor) => ({
      ok: true,
      redirectTo: `/admin/organisations/${(await duplicateOrganisation(id, actor)).id}?duplicated=1`,
    }),
  });
}

export async function archiveOrganisationAction(previous: DeleteState, formData: FormData): Promise<DeleteState> {
  return runRecordAction(previous, formData, {
    permission: "content:write",
    run: async (id, actor) => {
      await archiveOrganisation(id, actor);
      return { ok: true, redirectTo: `/admin/organisations/${id}?archived=1` };
    },
  });
}

export async function deleteOrganisationAction(previous: DeleteState, formData: FormData): Promise<DeleteState> {
  return runRecordAction(previous, formData, {
    permission: "content:write",
    run: async (id, actor, locale) => {
      const outcome = await deleteOrganisation(id, actor);
      // the store's list has staff links in Latvian paths; re-read in the person's locale for the dialog
      if (!outcome.ok) return { ok: false, references: await organisationReferences(id, db, locale) };
      return { ok: true, redirectTo: "/admin/organisations?deleted=1" };
    },
  });
}
