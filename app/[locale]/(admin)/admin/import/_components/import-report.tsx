"use client";
// The dry run's answer: whole-file problems, or every problem by line and
// column in the staff member's language. Focused when it appears, so screen
// reader users hear the outcome at once.
import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import type { ImportReport } from "@/lib/import/run";
import { MAX_BYTES } from "@/lib/import/csv";

type Root = ReturnType<typeof useTranslations<never>>;
type Own = ReturnType<typeof useTranslations<"audit.import">>;

/** A message key from any namespace (domain schemas use their own), with a visible fallback. */
function messageOf(root: Root, own: Own, key: string): string {
  // Keys come from several namespaces at run time, so they are not known to the typed catalogue.
  return root.has(key as never) ? root(key as never) : own("unknownError", { key });
}

function problemText(t: Own, problem: NonNullable<ImportReport["problem"]>): string {
  switch (problem.code) {
    case "tooLarge":
      return t("errors.tooLarge", { mb: Math.round(problem.maxBytes / 1024 / 1024) });
    case "tooManyRows":
      return t("errors.tooManyRows", { max: problem.maxRows });
    case "malformed":
      return t("errors.malformed", { line: problem.line });
    default:
      return t(`errors.${problem.code}`);
  }
}

export function ImportReportView({ report }: { report: ImportReport }) {
  const root = useTranslations() as unknown as Root;
  const t = useTranslations("audit.import");
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), [report]);
  const clean = !report.problem && report.issues.length === 0;
  return (
    <div
      ref={ref}
      tabIndex={-1}
      aria-labelledby="import-report-heading"
      role="region"
      className="mt-8 focus:outline-none"
      data-testid="import-report"
    >
      <h2 id="import-report-heading" className="text-xl font-semibold text-brand-strong">
        {t("reportHeading")}
      </h2>
      {report.problem ? (
        <p className="mt-3 rounded border-l-4 border-red-700 bg-red-50 p-4 font-semibold text-red-900">
          {problemText(t, report.problem)}
        </p>
      ) : (
        <p
          className={
            clean
              ? "mt-3 rounded border-l-4 border-green-800 bg-green-50 p-4 text-green-900"
              : "mt-3 rounded border-l-4 border-red-700 bg-red-50 p-4 text-red-900"
          }
        >
          <span className="font-semibold">
            {clean
              ? t("summaryOk", { file: report.fileName, count: report.rows })
              : t("summaryBad", { file: report.fileName, issues: report.issues.length })}
          </span>{" "}
          {report.delimiter ? t("separator", { delimiter: report.delimiter, bom: String(report.bom) }) : null}
        </p>
      )}
      {report.issues.length > 0 ? (
        <div className="mt-4 overflow-x-auto">
          <table className="w-full border-collapse text-left text-sm" data-testid="import-issues">
            <caption className="sr-only">{t("caption")}</caption>
            <thead>
              <tr className="border-b-2 border-line">
                <th scope="col" className="py-2 pr-4">
                  {t("line")}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t("column")}
                </th>
                <th scope="col" className="py-2">
                  {t("problem")}
                </th>
              </tr>
            </thead>
            <tbody>
              {report.issues.map((issue, i) => (
                <tr
                  key={`${issue.line}-${issue.column}-${i}`}
                  className="border-b border-line align-top"
                  data-line={issue.line}
                  data-column={issue.column ?? ""}
                >
                  <th scope="row" className="py-2 pr-4 font-semibold tabular-nums">
                    {issue.line}
                  </th>
                  <td className="py-2 pr-4 font-mono">
                    {issue.column ?? <span className="font-sans text-muted">{t("wholeRow")}</span>}
                  </td>
                  <td className="py-2">{issue.messages.map((m) => messageOf(root, t, m)).join(" ")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </div>
  );
}

export const MAX_MB = Math.round(MAX_BYTES / 1024 / 1024);
