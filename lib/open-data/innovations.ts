import "server-only";
import { SLUG_PATTERN } from "@/lib/admin/slug";
import { db } from "@/lib/db";
import { search } from "@/lib/search";
import { getFacetVocabulary } from "@/lib/search/facet-values";
import type { SearchQuery } from "@/lib/search/engine";
import { parseSearchParamsStrict, toSearchParams, type ParamError } from "@/lib/search/params";
import { CSV_BOM, csvRow } from "./csv";
import { LICENSE, NO_STORE, PUBLIC_CACHE } from "./license";
import { publicOrigin } from "./origin";
import { CSV_COLUMNS, csvValues, toApiInnovation } from "./shape";

/** The CSV export pages through the engine up to this many rows. */
const CSV_MAX_ROWS = 10_000;
const CSV_PAGE_SIZE = 1_000;

const json = (body: unknown, status: number, cache: string) =>
  Response.json(body, { status, headers: { "Cache-Control": cache, "Access-Control-Allow-Origin": "*" } });

const badRequest = (error: ParamError) =>
  json({ error: { status: 400, param: error.param, message: `${error.param}: ${error.message}` } }, 400, NO_STORE);

async function parse(
  request: Request,
): Promise<{ ok: true; query: SearchQuery; url: URL } | { ok: false; response: Response }> {
  const url = new URL(request.url);
  // The raw query string, so malformed %-escapes are reported rather than silently replaced.
  const parsed = parseSearchParamsStrict(url.search, await getFacetVocabulary());
  return parsed.ok ? { ok: true, query: parsed.query, url } : { ok: false, response: badRequest(parsed.error) };
}

function pageLink(url: URL, query: SearchQuery, page: number): string {
  const params = toSearchParams(query, { page });
  const qs = params.toString();
  return `${publicOrigin()}${url.pathname}${qs ? `?${qs}` : ""}`;
}

/** GET /api/v1/innovations */
export async function listInnovationsResponse(request: Request): Promise<Response> {
  const parsed = await parse(request);
  if (!parsed.ok) return parsed.response;
  const { query, url } = parsed;
  const result = await search(query);
  const lastPage = Math.max(1, Math.ceil(result.total / query.pageSize));
  return json(
    {
      data: result.hits.map((h) => toApiInnovation(h, publicOrigin())),
      meta: { total: result.total, page: query.page, pageSize: query.pageSize, facets: result.facets },
      links: {
        self: pageLink(url, query, query.page),
        next: query.page < lastPage ? pageLink(url, query, query.page + 1) : null,
        prev: query.page > 1 ? pageLink(url, query, Math.min(query.page - 1, lastPage)) : null,
      },
      license: LICENSE.name,
      licenseUrl: LICENSE.url,
      attribution: LICENSE.attribution,
    },
    200,
    PUBLIC_CACHE,
  );
}

/** GET /api/v1/innovations.csv: the same filtered view, every page up to CSV_MAX_ROWS. */
export async function innovationsCsvResponse(request: Request): Promise<Response> {
  const parsed = await parse(request);
  if (!parsed.ok) return parsed.response;
  const { query } = parsed;
  let out = CSV_BOM + csvRow([...CSV_COLUMNS]);
  let total = 0;
  for (let page = 1; (page - 1) * CSV_PAGE_SIZE < CSV_MAX_ROWS; page++) {
    const result = await search({ ...query, page, pageSize: CSV_PAGE_SIZE });
    total = result.total;
    for (const hit of result.hits) out += csvRow(csvValues(toApiInnovation(hit, publicOrigin())));
    if (page * CSV_PAGE_SIZE >= result.total) break;
  }
  const headers: Record<string, string> = {
    "Content-Type": "text/csv; charset=utf-8",
    "Content-Disposition": 'attachment; filename="sikc-innovations.csv"',
    "Cache-Control": PUBLIC_CACHE,
    "Access-Control-Allow-Origin": "*",
    "X-Total-Count": String(total),
    Link: `<${LICENSE.url}>; rel="license"`,
  };
  if (total > CSV_MAX_ROWS) headers["X-Truncated-At"] = String(CSV_MAX_ROWS);
  return new Response(out, { status: 200, headers });
}

/** GET /api/v1/innovations/{slug}: every public field of one published innovation. */
export async function innovationDetailResponse(request: Request, slug: string): Promise<Response> {
  const origin = publicOrigin();
  const notFound = () =>
    json({ error: { status: 404, message: "no published innovation with this slug" } }, 404, PUBLIC_CACHE);
  // anything that cannot be a slug (a NUL, which PostgreSQL refuses, among them) is simply not found
  if (slug.length > 200 || !SLUG_PATTERN.test(slug)) return notFound();
  const i = await db.innovation.findFirst({
    where: { slug, publication: "PUBLISHED" },
    select: {
      slug: true,
      titleLv: true,
      titleEn: true,
      summaryLv: true,
      summaryEn: true,
      problemLv: true,
      problemEn: true,
      solutionLv: true,
      solutionEn: true,
      noveltyLv: true,
      noveltyEn: true,
      impactLv: true,
      impactEn: true,
      impactKind: true,
      resultsLv: true,
      resultsEn: true,
      transferabilityLv: true,
      transferabilityEn: true,
      stage: true,
      status: true,
      themes: true,
      targetGroups: true,
      region: true,
      municipality: true,
      country: true,
      startYear: true,
      endYear: true,
      publishedAt: true,
      updatedAt: true,
      organisations: {
        orderBy: [{ role: "asc" }, { position: "asc" }],
        select: { role: true, organisation: { select: { slug: true, nameLv: true, nameEn: true, type: true } } },
      },
      indicators: {
        orderBy: { position: "asc" },
        select: { labelLv: true, labelEn: true, value: true, unit: true, year: true },
      },
      links: { orderBy: { position: "asc" }, select: { url: true, labelLv: true, labelEn: true } },
      assessments: { select: { framework: true, criterion: true, assessor: true, score: true } },
    },
  });
  if (!i) return notFound();
  const { organisations, indicators, ...fields } = i;
  const orgs = (role: "IMPLEMENTER" | "SUPPORTER") =>
    organisations.filter((o) => o.role === role).map((o) => o.organisation);
  return json(
    {
      data: {
        ...fields,
        publishedAt: fields.publishedAt?.toISOString() ?? null,
        updatedAt: fields.updatedAt.toISOString(),
        implementers: orgs("IMPLEMENTER"),
        supporters: orgs("SUPPORTER"),
        indicators: indicators.map((x) => ({ ...x, value: x.value === null ? null : Number(x.value) })),
        url: `${origin}/innovations/${encodeURIComponent(i.slug)}`,
      },
      license: LICENSE.name,
      licenseUrl: LICENSE.url,
      attribution: LICENSE.attribution,
    },
    200,
    PUBLIC_CACHE,
  );
}
