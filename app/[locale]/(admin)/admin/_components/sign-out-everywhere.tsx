"use client";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { signOutEverywhere } from "@/lib/auth/actions";
import { signOutHere } from "./sign-out";

export function SignOutEverywhere() {
  const t = useTranslations("admin.session");
  const locale = useLocale();
  const [pending, setPending] = useState(false);
  const [failed, setFailed] = useState(false);

  async function run() {
    setPending(true);
    setFailed(false);
    const result = await signOutEverywhere().catch(() => null);
    // "unauthenticated" means this session was already revoked: leaving is right either way.
    if (result?.ok || result?.error === "unauthenticated") return signOutHere(locale);
    setPending(false);
    setFailed(true);
  }

  return (
    <div className="mt-4">
      <button
        type="button"
        disabled={pending}
        onClick={() => void run()}
        className="rounded bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-strong disabled:opacity-70"
      >
        {pending ? t("signingOut") : t("signOutEverywhere")}
      </button>
      <div role="status" className="mt-2">
        {failed ? <p className="text-red-800">{t("failed")}</p> : null}
      </div>
    </div>
  );
}
