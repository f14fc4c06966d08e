import type { Locale } from "./routing";

/** Field base names `B` for which the record has both `${B}Lv` and `${B}En`. */
export type BilingualField<T> = {
  [K in keyof T & string]: K extends `${infer B}Lv` ? (`${B}En` extends keyof T ? B : never) : never;
}[keyof T & string];

export type LocalizedText = {
  text: string;
  /** The language the text is actually in: put it on the element as `lang`. */
  lang: Locale;
  /** True when English was asked for but only Latvian exists. */
  fallback: boolean;
};

const clean = (value: unknown): string => (typeof value === "string" ? value.trim() : "");

/**
 * Reads a bilingual DB field (`title` → titleLv / titleEn) in `locale`.
 * Latvian is the source language and always required by the schema, so an
 * empty English value falls back to it, marked lang="lv" for screen readers.
 */
export function localized<T extends object>(record: T, field: BilingualField<T>, locale: Locale): LocalizedText {
  const values = record as Record<string, unknown>;
  const lv = clean(values[`${field}Lv`]);
  if (locale === "en") {
    const en = clean(values[`${field}En`]);
    if (en) return { text: en, lang: "en", fallback: false };
    return { text: lv, lang: "lv", fallback: lv !== "" };
  }
  return { text: lv, lang: "lv", fallback: false };
}

/** `lang` for an element only when its text is not in the page's language. */
export const langAttr = (text: LocalizedText, locale: Locale): Locale | undefined =>
  text.lang === locale ? undefined : text.lang;
