import type { LocalizedText } from "./content";
import type { Locale } from "./routing";

/** The name of an ISO 639-1 language in the reader's language ("latviešu", "French"). */
export function languageName(code: string, locale: Locale): LocalizedText {
  let text = code;
  try {
    text = new Intl.DisplayNames([locale === "lv" ? "lv" : "en"], { type: "language" }).of(code) ?? code;
  } catch {
    // a malformed code shows as itself
  }
  return { text, lang: locale, fallback: false };
}
