"use server";
// The public consultation forms' endpoints: the request form and the
// self-service page. Anyone may call them (registered as "public" in
// lib/auth/registry.ts); abuse is handled by write.ts / spam.ts, and the
// self-service ones are only as strong as the signed token they are given.
import { runFormAction } from "@/lib/forms/action";
import { formToken, SPAM_GUARD_FIELDS } from "@/lib/forms/spam";
import type { Choice, FormState } from "@/lib/forms/state";
import type { Locale } from "@/lib/i18n/routing";
import { formatRiga } from "@/lib/time/riga";
import { REQUEST_ARRAYS, REQUEST_FIELDS } from "./form-data";
import { ZConsultationRequestInput, ZSelfServiceToken } from "./schema";
import { cancelRequest, moveRequest } from "./write-self-service";
import type { SlotSummary } from "./slots";
import { submitRequest } from "./write";

const choicesOf = (slots: SlotSummary[], locale: Locale): Choice[] =>
  slots.map((s) => ({ value: s.id, label: formatRiga(s.startsAt, locale) }));

export async function submitConsultation(previous: FormState, formData: FormData): Promise<FormState> {
  const state = await runFormAction(previous, formData, {
    access: "public",
    expires: ["consultations"],
    fields: REQUEST_FIELDS,
    arrays: REQUEST_ARRAYS,
    alsoRead: ["locale", ...SPAM_GUARD_FIELDS],
    // parsed here too (write.ts parses again) so field errors need neither a client address nor the database
    schema: ZConsultationRequestInput,
    write: async (_, { input, ip, locale }) => {
      const result = await submitRequest(input, { ip });
      if (result.ok)
        return { ok: true, redirectTo: `/consultations/thanks?ref=${encodeURIComponent(result.reference)}` };
      // the chosen slot is gone: the times still free are offered instead
      if ("alternatives" in result) return { ...result, choices: choicesOf(result.alternatives, locale) };
      return result;
    },
  });
  // a form sent back for correction is a form handed out again: its fill time starts now
  return { ...state, formToken: formToken("consultation") };
}

/** The self-service forms post the link's token; a forged or dead one is "invalidToken". */
const tokenOf = (form: FormData) => ZSelfServiceToken.safeParse(form.get("token"));

export async function cancelConsultation(previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(previous, formData, {
    access: "public",
    expires: ["consultations"],
    fields: [],
    write: async (_, { form }) => {
      const token = tokenOf(form);
      const result = token.success ? await cancelRequest(token.data) : ({ ok: false, code: "invalidToken" } as const);
      // the token is dead now: the page says "cancelled" without it
      return result.ok ? { ok: true, redirectTo: "/consultations/manage?done=cancelled" } : result;
    },
  });
}

export async function moveConsultation(previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(previous, formData, {
    access: "public",
    expires: ["consultations"],
    fields: [],
    write: async (_, { form, locale }) => {
      const token = tokenOf(form);
      if (!token.success) return { ok: false, code: "invalidToken" };
      if (!form.get("slotId")) return { ok: false, code: "slotRequired" };
      const result = await moveRequest(token.data, form.get("slotId"));
      if (result.ok)
        return { ok: true, redirectTo: `/consultations/manage?token=${encodeURIComponent(result.token)}&done=moved` };
      if ("alternatives" in result) return { ...result, choices: choicesOf(result.alternatives, locale) };
      return result;
    },
  });
}
