import NextLink from "next/link";
import { getLocale } from "next-intl/server";
import type { ComponentProps } from "react";
import { localizedHref } from "./paths";
import type { Locale } from "./routing";

type QueryValue = string | number | readonly string[] | undefined;
export type Href = string | { pathname: string; query?: Record<string, QueryValue> };

function toHref(href: Href, locale: Locale): string {
  if (typeof href === "string") return localizedHref(href, locale);
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(href.query ?? {})) {
    for (const v of Array.isArray(value) ? value : value === undefined ? [] : [value]) search.append(key, String(v));
  }
  return localizedHref(href.pathname, locale, search.toString());
}

/**
 * A link to a portal page in the current locale, resolved on the server.
 * next-intl's own Link is a client component that needs the message provider
 * in the browser; public pages ship neither.
 */
export async function Link({
  href,
  locale,
  ...props
}: Omit<ComponentProps<typeof NextLink>, "href" | "locale"> & { href: Href; locale?: Locale }) {
  return <NextLink href={toHref(href, locale ?? ((await getLocale()) as Locale))} {...props} />;
}
