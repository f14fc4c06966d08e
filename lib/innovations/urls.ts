import "server-only";
import type { Metadata } from "next";
import { env } from "@/lib/env";
import { localizedHref } from "@/lib/i18n/paths";
import { routing, type Locale } from "@/lib/i18n/routing";

/** Absolute URL of a page (path without locale prefix) in a locale. */
export const absoluteUrl = (pathname: string, locale: Locale): string =>
  new URL(localizedHref(pathname, locale), env.PUBLIC_URL).toString();

/** canonical + hreflang alternates (x-default is the unprefixed Latvian page). */
export function alternatesFor(pathname: string, locale: Locale): NonNullable<Metadata["alternates"]> {
  const languages: Record<string, string> = Object.fromEntries(
    routing.locales.map((l) => [l, absoluteUrl(pathname, l)]),
  );
  languages["x-default"] = absoluteUrl(pathname, routing.defaultLocale);
  return { canonical: absoluteUrl(pathname, locale), languages };
}
