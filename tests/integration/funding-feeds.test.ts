// The funding feeds and calendars, called as the route handlers they are:
// RSS and Atom parse as XML with the right items (the list's own filters),
// the iCalendar output parses with a calendar library and has RFC 5545's
// required properties, and bad parameters get a 400 naming the parameter.
import { XMLParser } from "fast-xml-parser";
import ICAL from "ical.js";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as atom } from "@/app/api/feeds/calls.atom/route";
import { GET as ics } from "@/app/api/feeds/calls.ics/route";
import { GET as rss } from "@/app/api/feeds/calls.rss/route";
import { GET as single } from "@/app/api/feeds/calls/[file]/route";
import { db } from "@/lib/db";
import { callTiming } from "@/lib/funding/status";
import { addDays, rigaToUtc, toRiga } from "@/lib/time/riga";
import { parseRfc5545 } from "../support/ical";

const BASE = "http://portal.test";
const xml = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === "item" || name === "entry" });
/** An Atom text construct as the parser gives it: a string, or { "#text", "@_type" }. */
const textOf = (v: string | { "#text": string }) => (typeof v === "string" ? v : v["#text"]);
const asArray = <T>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

const DAY = 86_400_000;
let closingSoon: string;

beforeAll(async () => {
  const now = Date.now();
  // closes three Riga days from today at 14:00 Riga time: a timed event, not a whole day
  // (counted from the Riga date: from 22:00 UTC on, that is already tomorrow's)
  const closes = rigaToUtc(addDays(toRiga(new Date(now)).date, 3), "14:00")!;
  closingSoon = (
    await db.fundingCall.create({
      data: {
        slug: "feed-test-health-call",
        titleLv: "Veselības inovāciju konkurss; “pilots”, <b>& co</b>",
        titleEn: "Health innovation call",
        summaryLv: "Kopsavilkums",
        closesAt: closes,
        stages: ["pilot"],
        themes: ["health"],
        eligibleApplicantTypes: ["ngo"],
        maxPerProjectEur: "25000",
        publication: "PUBLISHED",
      },
    })
  ).slug;
  await db.fundingCall.create({
    data: { slug: "feed-test-draft", titleLv: "Melnraksts", closesAt: new Date(now + 5 * DAY), publication: "DRAFT" },
  });
});

async function publishedCurrentSlugs(filter: (c: { stages: string[] }) => boolean = () => true) {
  const now = new Date();
  const calls = await db.fundingCall.findMany({
    where: { publication: "PUBLISHED" },
    select: { slug: true, opensAt: true, closesAt: true, rolling: true, stages: true },
  });
  return calls.filter((c) => callTiming(c, now).status !== "closed" && filter(c)).map((c) => c.slug);
}

