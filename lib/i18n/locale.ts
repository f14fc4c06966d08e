import { hasLocale } from "next-intl";
import { setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { routing, type Locale } from "./routing";

export type LocaleParams = { params: Promise<{ locale: string }> };

/**
 * Resolves the [locale] segment for a page or layout: an unknown locale is a
 * 404, a known one is registered so the page can render statically.
 */
export async function resolveLocale(params: LocaleParams["params"]): Promise<Locale> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  return locale;
}
