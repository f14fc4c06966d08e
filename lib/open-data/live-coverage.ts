// GET /api/v1/coverage.csv?region=&theme=: the live coverage grid (published
// records, calls open now) under the same filters as /ecosystem. A region or
// theme the portal does not know answers 400 with the reason.
import "server-only";
import { coverageSlugs, getCoverage, parseCoverageQuery } from "@/lib/ecosystem/queries";
import { coverageCsv } from "./coverage-csv";
import { csvResponse } from "./csv";
import { NO_STORE } from "./license";

export async function liveCoverageCsvResponse(request: Request): Promise<Response> {
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const query = await parseCoverageQuery(params);
  if (query.ignored.length)
    return Response.json(
      {
        error: {
          status: 400,
          param: query.ignored[0],
          message: `${query.ignored[0]}: not a known ${query.ignored[0] === "region" ? "planning region" : "theme"} key`,
        },
      },
      { status: 400, headers: { "Cache-Control": NO_STORE, "Access-Control-Allow-Origin": "*" } },
    );
  const { coverage } = await getCoverage(query);
  const name = ["sikc-coverage", query.region, query.theme].filter(Boolean).join("-");
  return csvResponse(coverageCsv(coverage, await coverageSlugs(coverage)), `${name}.csv`);
}
