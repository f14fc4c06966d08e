// Addresses of the funding feeds and calendars, shared by the pages that
// link to them (visibly and in <link rel="alternate">) and the feeds
// themselves (their self links).
import type { Locale } from "@/lib/i18n/routing";

export type FeedFormat = "rss" | "atom";

/** `params` are a funding list's canonical parameters: the feed of exactly that view. */
export function callsFeedPath(format: FeedFormat, locale: Locale, params: URLSearchParams = new URLSearchParams()) {
  const query = new URLSearchParams(params);
  query.delete("page");
  if (locale !== "lv") query.set("lang", locale);
  const qs = query.toString();
  return `/api/feeds/calls.${format}${qs ? `?${qs}` : ""}`;
}

export const deadlinesCalendarPath = (locale: Locale) =>
  `/api/feeds/calls.ics${locale !== "lv" ? `?lang=${locale}` : ""}`;

export const callCalendarPath = (slug: string, locale: Locale) =>
  `/api/feeds/calls/${encodeURIComponent(slug)}.ics${locale !== "lv" ? `?lang=${locale}` : ""}`;
