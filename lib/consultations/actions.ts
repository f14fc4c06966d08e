"use server";
// The public consultation forms' endpoints: the request form and the
// self-service page. Anyone may call them (registered as "public" in
// lib/auth/registry.ts); abuse is handled by booking.ts / spam.ts, and the
// self-service ones are only as strong as the signed token they are given.
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { clientIp } from "@/lib/auth/client-ip";
import { localizedHref } from "@/lib/i18n/paths";
import type { Locale } from "@/lib/i18n/routing";
import { submitRequest, type SubmitResult } from "./booking";
import { readRequestForm } from "./form-data";
import type { ManageFormState, RequestFormState, SlotOption } from "./form-state";
import { formatRiga } from "@/lib/time/riga";
import { toFieldErrors, ZConsultationRequestInput, ZSelfServiceToken, ZSlotId } from "./schema";
import { cancelRequest, moveRequest } from "./self-service";
import type { SlotSummary } from "./slots";
import { ZLocale } from "@/lib/i18n/locale-schema";

const ZAttempt = z.object({ attempt: z.number().int().nonnegative() }).catch({ attempt: 0 });

const options = (slots: SlotSummary[], locale: Locale): SlotOption[] =>
  slots.map((s) => ({ id: s.id, label: formatRiga(s.startsAt, locale) }));

export async function submitConsultation(previous: RequestFormState, formData: FormData): Promise<RequestFormState> {
  const attempt = ZAttempt.parse(previous).attempt + 1;
  const { input, values } = readRequestForm(formData instanceof FormData ? formData : new FormData());
  const answer = (rest: Partial<RequestFormState>): RequestFormState => ({
    attempt,
    values,
    fieldErrors: {},
    problem: null,
    alternatives: [],
    ...rest,
  });
  // Parsed here too (booking.ts parses again) so field errors need neither a client address nor the database.
  const parsed = ZConsultationRequestInput.safeParse(input);
  if (!parsed.success) return answer({ fieldErrors: toFieldErrors(parsed.error), problem: "invalid" });
  const locale = parsed.data.locale;

  let result: SubmitResult;
  try {
    result = await submitRequest(input, { ip: clientIp(await headers()) });
  } catch (error) {
    console.error("consultation request failed", error instanceof Error ? error.message : String(error));
    return answer({ problem: "generic" });
  }
  if (result.ok)
    redirect(localizedHref("/consultations/thanks", locale, `ref=${encodeURIComponent(result.reference)}`));
  switch (result.code) {
    case "invalid":
      return answer({ fieldErrors: result.fieldErrors, problem: "invalid" });
    case "slotTaken":
    case "slotUnavailable":
      // the chosen slot is gone: no radio stays ticked, the offered ones are shown instead
      return answer({
        values: { ...values, slotId: "" },
        problem: result.code,
        alternatives: options(result.alternatives, locale),
      });
    default:
      return answer({ problem: result.code });
  }
}

const ZManageForm = z.object({ token: ZSelfServiceToken, locale: ZLocale });

function readManageForm(formData: unknown) {
  const form = formData instanceof FormData ? formData : new FormData();
  return ZManageForm.safeParse({ token: form.get("token"), locale: form.get("locale") ?? undefined });
}

export async function cancelConsultation(previous: ManageFormState, formData: FormData): Promise<ManageFormState> {
  const attempt = ZAttempt.parse(previous).attempt + 1;
  const form = readManageForm(formData);
  if (!form.success) return { attempt, problem: "invalidToken", alternatives: [] };
  const result = await cancelRequest(form.data.token);
  if (!result.ok) return { attempt, problem: "invalidToken", alternatives: [] };
  // the token is dead now: the page says "cancelled" without it
  redirect(localizedHref("/consultations/manage", form.data.locale, "done=cancelled"));
}

export async function moveConsultation(previous: ManageFormState, formData: FormData): Promise<ManageFormState> {
  const attempt = ZAttempt.parse(previous).attempt + 1;
  const form = readManageForm(formData);
  if (!form.success) return { attempt, problem: "invalidToken", alternatives: [] };
  const slotId = ZSlotId.safeParse(formData.get("slotId"));
  if (!slotId.success) return { attempt, problem: "slotRequired", alternatives: [] };
  const result = await moveRequest(form.data.token, slotId.data);
  if (result.ok) {
    redirect(
      localizedHref("/consultations/manage", form.data.locale, `token=${encodeURIComponent(result.token)}&done=moved`),
    );
  }
  if (result.code === "invalidToken") return { attempt, problem: "invalidToken", alternatives: [] };
  return { attempt, problem: result.code, alternatives: options(result.alternatives, form.data.locale) };
}
