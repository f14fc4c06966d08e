// The funding calls as feeds and calendars, built with well-kept libraries
// for their formats: RSS 2.0 and Atom of new and changed calls (feed), the
// iCalendar of every deadline and a call's own event file (lib/ical.ts on
// ical-generator). Texts come from the messages in the feed's language.
import "server-only";
import { Feed } from "feed";
import { fundingTranslator } from "./messages";
import { buildCalendar } from "@/lib/ical";
import { localized } from "@/lib/i18n/content";
import type { Locale } from "@/lib/i18n/routing";
import { absoluteUrl } from "@/lib/innovations/urls";
import { env } from "@/lib/env";
import { euro, percent } from "./money";
import type { CallCard } from "./public-queries";
import { callTiming, deadlineDay } from "./status";
import { toRiga } from "@/lib/time/riga";
import type { FeedFormat } from "./feed-urls";

/** How often a subscriber should look again, in seconds (RSS <ttl> is in minutes). */
const REFRESH_SECONDS = 3600;

async function describe(call: CallCard, locale: Locale, now: Date): Promise<string> {
  const t = fundingTranslator(locale, "funding");
  const timing = callTiming(call, now);
  const date = (d: Date) =>
    new Intl.DateTimeFormat(locale === "lv" ? "lv-LV" : "en-GB", { dateStyle: "long", timeZone: "Europe/Riga" }).format(
      d,
    );
  const parts = [localized(call, "summary", locale).text];
  parts.push(
    timing.phase === "closing-soon"
      ? t("phase.closing-soon", { days: timing.daysLeft ?? 0 })
      : t(`phase.${timing.phase}`),
  );
  if (timing.status === "upcoming" && call.opensAt) parts.push(t("timing.opens", { date: date(call.opensAt) }));
  if (call.closesAt)
    parts.push(t(timing.status === "closed" ? "timing.closedOn" : "timing.closes", { date: date(call.closesAt) }));
  if (timing.schedule) parts.push(t(`schedule.${timing.schedule}`));
  if (call.maxPerProjectEur) parts.push(t("card.perProjectUpTo", { max: euro(call.maxPerProjectEur, locale) }));
  if (call.totalBudgetEur) parts.push(t("card.total", { amount: euro(call.totalBudgetEur, locale) }));
  if (call.aidIntensityPct) parts.push(t("card.aid", { pct: percent(call.aidIntensityPct, locale) }));
  return parts.filter(Boolean).join("\n");
}

export type CallsFeedInput = {
  format: FeedFormat;
  calls: CallCard[];
  locale: Locale;
  /** The feed's own address (path and query), for its self link. */
  selfPath: string;
  /** The list page this feed follows. */
  pagePath: string;
  /** Labels of the active filters, for the title; empty for the default view. */
  filters: string[];
  now: Date;
};

/** RSS 2.0 or Atom 1.0 of the calls, newest change first. */
export async function callsFeed(input: CallsFeedInput): Promise<string> {
  const { calls, locale, now } = input;
  const t = fundingTranslator(locale, "funding.follow");
  const page = absoluteUrl(input.pagePath, locale);
  const self = new URL(input.selfPath, env.PUBLIC_URL).toString();
  const feed = new Feed({
    id: self,
    title: input.filters.length ? t("feedTitleFiltered", { filters: input.filters.join(", ") }) : t("feedTitle"),
    description: t("heading"),
    link: page,
    language: locale,
    updated: calls.reduce((latest, c) => (c.updatedAt > latest ? c.updatedAt : latest), new Date(0)),
    generator: false,
    ttl: REFRESH_SECONDS / 60,
    feedLinks: { [input.format]: self },
    copyright: "CC BY 4.0, Sabiedrības integrācijas fonds",
  });
  for (const call of calls) {
    const link = absoluteUrl(`/funding/${call.slug}`, locale);
    feed.addItem({
      title: localized(call, "title", locale).text,
      id: link,
      guid: link,
      link,
      date: call.updatedAt,
      published: call.createdAt,
      description: await describe(call, locale, now),
    });
  }
  return input.format === "rss" ? feed.rss2() : feed.atom1();
}

/** A deadline as a calendar event: a whole Riga day when the call closes at its end, otherwise the moment. */
async function deadlineEvent(call: CallCard, deadline: Date, locale: Locale, now: Date, round: boolean) {
  const t = fundingTranslator(locale, "funding");
  const title = localized(call, "title", locale).text;
  const url = absoluteUrl(`/funding/${call.slug}`, locale);
  const wholeDay = toRiga(new Date(deadline.getTime() - 1)).time === "23:59";
  const [y, m, d] = deadlineDay(deadline).split("-").map(Number) as [number, number, number];
  return {
    uid: `${call.id}${round ? `-${deadlineDay(deadline)}` : ""}@deadlines.sikc`,
    summary: `${t(round ? "detail.currentRound" : "detail.closesAt")}: ${title}`,
    description: `${await describe(call, locale, now)}\n\n${url}`,
    url,
    lastModified: call.updatedAt,
    ...(wholeDay
      ? { start: new Date(Date.UTC(y, m - 1, d)), end: new Date(Date.UTC(y, m - 1, d + 1)), allDay: true }
      : { start: deadline }),
  };
}

/** Every closing date as one calendar to subscribe to. */
export async function deadlinesCalendar(
  calls: CallCard[],
  locale: Locale,
  selfPath: string,
  now: Date,
): Promise<string> {
  const t = fundingTranslator(locale, "funding.follow");
  const events = await Promise.all(
    calls.filter((c) => c.closesAt).map((c) => deadlineEvent(c, c.closesAt!, locale, now, false)),
  );
  return buildCalendar({
    method: "PUBLISH",
    name: t("calendarTitle"),
    description: t("icalHint"),
    url: new URL(selfPath, env.PUBLIC_URL).toString(),
    ttl: REFRESH_SECONDS,
    events,
    now,
  });
}

/** One call's deadline (or the end of a rolling call's current round) as a file to add to a calendar; null without one. */
export async function callCalendar(call: CallCard, locale: Locale, now: Date): Promise<string | null> {
  const timing = callTiming(call, now);
  if (timing.status === "closed" || !timing.deadline) return null;
  const event = await deadlineEvent(call, timing.deadline, locale, now, timing.round !== null);
  return buildCalendar({ method: "PUBLISH", events: [event], now });
}
