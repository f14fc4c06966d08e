// The coverage grid as CSV, one line per cell with the organisations and
// calls behind it; the review's frozen grid and the live one share it.
import type { Coverage } from "@/lib/ecosystem/coverage";
import { csvRow } from "./csv";

type Slugs = { organisations: Map<string, string>; calls: Map<string, string> };

export function coverageCsv(coverage: Pick<Coverage, "cells" | "unstated">, slugs: Slugs): string {
  let body = csvRow(["stage", "support_type", "organisations", "calls", "organisation_slugs", "call_slugs"]);
  const line = (stage: string, supportType: string, cell: { organisationIds: string[]; callIds: string[] }) =>
    csvRow([
      stage,
      supportType,
      cell.organisationIds.length,
      cell.callIds.length,
      cell.organisationIds.map((id) => slugs.organisations.get(id) ?? id).join(" "),
      cell.callIds.map((id) => slugs.calls.get(id) ?? id).join(" "),
    ]);
  for (const cell of coverage.cells) body += line(cell.stage, cell.supportType, cell);
  for (const cell of coverage.unstated) body += line("", cell.supportType, cell);
  return body;
}
