"use client";

import { useTranslations } from "next-intl";
import { useEffect } from "react";

export default function PublicError({ error, retry }: { error: Error & { digest?: string }; retry: () => void }) {
  const t = useTranslations("Error");
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <div role="alert">
      <h1 className="text-3xl font-bold text-brand-strong">{t("title")}</h1>
      <p className="mt-3 text-lg">{t("body")}</p>
      <button
        type="button"
        onClick={() => retry()}
        className="mt-6 inline-flex min-h-11 items-center rounded bg-brand px-5 font-semibold text-white hover:bg-brand-strong"
      >
        {t("retry")}
      </button>
    </div>
  );
}
