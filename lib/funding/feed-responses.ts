// The HTTP side of the funding feeds: strict parameters (a 400 that names
// the parameter), the feed's language, and the answers with their types and
// cache headers. The route handlers under app/api/feeds only call these.
import "server-only";
import { fundingTranslator } from "./messages";
import { parseFinderStrict } from "@/lib/catalog/list-params";
import { entries } from "@/lib/search/params";
import type { Locale } from "@/lib/i18n/routing";
import { callCalendar, callsFeed, deadlinesCalendar } from "./feeds";
import { callsFeedPath, deadlinesCalendarPath, type FeedFormat } from "./feed-urls";
import { FUNDING, FUNDING_FACETS, getDeadlines, getFundingValues, getPublicCall, searchCalls } from "./public-queries";
import { createLabeler } from "@/lib/innovations/labels";
import { loadTermLabels } from "@/lib/innovations/queries";
import { finderParams } from "@/lib/catalog/list-params";
import { SLUG_PATTERN } from "@/lib/admin/slug";

/** Items in a feed: new and changed calls of the view, newest change first. */
const FEED_ITEMS = 50;
/** Deadlines this far back stay in the calendar, so a subscriber keeps the recent past. */
const CALENDAR_PAST_DAYS = 365;

const CACHE = "public, max-age=300, stale-while-revalidate=60";

const badRequest = (param: string, message: string) =>
  Response.json(
    { error: "invalid_parameter", param, message },
    { status: 400, headers: { "Cache-Control": "no-store" } },
  );

const notFound = () => new Response("Not found", { status: 404, headers: { "Cache-Control": "no-store" } });

/** `lang=en` or `lang=lv` (the default); anything else is a 400. */
function feedLocale(url: URL): Locale | Response {
  const values = entries(url.search).values.get("lang") ?? [];
  if (values.length > 1) return badRequest("lang", "must be given at most once");
  const lang = values[0] ?? "lv";
  return lang === "lv" || lang === "en" ? lang : badRequest("lang", "must be lv or en");
}

export async function callsFeedResponse(request: Request, format: FeedFormat): Promise<Response> {
  const url = new URL(request.url);
  const locale = feedLocale(url);
  if (locale instanceof Response) return locale;
  const parsed = parseFinderStrict(FUNDING, await getFundingValues(), url.search);
  if (!parsed.ok) return badRequest(parsed.error.param, parsed.error.message);
  const now = new Date();
  const query = { ...parsed.query, sort: "newest" as const, page: 1 };
  const [result, terms, t] = await Promise.all([
    searchCalls(query, locale, now, FEED_ITEMS),
    loadTermLabels(),
    fundingTranslator(locale, "funding.statusValues"),
  ]);
  const labels = createLabeler(terms, [], locale);
  const vocabulary = { applicant: "ORGANISATION_TYPE", stage: "STAGE", theme: "THEME" } as const;
  const view = finderParams(FUNDING, parsed.query);
  const filters = FUNDING_FACETS.flatMap((facet) =>
    view.getAll(facet).map((v) => (facet === "status" ? t(v as "open") : labels.term(vocabulary[facet], v).text)),
  );
  const body = await callsFeed({
    format,
    calls: result.hits,
    locale,
    selfPath: callsFeedPath(format, locale, view),
    pagePath: `/funding${view.size ? `?${view}` : ""}`,
    filters,
    now,
  });
  return new Response(body, {
    headers: {
      "Content-Type": `${format === "rss" ? "application/rss+xml" : "application/atom+xml"}; charset=utf-8`,
      "Cache-Control": CACHE,
    },
  });
}

export async function deadlinesCalendarResponse(request: Request): Promise<Response> {
  const locale = feedLocale(new URL(request.url));
  if (locale instanceof Response) return locale;
  const now = new Date();
  const calls = await getDeadlines(new Date(now.getTime() - CALENDAR_PAST_DAYS * 86_400_000));
  const body = await deadlinesCalendar(calls, locale, deadlinesCalendarPath(locale), now);
  return new Response(body, {
    headers: { "Content-Type": "text/calendar; charset=utf-8", "Cache-Control": CACHE },
  });
}

/** `file` is "<slug>.ics"; the slug only looks a call up, it never becomes a path or a header as given. */
export async function callCalendarResponse(request: Request, file: string): Promise<Response> {
  const locale = feedLocale(new URL(request.url));
  if (locale instanceof Response) return locale;
  const slug = file.endsWith(".ics") ? file.slice(0, -4) : "";
  if (slug.length > 200 || !SLUG_PATTERN.test(slug)) return notFound();
  const call = await getPublicCall(slug);
  if (!call) return notFound();
  const body = await callCalendar(call, locale, new Date());
  if (!body) return notFound();
  return new Response(body, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `attachment; filename="${call.slug}.ics"`,
      "Cache-Control": CACHE,
    },
  });
}
