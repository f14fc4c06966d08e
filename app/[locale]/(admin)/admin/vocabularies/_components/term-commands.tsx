"use client";
// Buttons on a term: move up/down (announced in place, focus stays), hide /
// show, and delete (refused with where the key is used).
import { useLocale, useTranslations } from "next-intl";
import { CommandButton } from "@/components/admin/command-button";
import { localizedHref } from "@/lib/i18n/paths";
import type { Locale } from "@/lib/i18n/routing";
import { deleteTermAction, moveTermAction, setTermActiveAction } from "@/lib/taxonomy/actions";

const USAGE = [
  "innovations",
  "organisations",
  "programmes",
  "calls",
  "resources",
  "consultations",
  "slots",
  "reports",
  "municipalities",
] as const;
const REFUSALS = ["not_found", "in_use", "invalid"] as const;

function useErrors() {
  const t = useTranslations("curationUsers.vocabularies");
  return Object.fromEntries(REFUSALS.map((code) => [code, t(`errors.${code}`)]));
}

export function MoveButtons({
  termId,
  label,
  first,
  last,
}: {
  termId: string;
  label: string;
  first: boolean;
  last: boolean;
}) {
  const t = useTranslations("curationUsers.vocabularies");
  const errors = useErrors();
  return (
    <div className="flex gap-1">
      {first ? null : (
        <CommandButton
          action={moveTermAction}
          fields={{ termId, direction: "up" }}
          label="↑"
          ariaLabel={t("moveUp", { label })}
          errors={errors}
          doneMessage={t("moved")}
        />
      )}
      {last ? null : (
        <CommandButton
          action={moveTermAction}
          fields={{ termId, direction: "down" }}
          label="↓"
          ariaLabel={t("moveDown", { label })}
          errors={errors}
          doneMessage={t("moved")}
        />
      )}
    </div>
  );
}

export function VisibilityButton({ termId, active }: { termId: string; active: boolean }) {
  const t = useTranslations("curationUsers.vocabularies");
  return (
    <CommandButton
      action={setTermActiveAction}
      fields={{ termId, active: active ? "false" : "true" }}
      label={active ? t("hide") : t("show")}
      errors={useErrors()}
      doneMessage={active ? t("hidden") : t("active")}
    />
  );
}

export function DeleteTermButton({
  termId,
  label,
  vocabularySlug,
}: {
  termId: string;
  label: string;
  vocabularySlug: string;
}) {
  const t = useTranslations("curationUsers.vocabularies");
  const locale = useLocale() as Locale;
  const countLabels = Object.fromEntries(USAGE.map((k) => [k, t(`usage.${k}`)]));
  return (
    <CommandButton
      action={deleteTermAction}
      fields={{ termId, locale }}
      label={t("delete")}
      tone="danger"
      errors={useErrors()}
      countLabels={countLabels}
      doneHref={localizedHref(`/admin/vocabularies/${vocabularySlug}`, locale, "deleted=1")}
      confirm={{ title: t("deleteTitle", { label }), body: <p>{t("deleteBody")}</p>, confirmLabel: t("delete") }}
    />
  );
}
