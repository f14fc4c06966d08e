"use server";
// Staff endpoints for funding programmes and calls (content:write, each
// registered in ./authz.ts). runFormAction / runRecordAction authorize first;
// the work is in programmes-write.ts and calls-write.ts (one transaction with its audit entry).
import { runRecordAction } from "@/lib/admin/delete-action";
import { runFormAction } from "@/lib/admin/form-action";
import type { AdminFormState, DeleteState } from "@/lib/admin/form-state";
import { publicationOf, unwrap, unwrapDelete, unwrapPublication } from "@/lib/catalog/action-kit";
import { E } from "@/lib/catalog/fields";
import { callFormValues, CALL_ARRAYS, programmeFormValues, PROGRAMME_ARRAYS } from "./form-values";
import { getCall, getProgramme } from "./queries";
import { ZCallInput, ZProgrammeInput } from "./schema";
import { createCall, deleteCall, duplicateCall, setCallPublication, updateCall } from "./calls-write";
import {
  createProgramme,
  deleteProgramme,
  duplicateProgramme,
  setProgrammePublication,
  updateProgramme,
} from "./programmes-write";

const idOf = (formData: unknown) => {
  const v = formData instanceof FormData ? formData.get("id") : null;
  return typeof v === "string" && /^[A-Za-z0-9_-]{1,64}$/.test(v) ? v : null;
};

/** Creates (no id) or updates (hidden id) a programme; a create goes on to the new record's edit page. */
export async function saveProgramme(previous: AdminFormState, formData: FormData): Promise<AdminFormState> {
  const id = idOf(formData);
  return runFormAction(previous, formData, {
    permission: "content:write",
    schema: ZProgrammeInput,
    arrays: PROGRAMME_ARRAYS,
    unique: { slug: ["slug", E("slugTaken")] },
    write: async (data, actor) => {
      if (!id) return unwrap(await createProgramme(data, actor));
      const saved = unwrap(await updateProgramme(id, data, actor));
      const stored = await getProgramme(saved.id);
      return { id: saved.id, values: stored ? programmeFormValues(stored) : undefined };
    },
    ...(id ? {} : { redirectTo: (saved: { id: string }) => `/admin/programmes/${saved.id}?created=1` }),
  });
}

export async function changeProgrammePublication(previous: DeleteState, formData: FormData): Promise<DeleteState> {
  return runRecordAction(previous, formData, {
    permission: "content:write",
    run: async (id, actor) => {
      const publication = publicationOf(formData);
      unwrapPublication(await setProgrammePublication(id, publication, actor));
      return { ok: true, redirectTo: `/admin/programmes/${id}?publication=${publication}` };
    },
  });
}

export async function duplicateProgrammeAction(previous: DeleteState, formData: FormData): Promise<DeleteState> {
  return runRecordAction(previous, formData, {
    permission: "content:write",
    run: async (id, actor) => ({
      ok: true,
      redirectTo: `/admin/programmes/${unwrap(await duplicateProgramme(id, actor)).id}?duplicated=1`,
    }),
  });
}

/** Refused, with the calls and projects that still belong to it, while any do. */
export async function deleteProgrammeAction(previous: DeleteState, formData: FormData): Promise<DeleteState> {
  return runRecordAction(previous, formData, {
    permission: "content:write",
    run: async (id, actor) => {
      const outcome = unwrapDelete(await deleteProgramme(id, actor));
      return outcome.ok ? { ok: true, redirectTo: "/admin/programmes?deleted=1" } : outcome;
    },
  });
}

export async function saveCall(previous: AdminFormState, formData: FormData): Promise<AdminFormState> {
  const id = idOf(formData);
  return runFormAction(previous, formData, {
    permission: "content:write",
    schema: ZCallInput,
    arrays: CALL_ARRAYS,
    unique: { slug: ["slug", E("slugTaken")] },
    write: async (data, actor) => {
      if (!id) return unwrap(await createCall(data, actor));
      const saved = unwrap(await updateCall(id, data, actor));
      const stored = await getCall(saved.id);
      return { id: saved.id, values: stored ? callFormValues(stored) : undefined };
    },
    ...(id ? {} : { redirectTo: (saved: { id: string }) => `/admin/calls/${saved.id}?created=1` }),
  });
}

export async function changeCallPublication(previous: DeleteState, formData: FormData): Promise<DeleteState> {
  return runRecordAction(previous, formData, {
    permission: "content:write",
    run: async (id, actor) => {
      const publication = publicationOf(formData);
      unwrapPublication(await setCallPublication(id, publication, actor));
      return { ok: true, redirectTo: `/admin/calls/${id}?publication=${publication}` };
    },
  });
}

export async function duplicateCallAction(previous: DeleteState, formData: FormData): Promise<DeleteState> {
  return runRecordAction(previous, formData, {
    permission: "content:write",
    run: async (id, actor) => ({
      ok: true,
      redirectTo: `/admin/calls/${unwrap(await duplicateCall(id, actor)).id}?duplicated=1`,
    }),
  });
}

export async function deleteCallAction(previous: DeleteState, formData: FormData): Promise<DeleteState> {
  return runRecordAction(previous, formData, {
    permission: "content:write",
    run: async (id, actor) => {
      const outcome = unwrapDelete(await deleteCall(id, actor));
      return outcome.ok ? { ok: true, redirectTo: "/admin/calls?deleted=1" } : outcome;
    },
  });
}
