"use client";
// Buttons on a term: move up/down (announced in place, focus stays), hide /
// show, and delete (refused with where the key is used).
import { useTranslations } from "next-intl";
import { CommandButton } from "@/components/admin/command-button";
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
const REFUSALS = ["notFound", "inUse", "invalid"] as const;

function useProblems() {
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
  const problems = useProblems();
  return (
    <div className="flex gap-1">
      {first ? null : (
        <CommandButton
          action={moveTermAction}
          fields={{ termId, direction: "up" }}
          label="↑"
          ariaLabel={t("moveUp", { label })}
          problems={problems}
          doneMessage={t("moved")}
        />
      )}
      {last ? null : (
        <CommandButton
          action={moveTermAction}
          fields={{ termId, direction: "down" }}
          label="↓"
          ariaLabel={t("moveDown", { label })}
          problems={problems}
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
      problems={useProblems()}
      doneMessage={active ? t("hidden") : t("active")}
    />
  );
}

/** Deletes an unused term (the action then goes back to its vocabulary). */
export function DeleteTermButton({ termId, label }: { termId: string; label: string }) {
  const t = useTranslations("curationUsers.vocabularies");
  const countLabels = Object.fromEntries(USAGE.map((k) => [k, t(`usage.${k}`)]));
  return (
    <CommandButton
      action={deleteTermAction}
      fields={{ termId }}
      label={t("delete")}
      tone="danger"
      problems={useProblems()}
      countLabels={countLabels}
      confirm={{ title: t("deleteTitle", { label }), body: <p>{t("deleteBody")}</p>, confirmLabel: t("delete") }}
    />
  );
}
