import type { MetadataRoute } from "next";
import { sitemapEntries } from "@/lib/sitemap";

// Records are published and unpublished all the time: read them per request.
export const dynamic = "force-dynamic";

export default function sitemap(): Promise<MetadataRoute.Sitemap> {
  return sitemapEntries();
}
