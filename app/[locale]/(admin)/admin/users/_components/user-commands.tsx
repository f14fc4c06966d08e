"use client";
// The account page's access buttons: deactivate / reactivate, sign out
// everywhere, send a sign-in link, delete. Each outcome lands on the page
// (?done=…) because the buttons themselves change with the account's state.
import { useLocale, useTranslations } from "next-intl";
import { CommandButton } from "@/components/admin/command-button";
import { localizedHref } from "@/lib/i18n/paths";
import type { Locale } from "@/lib/i18n/routing";
import { deactivateUser, deleteUser, endUserSessions, reactivateUser, sendUserSignInLink } from "@/lib/users/actions";

const REFUSALS = ["lastAdmin", "ownAccount", "inUse", "notFound", "invalid", "linkFailed"] as const;
const OWNED = [
  "slots",
  "assignedRequests",
  "consultationEvents",
  "referrals",
  "createdInnovations",
  "uploads",
  "reviewedSubmissions",
] as const;

export function UserCommands({
  userId,
  name,
  active,
  self,
}: {
  userId: string;
  name: string;
  active: boolean;
  self: boolean;
}) {
  const t = useTranslations("curationUsers.commands");
  const errorsT = useTranslations("curationUsers.errors");
  const locale = useLocale() as Locale;
  const fields = { userId, locale };
  const problems = Object.fromEntries(REFUSALS.map((code) => [code, code === "inUse" ? t("ownsLead") : errorsT(code)]));
  const countLabels = Object.fromEntries(OWNED.map((k) => [k, t(`owned.${k}`)]));
  const done = (what: string) => localizedHref(`/admin/users/${userId}`, locale, `done=${what}`);
  return (
    <div className="flex flex-wrap items-start gap-3">
      {active ? (
        <CommandButton
          action={deactivateUser}
          fields={fields}
          label={t("deactivate")}
          problems={problems}
          doneHref={done("deactivated")}
          confirm={{
            title: t("deactivateTitle", { name }),
            body: <p>{t("deactivateBody")}</p>,
            confirmLabel: t("deactivate"),
          }}
          tone="danger"
        />
      ) : (
        <CommandButton
          action={reactivateUser}
          fields={fields}
          label={t("reactivate")}
          problems={problems}
          doneHref={done("reactivated")}
        />
      )}
      {!self ? (
        <CommandButton
          action={endUserSessions}
          fields={fields}
          label={t("endSessions")}
          problems={problems}
          doneHref={done("sessions")}
          confirm={{
            title: t("endSessionsTitle", { name }),
            body: <p>{t("endSessionsBody")}</p>,
            confirmLabel: t("endSessions"),
          }}
        />
      ) : null}
      {active ? (
        <CommandButton
          action={sendUserSignInLink}
          fields={fields}
          label={t("sendLink")}
          problems={problems}
          doneHref={done("link")}
        />
      ) : null}
      <CommandButton
        action={deleteUser}
        fields={fields}
        label={t("delete")}
        problems={problems}
        countLabels={countLabels}
        tone="danger"
        confirm={{ title: t("deleteTitle", { name }), body: <p>{t("deleteBody")}</p>, confirmLabel: t("delete") }}
      />
    </div>
  );
}
