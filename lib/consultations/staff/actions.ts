"use server";
// Staff endpoints of the consultation inbox and the slots page. Every export
// is a public POST endpoint: each one demands consultations:manage first
// (EDITOR does not have it, roles.ts), then parses, then writes through
// staff/requests.ts or ../slot-admin.ts (one transaction with the audit entry).
import { revalidatePath } from "next/cache";
import { ZodError } from "zod";
import { deniedResult, requirePermission, type ActionDenied } from "@/lib/auth/guard";
import type { StaffUser } from "@/lib/auth/session";
import { eraseRequesterData } from "../privacy";
import {
  blockDay,
  createSlot,
  createWeeklySeries,
  deleteFreeSlot,
  SlotInputError,
  ZBlockDayInput,
  ZSlotInput,
  ZSlotRef,
} from "../slot-admin";
import { ForbiddenError } from "../staff-guard";
import type { StaffFormState } from "./form-state";
import { addNote, assignRequest, changeStatus, referRequest, replyToRequester, type StaffResult } from "./requests";
import { toFieldErrors, ZErase } from "./schema";
import { seriesFromForm, ZSeriesForm } from "./slot-forms";

type Answer = StaffFormState | ActionDenied;

const ZAttempt = (previous: unknown) =>
  typeof previous === "object" && previous !== null && typeof (previous as { attempt?: unknown }).attempt === "number"
    ? (previous as { attempt: number }).attempt + 1
    : 1;

/** The posted strings (bounded), to parse and to echo back after an error. */
function formValues(formData: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!(formData instanceof FormData)) return out;
  for (const [key, value] of formData)
    if (typeof value === "string" && !key.startsWith("$") && key.length < 40) out[key] = value.slice(0, 20_000);
  return out;
}

async function staff(): Promise<StaffUser> {
  return requirePermission("consultations:manage");
}

const actorOf = (user: StaffUser) => ({ id: user.id, role: user.role, email: user.email });

function revalidateInbox(requestId?: string) {
  revalidatePath("/[locale]/admin/consultations", "page");
  if (requestId) revalidatePath("/[locale]/admin/consultations/[id]", "page");
}

async function requestWrite(
  previous: unknown,
  formData: unknown,
  done: string,
  write: (actor: ReturnType<typeof actorOf>, values: Record<string, string>) => Promise<StaffResult>,
): Promise<Answer> {
  const attempt = ZAttempt(previous);
  try {
    const user = await staff();
    const values = formValues(formData);
    const result = await write(actorOf(user), values);
    if (!result.ok) return { attempt, ok: false, fieldErrors: result.fieldErrors, values };
    revalidateInbox(values.requestId);
    return { attempt, ok: true, fieldErrors: {}, values: {}, done };
  } catch (error) {
    return deniedResult(error);
  }
}

export async function changeStatusAction(previous: unknown, formData: FormData): Promise<Answer> {
  return requestWrite(previous, formData, "status", (actor, v) => changeStatus(actor, v));
}

export async function assignAction(previous: unknown, formData: FormData): Promise<Answer> {
  return requestWrite(previous, formData, "assigned", (actor, v) => assignRequest(actor, v));
}

export async function addNoteAction(previous: unknown, formData: FormData): Promise<Answer> {
  return requestWrite(previous, formData, "note", (actor, v) => addNote(actor, v));
}

export async function replyAction(previous: unknown, formData: FormData): Promise<Answer> {
  return requestWrite(previous, formData, "reply", (actor, v) => replyToRequester(actor, v));
}

export async function referAction(previous: unknown, formData: FormData): Promise<Answer> {
  return requestWrite(previous, formData, "referral", (actor, v) => referRequest(actor, v));
}

/** Art. 17 erasure of every request of one address; the form demands an explicit confirmation. */
export async function eraseRequesterAction(previous: unknown, formData: FormData): Promise<Answer> {
  const attempt = ZAttempt(previous);
  try {
    const user = await staff();
    const values = formValues(formData);
    const parsed = ZErase.safeParse(values);
    if (!parsed.success) return { attempt, ok: false, fieldErrors: toFieldErrors(parsed.error), values };
    const result = await eraseRequesterData(actorOf(user), parsed.data.email);
    revalidateInbox(values.requestId);
    return {
      attempt,
      ok: true,
      fieldErrors: {},
      values: {},
      done: "erased",
      counts: { erased: result.erased, cancelled: result.cancelled },
    };
  } catch (error) {
    return deniedResult(error);
  }
}

/** Slot writes throw on bad input (slot-admin.ts); here that becomes a field error next to the field. */
async function slotWrite(
  previous: unknown,
  formData: unknown,
  done: string,
  write: (actor: ReturnType<typeof actorOf>, values: Record<string, string>) => Promise<Record<string, number> | void>,
): Promise<Answer> {
  const attempt = ZAttempt(previous);
  try {
    const user = await staff();
    const values = formValues(formData);
    try {
      const counts = await write(actorOf(user), values);
      revalidatePath("/[locale]/admin/slots", "page");
      return { attempt, ok: true, fieldErrors: {}, values: {}, done, ...(counts ? { counts } : {}) };
    } catch (error) {
      if (error instanceof ZodError) return { attempt, ok: false, fieldErrors: toFieldErrors(error), values };
      if (error instanceof SlotInputError)
        return { attempt, ok: false, fieldErrors: { [error.field]: [error.key] }, values };
      if (error instanceof ForbiddenError)
        return { attempt, ok: false, fieldErrors: { form: ["inbox.errors.notYourSlot"] }, values };
      if (isUniqueViolation(error))
        return { attempt, ok: false, fieldErrors: { time: ["inbox.errors.slotExists"] }, values };
      throw error;
    }
  } catch (error) {
    return deniedResult(error);
  }
}

const isUniqueViolation = (error: unknown) =>
  typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
const withConsultant = (v: Record<string, string>) => ({ ...v, consultantId: v.consultantId || undefined });

export async function createSlotAction(previous: unknown, formData: FormData): Promise<Answer> {
  return slotWrite(previous, formData, "slotCreated", async (actor, v) => {
    await createSlot(actor, ZSlotInput.parse(withConsultant(v)));
  });
}

export async function createSeriesAction(previous: unknown, formData: FormData): Promise<Answer> {
  return slotWrite(previous, formData, "seriesCreated", async (actor, v) => {
    const form = ZSeriesForm.parse(withConsultant(v));
    const series = seriesFromForm(form);
    if (!series.ok) throw new SlotInputError(series.field, series.key, "series range");
    const result = await createWeeklySeries(actor, series.value);
    return { created: result.created, skipped: result.skipped.length };
  });
}

export async function blockDayAction(previous: unknown, formData: FormData): Promise<Answer> {
  return slotWrite(previous, formData, "dayBlocked", async (actor, v) => {
    const result = await blockDay(actor, ZBlockDayInput.parse(withConsultant(v)));
    return { blocked: result.blocked, keptBooked: result.keptBooked };
  });
}

export async function deleteSlotAction(previous: unknown, formData: FormData): Promise<Answer> {
  return slotWrite(previous, formData, "slotDeleted", async (actor, v) => {
    await deleteFreeSlot(actor, ZSlotRef.parse(v));
  });
}
