// Open data of the annual review: the whole review's figures as JSON, every
// dataset as CSV and JSON, the coverage grid as CSV. Published reviews serve
// their frozen snapshot; the current year serves live figures marked
// provisional. Bad paths answer 400 or 404 with the reason.
import "server-only";
import type { Locale } from "@/lib/i18n/routing";
import { datasetChart } from "@/lib/review/charts";
import { KEY_FIGURES, keyFiguresDataset } from "@/lib/review/key-figures";
import { getReviewFigures, publishedReviewYears } from "@/lib/review/queries";
import type { Dataset } from "@/lib/review/schema";
import type { ReviewFigures } from "@/lib/review/snapshot";
import { coverageCsv } from "./coverage-csv";
import { csvResponse as csv, csvRow } from "./csv";
import { LICENSE, NO_STORE, PUBLIC_CACHE } from "./license";
import { publicOrigin } from "./origin";

const json = (body: unknown, status: number, cache = PUBLIC_CACHE) =>
  Response.json(body, { status, headers: { "Cache-Control": cache, "Access-Control-Allow-Origin": "*" } });
const problem = (status: number, message: string) => json({ error: { status, message } }, status, NO_STORE);

const licence = { license: LICENSE.name, licenseUrl: LICENSE.url, attribution: LICENSE.attribution };

/** "2025" → 2025; anything else is a 400 that says what a year looks like. */
function parseYear(text: string): number | Response {
  return /^\d{4}$/.test(text) ? Number(text) : problem(400, "year: expected four digits, e.g. 2025");
}

async function figuresOf(
  yearText: string,
): Promise<{ year: number; found: Awaited<ReturnType<typeof getReviewFigures>> } | Response> {
  const year = parseYear(yearText);
  if (year instanceof Response) return year;
  const found = await getReviewFigures(year);
  if (!found) return problem(404, `no published review for ${year}`);
  return { year, found };
}

const status = (frozen: boolean) => (frozen ? "published" : "provisional");

/** GET /api/v1/reviews */
export async function listReviewsResponse(): Promise<Response> {
  const origin = publicOrigin();
  const years = await publishedReviewYears();
  return json(
    {
      data: years.map((year) => ({ year, url: `${origin}/api/v1/reviews/${year}`, page: `${origin}/review/${year}` })),
      ...licence,
    },
    200,
  );
}

function datasetLinks(origin: string, year: number, d: Dataset) {
  const base = `${origin}/api/v1/reviews/${year}/datasets/${d.key}`;
  return { csv: `${base}.csv`, json: `${base}.json` };
}

/** GET /api/v1/reviews/{year}: every figure of the review, with links to each dataset. */
export async function reviewResponse(request: Request, yearText: string): Promise<Response> {
  const result = await figuresOf(yearText);
  if (result instanceof Response) return result;
  const { year, found } = result;
  const origin = publicOrigin();
  const { figures, frozen, title } = found!;
  const withLinks = (list: Dataset[]) => list.map((d) => ({ ...d, links: datasetLinks(origin, year, d) }));
  return json(
    {
      data: {
        ...figures,
        status: status(frozen),
        title,
        datasets: withLinks(figures.datasets),
        importedDatasets: withLinks(figures.importedDatasets),
        links: {
          page: `${origin}/review/${year}`,
          keyFigures: datasetLinks(origin, year, keyFiguresDataset(figures)),
          coverageCsv: `${origin}/api/v1/reviews/${year}/coverage.csv`,
        },
      },
      ...licence,
    },
    200,
  );
}

const FILE = /^([a-z0-9][a-z0-9-]{0,80})\.(csv|json)$/;

function findDataset(figures: ReviewFigures, key: string): Dataset | undefined {
  if (key === KEY_FIGURES) return keyFiguresDataset(figures);
  return [...figures.datasets, ...figures.importedDatasets].find((d) => d.key === key);
}

/** GET /api/v1/reviews/{year}/datasets/{key}.csv|.json */
export async function datasetResponse(yearText: string, file: string): Promise<Response> {
  const match = FILE.exec(file);
  if (!match) return problem(400, "dataset: expected <key>.csv or <key>.json");
  const [, key, format] = match as unknown as [string, string, "csv" | "json"];
  const result = await figuresOf(yearText);
  if (result instanceof Response) return result;
  const { year, found } = result;
  const dataset = findDataset(found!.figures, key);
  if (!dataset) return problem(404, `no dataset "${key}" in the ${year} review`);
  if (format === "json")
    return json(
      { data: { year, status: status(found!.frozen), takenAt: found!.figures.takenAt, ...dataset }, ...licence },
      200,
    );
  let body = csvRow(["key", "label_lv", "label_en", "value", "unit"]);
  for (const row of dataset.rows)
    body += csvRow([row.key ?? "", row.labelLv, row.labelEn, row.value, row.unit ?? dataset.unit]);
  return csv(body, `sikc-review-${year}-${key}.csv`);
}

const CHART_FILE = /^([a-z0-9][a-z0-9-]{0,80})\.(lv|en)\.svg$/;

/**
 * GET /api/v1/reviews/{year}/charts/{key}.{lv|en}.svg: the chart the review page shows for a
 * dataset, as an image. `?v=` names the drawing (the page links the one it drew): a file asked
 * for by its current name may be kept for good, anything else briefly.
 */
export async function chartResponse(request: Request, yearText: string, file: string): Promise<Response> {
  const match = CHART_FILE.exec(file);
  if (!match) return problem(400, "chart: expected <key>.lv.svg or <key>.en.svg");
  const [, key, locale] = match as unknown as [string, string, Locale];
  const result = await figuresOf(yearText);
  if (result instanceof Response) return result;
  const { year, found } = result;
  const dataset = findDataset(found!.figures, key);
  if (!dataset) return problem(404, `no dataset "${key}" in the ${year} review`);
  const before = await getReviewFigures(year - 1);
  const previous = before?.frozen ? findDataset(before.figures, key) : undefined;
  const chart = datasetChart(dataset, previous, year, locale);
  if (!chart) return problem(404, `the dataset "${key}" is a table without a chart`);
  const current = new URL(request.url).searchParams.get("v") === chart.version;
  return new Response(chart.svg, {
    headers: {
      "Content-Type": "image/svg+xml; charset=utf-8",
      "Cache-Control": current ? "public, max-age=31536000, immutable" : PUBLIC_CACHE,
      "Access-Control-Allow-Origin": "*",
    },
  });
}

/** GET /api/v1/reviews/{year}/coverage.csv: one line per cell, with the organisations and calls behind it. */
export async function coverageCsvResponse(yearText: string): Promise<Response> {
  const result = await figuresOf(yearText);
  if (result instanceof Response) return result;
  const { year, found } = result;
  const { coverage } = found!.figures;
  const body = coverageCsv(coverage, {
    organisations: new Map(coverage.organisations.map((o) => [o.id, o.slug])),
    calls: new Map(coverage.calls.map((c) => [c.id, c.slug])),
  });
  return csv(body, `sikc-review-${year}-coverage.csv`);
}
