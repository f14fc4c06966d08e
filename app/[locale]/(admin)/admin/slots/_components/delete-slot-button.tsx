"use client";
// Deletes one free slot from the slots table; the button's accessible name
// says which one, and a refusal (e.g. booked meanwhile) is announced beside it.
import { useTranslations } from "next-intl";
import { CommandButton } from "@/components/admin/command-button";
import { deleteSlotAction } from "@/lib/consultations/staff/actions";

export function DeleteSlotButton({ slotId, label }: { slotId: string; label: string }) {
  const t = useTranslations("inbox.slots");
  return (
    <CommandButton action={deleteSlotAction} fields={{ slotId }} label={t("delete")} ariaLabel={label} tone="danger" />
  );
}
