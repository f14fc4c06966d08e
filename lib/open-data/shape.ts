// The open-data field names. These are a public contract: add fields, never
// rename or remove them (the OpenAPI document in openapi.ts describes them).
import type { SearchHit } from "@/lib/search/engine";
import type { CsvValue } from "./csv";

export type ApiInnovation = {
  slug: string;
  titleLv: string;
  titleEn: string | null;
  summaryLv: string;
  summaryEn: string | null;
  stage: string;
  status: string;
  themes: string[];
  targetGroups: string[];
  region: string | null;
  country: string | null;
  startYear: number | null;
  updatedAt: string;
  /** The portal page (Latvian, the default locale). */
  url: string;
  /** This record in the API. */
  apiUrl: string;
};

export function toApiInnovation(hit: SearchHit, origin: string): ApiInnovation {
  const slug = encodeURIComponent(hit.slug);
  return {
    slug: hit.slug,
    titleLv: hit.titleLv,
    titleEn: hit.titleEn,
    summaryLv: hit.summaryLv,
    summaryEn: hit.summaryEn,
    stage: hit.stage,
    status: hit.status,
    themes: hit.themes,
    targetGroups: hit.targetGroups,
    region: hit.region,
    country: hit.country,
    startYear: hit.startYear,
    updatedAt: hit.updatedAt,
    url: `${origin}/innovations/${slug}`,
    apiUrl: `${origin}/api/v1/innovations/${slug}`,
  };
}

export const CSV_COLUMNS = [
  "slug",
  "titleLv",
  "titleEn",
  "summaryLv",
  "summaryEn",
  "stage",
  "status",
  "themes",
  "targetGroups",
  "region",
  "country",
  "startYear",
  "updatedAt",
  "url",
] as const satisfies readonly (keyof ApiInnovation)[];

/** Lists inside one cell are joined with "|", which no vocabulary key contains. */
export const csvValues = (row: ApiInnovation): CsvValue[] =>
  CSV_COLUMNS.map((c) => {
    const v = row[c];
    return Array.isArray(v) ? v.join("|") : v;
  });
