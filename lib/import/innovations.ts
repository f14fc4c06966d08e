// Innovations in the CSV import: the columns and row mapping are innov's
// (lib/innovations/schema.ts CSV_COLUMNS, csvRowToInput), the checks and the
// write are the domain's own (checkInnovationReferences, createInnovation).
import "server-only";
import { toFieldErrors } from "@/lib/forms/field-errors";
import {
  CSV_COLUMNS,
  csvRowToInput,
  splitMulti,
  ZInnovationInput,
  type InnovationCsvRow,
} from "@/lib/innovations/schema";
import { checkInnovationReferences } from "@/lib/innovations/vocabulary";
import { createInnovation, organisationIdsBySlug, type Tx } from "@/lib/innovations/write";
import { issuesOf } from "./issues";
import type { FieldErrors } from "@/lib/forms/state";
import type { ImportAdapter, ImportIssue, PreparedRow } from "./types";

const COLUMNS: readonly string[] = CSV_COLUMNS;

function columnOf(field: string, row: PreparedRow): string | null {
  const [first, index] = field.split(".");
  if (first === "organisations") {
    const organisations = row.input.organisations as { role?: string }[] | undefined;
    return organisations?.[Number(index)]?.role === "SUPPORTER" ? "supporters" : "implementers";
  }
  return first && COLUMNS.includes(first) ? first : null;
}

export const innovationImport: ImportAdapter = {
  kind: "innovations",
  entityType: "Innovation",
  columns: COLUMNS,
  required: ["titleLv", "summaryLv", "stage", "status"],

  async prepare(records, client) {
    const slugs = records.flatMap((r) => [...splitMulti(r.cells.implementers), ...splitMulti(r.cells.supporters)]);
    const organisations = await organisationIdsBySlug(slugs, client);
    const rows: PreparedRow[] = [];
    const issues: ImportIssue[] = [];
    for (const record of records) {
      const { input, errors } = csvRowToInput(record.cells as InnovationCsvRow, organisations);
      const row: PreparedRow = { line: record.line, input, slug: null };
      const parsed = ZInnovationInput.safeParse(input);
      const fieldErrors: FieldErrors = { ...errors };
      if (!parsed.success) {
        for (const [field, keys] of Object.entries(toFieldErrors(parsed.error)))
          fieldErrors[field] = [...(fieldErrors[field] ?? []), ...(keys ?? [])];
      } else {
        row.slug = parsed.data.slug ?? null;
        const references = await checkInnovationReferences(parsed.data, client as Tx);
        if (references) Object.assign(fieldErrors, references);
      }
      if (Object.keys(fieldErrors).length) issues.push(...issuesOf(record.line, fieldErrors, row, columnOf));
      rows.push(row);
    }
    return { rows, issues };
  },

  async existingSlugs(slugs, client) {
    if (!slugs.length) return new Set();
    const found = await client.innovation.findMany({ where: { slug: { in: slugs } }, select: { slug: true } });
    return new Set(found.map((f) => f.slug));
  },

  async create(row, actor, tx, searchUpdates) {
    const result = await createInnovation(row.input, actor, { tx, source: "IMPORT", searchUpdates });
    if (result.ok) return { ok: true, id: result.id, slug: result.slug };
    return {
      ok: false,
      fieldErrors: result.code === "invalid" ? result.fieldErrors : { form: ["audit.import.errors.conflict"] },
    };
  },

  columnOf,
};
