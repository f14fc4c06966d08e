// The CSV import pipeline: read → check every row (nothing written) → report;
// and the import itself, which checks again and writes every row in ONE
// transaction through the domain write functions, or nothing at all.
import "server-only";
import { writeAudit } from "@/lib/audit/write";
import { db } from "@/lib/db";
import { refuse, settle, type WriteResult } from "@/lib/write-result";
import { readCsv, type CsvProblem, type Delimiter } from "./csv";
import { issuesOf } from "./issues";
import type { Actor, Client, ImportAdapter, ImportIssue, ImportKind, Tx } from "./types";
import { enqueueInnovations } from "@/lib/search/sync";

export type ImportReport = {
  kind: ImportKind;
  fileName: string;
  /** Data rows read (the header excluded). */
  rows: number;
  delimiter: Delimiter | null;
  bom: boolean;
  /** A problem with the file as a whole; then there are no row issues. */
  problem: CsvProblem | null;
  issues: ImportIssue[];
};

export type ImportOutcome = WriteResult<
  { report: ImportReport; created: { id: string; slug: string }[] },
  { ok: false; code: "rejected"; report: ImportReport }
>;

/** Large imports write thousands of rows in one transaction. */
const TX_OPTIONS = { maxWait: 15_000, timeout: 10 * 60_000 } as const;
const E = (key: string) => `audit.import.errors.${key}`;

const byLine = (a: ImportIssue, b: ImportIssue) => a.line - b.line || (a.column ?? "").localeCompare(b.column ?? "");

/** Every problem of the file as the database `client` sees it; writes nothing. */
export async function checkFile(adapter: ImportAdapter, bytes: Uint8Array, fileName: string, client: Client = db) {
  const base = {
    kind: adapter.kind,
    fileName,
    rows: 0,
    delimiter: null,
    bom: false,
    problem: null,
    issues: [],
  } satisfies ImportReport;
  const read = readCsv(bytes, adapter);
  if (!read.ok) return { report: { ...base, problem: read.problem }, rows: [] };
  const report: ImportReport = { ...base, rows: read.records.length, delimiter: read.delimiter, bom: read.bom };
  const fileIssues: ImportIssue[] = read.problems.map((p) => ({
    line: p.line,
    column: p.column,
    messages: [E(p.code)],
  }));
  // A wrong header makes every row wrong in the same way: report the header alone.
  if (fileIssues.some((i) => i.line === 1)) return { report: { ...report, issues: fileIssues }, rows: [] };

  const { rows, issues } = await adapter.prepare(read.records, client);
  const firstLineOf = new Map<string, number>();
  const duplicates: ImportIssue[] = [];
  for (const row of rows) {
    if (!row.slug) continue;
    const first = firstLineOf.get(row.slug);
    if (first === undefined) firstLineOf.set(row.slug, row.line);
    else duplicates.push({ line: row.line, column: "slug", messages: [E("slugRepeated")] });
  }
  const existing = await adapter.existingSlugs([...firstLineOf.keys()], client);
  for (const row of rows) {
    if (row.slug && existing.has(row.slug) && firstLineOf.get(row.slug) === row.line) {
      duplicates.push({ line: row.line, column: "slug", messages: [E("slugExists")] });
    }
  }
  return { report: { ...report, issues: [...fileIssues, ...issues, ...duplicates].sort(byLine) }, rows };
}

/** Inside the import's transaction: rolls everything back and answers with the report of why. */
function reject(report: ImportReport): never {
  return refuse({ ok: false, code: "rejected", report });
}

/**
 * Checks the file again inside the transaction, then creates every row with
 * the domain write function (its audit entry included; the search index
 * updates are queued together at the end)
 * and adds one "import" entry. Any problem rolls everything back.
 */
export async function importFile(
  adapter: ImportAdapter,
  bytes: Uint8Array,
  fileName: string,
  actor: Actor,
  meta: { sha256: string },
): Promise<ImportOutcome> {
  return settle<ImportOutcome>(() =>
    db.$transaction(async (tx: Tx) => {
      const { report, rows } = await checkFile(adapter, bytes, fileName, tx);
      if (report.problem || report.issues.length) reject(report);
      const created: { id: string; slug: string }[] = [];
      const issues: ImportIssue[] = [];
      const searchUpdates = new Set<string>();
      for (const row of rows) {
        const result = await adapter.create(row, actor, tx, searchUpdates);
        if (result.ok) created.push({ id: result.id, slug: result.slug });
        else issues.push(...issuesOf(row.line, result.fieldErrors, row, adapter.columnOf));
      }
      if (issues.length) reject({ ...report, issues });
      await enqueueInnovations(tx, [...searchUpdates]);
      await writeAudit(
        {
          action: "import",
          entityType: adapter.entityType,
          actorId: actor.id,
          actorEmail: actor.email ?? null,
          ip: actor.ip ?? null,
          changes: {
            fileName,
            sha256: meta.sha256,
            rows: created.length,
            delimiter: report.delimiter,
            slugs: created.map((c) => c.slug),
          },
        },
        tx,
      );
      return { ok: true as const, report, created };
    }, TX_OPTIONS),
  );
}