describe("RSS and Atom", () => {
  it("RSS 2.0 lists the open and upcoming calls, newest change first, with links to their pages", async () => {
    const response = await rss(new Request(`${BASE}/api/feeds/calls.rss`));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/rss+xml; charset=utf-8");
    const doc = xml.parse(await response.text());
    const channel = doc.rss.channel;
    expect(doc.rss["@_version"]).toBe("2.0");
    const items = asArray<{ title: string; link: string; guid: unknown; pubDate: string; description: string }>(
      channel.item,
    );
    const links = items.map((i) => i.link);
    const expected = await publishedCurrentSlugs();
    expect(links.map((l) => l.replace(/^.*\/funding\//, "")).sort()).toEqual(expected.sort());
    expect(links.every((l) => l.startsWith("http://localhost") || l.startsWith("http"))).toBe(true);
    expect(links).not.toContain(expect.stringContaining("feed-test-draft"));
    const dates = items.map((i) => new Date(i.pubDate).getTime());
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    const mine = items.find((i) => i.link.endsWith(`/funding/${closingSoon}`))!;
    // text with markup characters survives as text
    expect(mine.title).toBe("Veselības inovāciju konkurss; “pilots”, <b>& co</b>");
    expect(mine.description).toContain("Beidzas pēc 3 dienām");
  });

  it("a filtered view's feed has exactly that view's calls, in English with lang=en", async () => {
    const response = await atom(new Request(`${BASE}/api/feeds/calls.atom?stage=pilot&lang=en`));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/atom+xml; charset=utf-8");
    const feed = xml.parse(await response.text()).feed;
    expect(feed["@_xmlns"]).toBe("http://www.w3.org/2005/Atom");
    expect(textOf(feed.title)).toMatch(/Piloting/);
    const entries = asArray<{ title: string | { "#text": string }; link: { "@_href": string } }>(feed.entry);
    const slugs = entries.map((e) => e.link["@_href"].replace(/^.*\/en\/funding\//, ""));
    expect(slugs.sort()).toEqual((await publishedCurrentSlugs((c) => c.stages.includes("pilot"))).sort());
    expect(textOf(entries.find((e) => e.link["@_href"].endsWith(closingSoon))!.title)).toBe("Health innovation call");
  });

  it("closed calls on request (the archive)", async () => {
    const response = await rss(new Request(`${BASE}/api/feeds/calls.rss?status=closed`));
    const items = asArray<{ link: string }>(xml.parse(await response.text()).rss.channel.item);
    expect(items.map((i) => i.link)).toContainEqual(
      expect.stringContaining("vp-2020-010-competence-centres-social-innovation"),
    );
    expect(items.map((i) => i.link)).not.toContainEqual(expect.stringContaining(closingSoon));
  });

  it("answers an unknown filter value, sort or language with a 400 naming the parameter", async () => {
    for (const [query, param] of [
      ["stage=nonsense", "stage"],
      ["status=open,later", "status"],
      ["theme=health&applicant=aliens", "applicant"],
      ["sort=random", "sort"],
      ["lang=de", "lang"],
      ["page=0", "page"],
    ] as const) {
      const response = await rss(new Request(`${BASE}/api/feeds/calls.rss?${query}`));
      expect(response.status, query).toBe(400);
      expect(await response.json(), query).toMatchObject({ error: "invalid_parameter", param });
    }
  });
});

describe("iCalendar", () => {
  it("the deadlines calendar parses, has the required properties and every upcoming deadline once", async () => {
    const response = await ics(new Request(`${BASE}/api/feeds/calls.ics`));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    const { calendar, events } = parseRfc5545(await response.text());
    expect(calendar.getFirstPropertyValue("method")).toBe("PUBLISH");
    expect(calendar.getFirstPropertyValue("x-wr-calname")).toBe("SIKC: finansējuma konkursu termiņi");
    const uids = events.map((e) => e.getFirstPropertyValue("uid"));
    expect(new Set(uids).size).toBe(uids.length);
    const now = Date.now();
    const dated = await db.fundingCall.findMany({
      where: { publication: "PUBLISHED", closesAt: { gte: new Date(now - 365 * DAY) } },
      select: { id: true },
    });
    expect(uids.sort()).toEqual(dated.map((c) => `${c.id}@deadlines.sikc`).sort());
    const draft = await db.fundingCall.findUniqueOrThrow({ where: { slug: "feed-test-draft" } });
    expect(uids).not.toContain(`${draft.id}@deadlines.sikc`);
  });

  it("a call closing at the end of a day is an all-day event on that Riga date; one closing at 14:00 is that moment", async () => {
    const events = parseRfc5545(await (await ics(new Request(`${BASE}/api/feeds/calls.ics?lang=en`))).text()).events;
    const riga = await db.fundingCall.findUniqueOrThrow({ where: { slug: "demo-riga-innovation-fund-2026-rudens" } });
    const day = new ICAL.Event(events.find((e) => e.getFirstPropertyValue("uid") === `${riga.id}@deadlines.sikc`)!);
    expect(day.startDate.isDate).toBe(true);
    expect(day.startDate.toString()).toBe("2026-12-11");
    expect(day.summary).toBe(`Closes: ${riga.titleEn}`);
    const mine = await db.fundingCall.findUniqueOrThrow({ where: { slug: closingSoon } });
    const timed = new ICAL.Event(events.find((e) => e.getFirstPropertyValue("uid") === `${mine.id}@deadlines.sikc`)!);
    expect(timed.startDate.isDate).toBe(false);
    expect(timed.startDate.toJSDate().toISOString()).toBe(mine.closesAt!.toISOString());
  });

  it("a call's own file holds its deadline, or its current round for a rolling call", async () => {
    const response = await single(new Request(`${BASE}/api/feeds/calls/${closingSoon}.ics`), {
      params: Promise.resolve({ file: `${closingSoon}.ics` }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toBe(`attachment; filename="${closingSoon}.ics"`);
    const { events } = parseRfc5545(await response.text());
    expect(events).toHaveLength(1);
    expect(events[0]!.getFirstPropertyValue("url")).toMatch(new RegExp(`/funding/${closingSoon}$`));

    const esf = "esf-4-4-1-1-jaunas-pieejas-sabiedriba-balstitiem-pakalpojumiem";
    const rolling = await single(new Request(`${BASE}/api/feeds/calls/${esf}.ics`), {
      params: Promise.resolve({ file: `${esf}.ics` }),
    });
    expect(rolling.status).toBe(200);
    const round = new ICAL.Event(parseRfc5545(await rolling.text()).events[0]!);
    expect(round.startDate.isDate).toBe(true); // the last day of the current quarter
    expect(round.summary).toMatch(/^Pašreizējā kārta: /);
  });

  it("a draft, a closed call, an unknown slug or a path-like name is a 404", async () => {
    for (const file of [
      "feed-test-draft.ics",
      "vp-2020-010-competence-centres-social-innovation.ics",
      "nav.ics",
      "..%2Fetc.ics",
      "x.txt",
    ]) {
      const response = await single(new Request(`${BASE}/api/feeds/calls/${file}`), {
        params: Promise.resolve({ file }),
      });
      expect(response.status, file).toBe(404);
    }
  });
});
