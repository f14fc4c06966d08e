"use client";
// Deletes one free slot from the slots table; the button's accessible name
// says which one, and a refusal (e.g. booked meanwhile) is announced beside it.
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { deleteSlotAction } from "@/lib/consultations/staff/actions";
import { INITIAL_STAFF_STATE } from "@/lib/consultations/staff/form-state";

export function DeleteSlotButton({ slotId, label }: { slotId: string; label: string }) {
  const t = useTranslations("inbox");
  const [answer, action, pending] = useActionState(deleteSlotAction, INITIAL_STAFF_STATE);
  const key =
    "attempt" in answer
      ? (answer.fieldErrors.slotId?.[0] ?? answer.fieldErrors.form?.[0])
      : `inbox.errors.${answer.error}`;
  const short = key?.replace(/^inbox\.errors\./, "");
  return (
    <form action={action} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="slotId" value={slotId} />
      <button
        type="submit"
        disabled={pending}
        aria-label={label}
        className="rounded border-2 border-red-800 px-3 py-1 font-semibold text-red-800 hover:bg-red-50 disabled:opacity-70"
      >
        {t("slots.delete")}
      </button>
      <span role="status" className="font-semibold text-red-800">
        {short
          ? t.has(`errors.${short}` as "errors.generic")
            ? t(`errors.${short}` as "errors.generic")
            : t("errors.generic")
          : null}
      </span>
    </form>
  );
}
