import { routing, type Locale } from "./routing";

/**
 * The URL of `pathname` (without locale prefix) in `locale`, keeping the query.
 * Written by hand rather than with next-intl's Link, which always prefixes the
 * target locale when switching and so costs Latvian readers a redirect.
 */
export function localizedHref(pathname: string, locale: Locale, search = ""): string {
  const path = pathname.startsWith("/") ? pathname : `/${pathname}`;
  const prefixed = locale === routing.defaultLocale ? path : path === "/" ? `/${locale}` : `/${locale}${path}`;
  const query = search && !search.startsWith("?") ? `?${search}` : search;
  return `${prefixed}${query === "?" ? "" : query}`;
}

/** The other locale: the switcher offers exactly one. */
export function otherLocale(locale: Locale): Locale {
  return routing.locales.find((l) => l !== locale) ?? routing.defaultLocale;
}

/** The browser's pathname without its locale prefix ("/en/toolkit" → "/toolkit"). */
export function withoutLocale(pathname: string): string {
  for (const locale of routing.locales) {
    if (pathname === `/${locale}`) return "/";
    if (pathname.startsWith(`/${locale}/`)) return pathname.slice(locale.length + 1);
  }
  return pathname || "/";
}
