"use client";
// The dry run's answer: whole-file problems, or every problem by line and
// column in the staff member's language. Focused when it appears, so screen
// reader users hear the outcome at once.
import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import { Table } from "@/components/ui/table";
import type { ImportReport } from "@/lib/import/write";
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
        <Table
          className="mt-4"
          caption={t("caption")}
          captionHidden
          testId="import-issues"
          rows={report.issues}
          rowKey={(issue, i) => `${issue.line}-${issue.column}-${i}`}
          rowAttributes={(issue) => ({ "data-line": String(issue.line), "data-column": issue.column ?? "" })}
          columns={[
            {
              key: "line",
              header: t("line"),
              rowHeader: true,
              className: "font-semibold tabular-nums",
              cell: (issue) => issue.line,
            },
            {
              key: "column",
              header: t("column"),
              className: "font-mono",
              cell: (issue) => issue.column ?? <span className="font-sans text-muted">{t("wholeRow")}</span>,
            },
            {
              key: "problem",
              header: t("problem"),
              cell: (issue) => issue.messages.map((m) => messageOf(root, t, m)).join(" "),
            },
          ]}
        />
      ) : null}
    </div>
  );
}

export const MAX_MB = Math.round(MAX_BYTES / 1024 / 1024);
