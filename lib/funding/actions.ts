"use server";
// Staff endpoints for funding programmes and calls (content:write, each
// registered in ./authz.ts). runFormAction authorizes first; the work is in
// write-programmes.ts and write-calls.ts (one transaction with its audit entry).
import { publicationOf } from "@/lib/catalog/action-kit";
import { runFormAction } from "@/lib/forms/action";
import type { FormState } from "@/lib/forms/state";
import { notFound } from "@/lib/write-result";
import { callFormValues, CALL_ARRAYS, programmeFormValues, PROGRAMME_ARRAYS } from "./form-values";
import { getCall, getProgramme } from "./queries";
import { ZCallInput, ZProgrammeInput } from "./schema";
import { createCall, deleteCall, duplicateCall, setCallPublication, updateCall } from "./write-calls";
import {
  createProgramme,
  deleteProgramme,
  duplicateProgramme,
  setProgrammePublication,
  updateProgramme,
} from "./write-programmes";

/** Creates (no id) or updates (hidden id) a programme; a create goes on to the new record's edit page. */
export async function saveProgramme(previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(previous, formData, {
    access: "content:write",
    expires: ["funding"],
    schema: ZProgrammeInput,
    arrays: PROGRAMME_ARRAYS,
    write: async (data, { actor, id }) => {
      if (!id) return createProgramme(data, actor);
      const saved = await updateProgramme(id, data, actor);
      if (!saved.ok) return saved;
      const stored = await getProgramme(id);
      return { ...saved, values: stored ? programmeFormValues(stored) : undefined };
    },
    redirectTo: (saved, { id }) => (id ? null : `/admin/programmes/${saved.id}?created=1`),
  });
}

export async function changeProgrammePublication(previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(previous, formData, {
    access: "content:write",
    expires: ["funding"],
    record: true,
    write: async (_, { actor, id, form }) => {
      const publication = publicationOf(form);
      return publication ? setProgrammePublication(id, publication, actor) : notFound();
    },
    redirectTo: (saved, { form }) => `/admin/programmes/${saved.id}?publication=${publicationOf(form)}`,
  });
}

export async function duplicateProgrammeAction(previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(previous, formData, {
    access: "content:write",
    expires: ["funding"],
    record: true,
    write: (_, { actor, id }) => duplicateProgramme(id, actor),
    redirectTo: (saved) => `/admin/programmes/${saved.id}?duplicated=1`,
  });
}

/** Refused, with the calls and projects that still belong to it, while any do. */
export async function deleteProgrammeAction(previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(previous, formData, {
    access: "content:write",
    expires: ["funding"],
    record: true,
    write: (_, { actor, id, locale }) => deleteProgramme(id, actor, { locale }),
    redirectTo: () => "/admin/programmes?deleted=1",
  });
}

export async function saveCall(previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(previous, formData, {
    access: "content:write",
    expires: ["funding"],
    schema: ZCallInput,
    arrays: CALL_ARRAYS,
    write: async (data, { actor, id }) => {
      if (!id) return createCall(data, actor);
      const saved = await updateCall(id, data, actor);
      if (!saved.ok) return saved;
      const stored = await getCall(id);
      return { ...saved, values: stored ? callFormValues(stored) : undefined };
    },
    redirectTo: (saved, { id }) => (id ? null : `/admin/calls/${saved.id}?created=1`),
  });
}

export async function changeCallPublication(previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(previous, formData, {
    access: "content:write",
    expires: ["funding"],
    record: true,
    write: async (_, { actor, id, form }) => {
      const publication = publicationOf(form);
      return publication ? setCallPublication(id, publication, actor) : notFound();
    },
    redirectTo: (saved, { form }) => `/admin/calls/${saved.id}?publication=${publicationOf(form)}`,
  });
}

export async function duplicateCallAction(previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(previous, formData, {
    access: "content:write",
    expires: ["funding"],
    record: true,
    write: (_, { actor, id }) => duplicateCall(id, actor),
    redirectTo: (saved) => `/admin/calls/${saved.id}?duplicated=1`,
  });
}

export async function deleteCallAction(previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(previous, formData, {
    access: "content:write",
    expires: ["funding"],
    record: true,
    write: (_, { actor, id }) => deleteCall(id, actor),
    redirectTo: () => "/admin/calls?deleted=1",
  });
}
