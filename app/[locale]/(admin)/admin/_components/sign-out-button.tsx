"use client";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { signOutHere } from "./sign-out";

export function SignOutButton() {
  const t = useTranslations("admin.session");
  const locale = useLocale();
  const [pending, setPending] = useState(false);
  return (
    <button
      type="button"
      disabled={pending}
      onClick={() => {
        setPending(true);
        void signOutHere(locale);
      }}
      className="rounded border-2 border-brand px-3 py-1.5 font-semibold text-brand hover:bg-white disabled:opacity-70"
    >
      {pending ? t("signingOut") : t("signOut")}
    </button>
  );
}
