"use server";
// Staff endpoints of the consultation inbox and the slots page. Every export
// is a public POST endpoint: each one demands consultations:manage first
// (runFormAction; EDITOR does not have it, roles.ts), then writes through
// staff/write.ts or ../write-slots.ts (one transaction with the audit entry).
import { revalidatePath } from "next/cache";
import type { StaffUser } from "@/lib/auth/session";
import { runFormAction, type Saved } from "@/lib/forms/action";
import type { FormState, FormValues } from "@/lib/forms/state";
import { invalid, type Refusal, type WriteResult } from "@/lib/write-result";
import { toFieldErrors } from "@/lib/forms/field-errors";
import { eraseRequesterData } from "../write-privacy";
import { blockDay, createSlot, createWeeklySeries, deleteFreeSlot } from "../write-slots";
import { ZErase } from "./schema";
import { seriesFromForm, ZSeriesForm } from "./slot-forms";
import { addNote, assignRequest, changeStatus, referRequest, replyToRequester } from "./write";

type Actor = { id: string; role: StaffUser["role"]; email: string };
type Write = (actor: Actor, values: FormValues) => Promise<WriteResult<object, Refusal>>;

function revalidateInbox() {
  revalidatePath("/[locale]/admin/consultations", "page");
  revalidatePath("/[locale]/admin/consultations/[id]", "page");
}
const revalidateSlots = () => revalidatePath("/[locale]/admin/slots", "page");

/**
 * One staff form: the write, then "done" (an i18n key under inbox.done, with
 * the counts the write returned) and an emptied form, or the errors with
 * every value kept.
 */
function staffWrite(
  previous: FormState,
  formData: FormData,
  done: string,
  revalidate: () => void,
  write: Write,
  counts: (result: Record<string, unknown>) => Record<string, number> | undefined = () => undefined,
): Promise<FormState> {
  return runFormAction(previous, formData, {
    access: "consultations:manage",
    expires: ["consultations"],
    revalidate,
    write: async (values, { actor }): Promise<WriteResult<Saved, Refusal>> => {
      const result = await write({ id: actor.id, role: actor.role, email: actor.email }, values);
      if (!result.ok) return result;
      const numbers = counts(result);
      return { ok: true, done, values: {}, ...(numbers ? { counts: numbers } : {}) };
    },
  });
}

export async function changeStatusAction(previous: FormState, formData: FormData): Promise<FormState> {
  return staffWrite(previous, formData, "status", revalidateInbox, changeStatus);
}

export async function assignAction(previous: FormState, formData: FormData): Promise<FormState> {
  return staffWrite(previous, formData, "assigned", revalidateInbox, assignRequest);
}

export async function addNoteAction(previous: FormState, formData: FormData): Promise<FormState> {
  return staffWrite(previous, formData, "note", revalidateInbox, addNote);
}

export async function replyAction(previous: FormState, formData: FormData): Promise<FormState> {
  return staffWrite(previous, formData, "reply", revalidateInbox, replyToRequester);
}

export async function referAction(previous: FormState, formData: FormData): Promise<FormState> {
  return staffWrite(previous, formData, "referral", revalidateInbox, referRequest);
}

/** Art. 17 erasure of every request of one address; the form demands an explicit confirmation. */
export async function eraseRequesterAction(previous: FormState, formData: FormData): Promise<FormState> {
  return staffWrite(
    previous,
    formData,
    "erased",
    revalidateInbox,
    async (actor, values) => {
      const parsed = ZErase.safeParse(values);
      if (!parsed.success) return invalid(toFieldErrors(parsed.error));
      return { ok: true, ...(await eraseRequesterData(actor, parsed.data.email)) };
    },
    (r) => ({ erased: Number(r.erased), cancelled: Number(r.cancelled) }),
  );
}

const withConsultant = (v: FormValues) => ({ ...v, consultantId: v.consultantId || undefined });

export async function createSlotAction(previous: FormState, formData: FormData): Promise<FormState> {
  return staffWrite(previous, formData, "slotCreated", revalidateSlots, (actor, v) =>
    createSlot(actor, withConsultant(v)),
  );
}

export async function createSeriesAction(previous: FormState, formData: FormData): Promise<FormState> {
  return staffWrite(
    previous,
    formData,
    "seriesCreated",
    revalidateSlots,
    async (actor, v) => {
      const form = ZSeriesForm.safeParse(withConsultant(v));
      if (!form.success) return invalid(toFieldErrors(form.error));
      const series = seriesFromForm(form.data);
      if (!series.ok) return invalid({ [series.field]: [series.key] });
      return createWeeklySeries(actor, series.value);
    },
    (r) => ({ created: Number(r.created), skipped: Array.isArray(r.skipped) ? r.skipped.length : 0 }),
  );
}

export async function blockDayAction(previous: FormState, formData: FormData): Promise<FormState> {
  return staffWrite(
    previous,
    formData,
    "dayBlocked",
    revalidateSlots,
    (actor, v) => blockDay(actor, withConsultant(v)),
    (r) => ({ blocked: Number(r.blocked), keptBooked: Number(r.keptBooked) }),
  );
}

export async function deleteSlotAction(previous: FormState, formData: FormData): Promise<FormState> {
  return staffWrite(previous, formData, "slotDeleted", revalidateSlots, deleteFreeSlot);
}
