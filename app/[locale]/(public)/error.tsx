"use client";

import { useParams } from "next/navigation";
import { useEffect } from "react";
import en from "@/messages/en/error.json";
import lv from "@/messages/lv/error.json";

// Public pages ship no message catalogue to the browser; this boundary takes
// its three strings straight from the small error message files.
const messages = { lv: lv.Error, en: en.Error };

export default function PublicError({ error, retry }: { error: Error & { digest?: string }; retry: () => void }) {
  const { locale } = useParams<{ locale?: string }>();
  const text = locale === "en" ? messages.en : messages.lv;
  const t = (key: keyof typeof text) => text[key];
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
