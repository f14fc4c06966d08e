// The contract between the CSV import pipeline (write.ts) and each kind of
// record it can import. An adapter owns its columns, turns a row into the
// input its domain write function parses, and writes through that function,
// so an imported record gets exactly the validation, audit entry and search
// outbox row a record saved in the form gets.
import type { FieldErrors } from "@/lib/forms/state";
import type { Actor, Tx } from "@/lib/innovations/write";
import type { Db } from "@/lib/db";
import type { CsvRecord } from "./csv";

export const IMPORT_KINDS = ["innovations", "organisations"] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export type { Actor, Tx };
export type Client = Tx | Db;

/** Field errors as the domain returns them: field path → i18n keys. */

/** One problem in the file: its line (1 = header), the column when known, i18n keys. */
export type ImportIssue = { line: number; column: string | null; messages: string[] };

export type PreparedRow = { line: number; input: Record<string, unknown>; slug: string | null };

type WriteOutcome = { ok: true; id: string; slug: string } | { ok: false; fieldErrors: FieldErrors };

export interface ImportAdapter {
  kind: ImportKind;
  /** The audit entityType of the records ("Innovation"). */
  entityType: string;
  /** Every column the file may have, in template order. */
  columns: readonly string[];
  required: readonly string[];
  /**
   * Turns rows into domain inputs and checks everything the database knows
   * (vocabularies, referenced records), without writing. Row-level problems
   * come back keyed by the row's line.
   */
  prepare(records: CsvRecord[], client: Client): Promise<{ rows: PreparedRow[]; issues: ImportIssue[] }>;
  /** Slugs of these that already exist (the duplicate check). */
  existingSlugs(slugs: string[], client: Client): Promise<Set<string>>;
  /**
   * Writes one record with the domain write function inside the import's
   * transaction, adding the innovations whose search documents change to
   * `searchUpdates` (queued together at the end, not one job per row).
   */
  create(row: PreparedRow, actor: Actor, tx: Tx, searchUpdates: Set<string>): Promise<WriteOutcome>;
  /** The CSV column a domain field error belongs to ("links.2.url" → "links"). */
  columnOf(field: string, row: PreparedRow): string | null;
}
