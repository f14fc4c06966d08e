// What the sitemap lists: every public page in both languages, each with its
// hreflang alternates (x-default is the Latvian page), and the records'
// pages with their last change. Only published records.
import "server-only";
import type { MetadataRoute } from "next";
import { db } from "@/lib/db";
import { routing } from "@/lib/i18n/routing";
import { absoluteUrl } from "@/lib/innovations/urls";
import { PLANNING_REGIONS } from "@/lib/regions/planning-regions";

/** The public pages that are not records; placeholders and forms included, the thank-you pages not. */
const PAGES = [
  "/",
  "/innovations",
  "/innovations/map",
  "/toolkit",
  "/funding",
  "/funding/programmes",
  "/organisations",
  "/consultations",
  "/navigator",
  "/ecosystem",
  "/regions",
  ...PLANNING_REGIONS.map((region) => `/regions/${region}`),
  "/review",
  "/submit",
  "/about",
  "/accessibility",
  "/privacy",
];

function entries(path: string, lastModified?: Date): MetadataRoute.Sitemap {
  const languages: Record<string, string> = Object.fromEntries(routing.locales.map((l) => [l, absoluteUrl(path, l)]));
  languages["x-default"] = absoluteUrl(path, routing.defaultLocale);
  return routing.locales.map((locale) => ({
    url: absoluteUrl(path, locale),
    ...(lastModified ? { lastModified } : {}),
    alternates: { languages },
  }));
}

export async function sitemapEntries(): Promise<MetadataRoute.Sitemap> {
  const published = { where: { publication: "PUBLISHED" as const }, select: { slug: true, updatedAt: true } };
  const [innovations, organisations, resources, calls] = await Promise.all([
    db.innovation.findMany({ ...published, orderBy: { slug: "asc" } }),
    db.organisation.findMany({ ...published, orderBy: { slug: "asc" } }),
    db.resource.findMany({ ...published, orderBy: { slug: "asc" } }),
    db.fundingCall.findMany({ ...published, orderBy: { slug: "asc" } }),
  ]);
  return [
    ...PAGES.flatMap((path) => entries(path)),
    ...innovations.flatMap((r) => entries(`/innovations/${r.slug}`, r.updatedAt)),
    ...organisations.flatMap((r) => entries(`/organisations/${r.slug}`, r.updatedAt)),
    ...resources.flatMap((r) => entries(`/toolkit/${r.slug}`, r.updatedAt)),
    ...calls.flatMap((r) => entries(`/funding/${r.slug}`, r.updatedAt)),
  ];
}
