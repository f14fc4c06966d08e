"use client";
// A Latvian/English pair side by side (stacked on narrow screens). Latvian is
// the source language; while the English field is empty a visible note says
// the Latvian text will be shown in English pages (the fallback of
// lib/i18n/content `localized`). Each input carries its own lang attribute.
//
//   <BilingualField {...f.bilingual("name")} label="Name" required />
//   <BilingualField {...f.bilingual("description")} label="Description" multiline rows={8} />
// The binding gives ids/names "<base>Lv" and "<base>En", default values and errors.
import { useTranslations } from "next-intl";
import { useState, type ReactNode } from "react";
import { controlClass, describedBy, FieldError, FieldHint, FieldLabel } from "./form-fields";
import type { Locale } from "@/lib/i18n/routing";

export type BilingualProps = {
  label: ReactNode;
  hint?: ReactNode;
  /** Latvian is required; English never is (it falls back to Latvian). */
  required?: boolean;
  multiline?: boolean;
  rows?: number;
  maxLength?: number;
  lv: { id: string; name: string; defaultValue: string; error?: string | undefined };
  en: { id: string; name: string; defaultValue: string; error?: string | undefined };
};

export function BilingualField({ label, hint, required, multiline, rows = 6, maxLength, lv, en }: BilingualProps) {
  const t = useTranslations("curation.kit");
  const [englishEmpty, setEnglishEmpty] = useState(en.defaultValue.trim() === "");
  const fallbackId = `${en.id}-fallback`;
  const field = (side: BilingualProps["lv"], lang: Locale, isRequired: boolean, extra?: string) => {
    const props = {
      id: side.id,
      name: side.name,
      defaultValue: side.defaultValue,
      lang,
      maxLength,
      required: isRequired,
      className: controlClass,
      "aria-invalid": side.error ? true : undefined,
      "aria-describedby": describedBy(side.id, Boolean(hint), Boolean(side.error), extra),
      ...(lang === "en"
        ? { onInput: (e: { currentTarget: { value: string } }) => setEnglishEmpty(e.currentTarget.value.trim() === "") }
        : {}),
    } as const;
    return multiline ? <textarea rows={rows} {...props} /> : <input type="text" {...props} />;
  };
  return (
    <div className="grid gap-4 md:grid-cols-2" role="group" aria-labelledby={`${lv.id}-group`}>
      <p id={`${lv.id}-group`} className="sr-only">
        {label}
      </p>
      <div>
        <FieldLabel
          htmlFor={lv.id}
          label={
            <>
              {label} <span lang="lv">· {t("latvian")}</span>
            </>
          }
          required={required}
        />
        <FieldHint id={lv.id} hint={hint} />
        {field(lv, "lv", Boolean(required))}
        <FieldError id={lv.id} error={lv.error} />
      </div>
      <div>
        <FieldLabel
          htmlFor={en.id}
          label={
            <>
              {label} <span>· {t("english")}</span>
            </>
          }
          required={false}
        />
        {hint ? (
          <p id={`${en.id}-hint`} className="mt-1 text-sm text-muted">
            {hint}
          </p>
        ) : null}
        {field(en, "en", false, englishEmpty ? fallbackId : undefined)}
        {englishEmpty ? (
          <p
            id={fallbackId}
            className="mt-1 rounded border-l-4 border-accent bg-surface px-2 py-1 text-sm text-ink"
            data-testid="fallback-notice"
          >
            {t("fallbackNotice")}
          </p>
        ) : null}
        <FieldError id={en.id} error={en.error} />
      </div>
    </div>
  );
}
