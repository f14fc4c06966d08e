// Organisations in the CSV import: columns, schema, vocabulary checks and the
// write are crud's (lib/organisations: ORGANISATION_FIELDS, ZOrganisationInput,
// checkOrganisationTerms, createOrganisation). List cells hold "a; b" or "a|b".
import "server-only";
import { toFieldErrors } from "@/lib/forms/field-errors";
import { ORGANISATION_FIELDS, ZOrganisationInput } from "@/lib/organisations/schema";
import { createOrganisation } from "@/lib/organisations/write";
import { checkOrganisationTerms } from "@/lib/organisations/vocabulary";
import { issuesOf } from "./issues";
import type { FieldErrors } from "@/lib/forms/state";
import type { ImportAdapter, ImportIssue, PreparedRow } from "./types";

const COLUMNS: readonly string[] = ORGANISATION_FIELDS;
const columnOf = (field: string) => {
  const first = field.split(".")[0];
  return first && COLUMNS.includes(first) ? first : null;
};
// The schema splits lists on ";" and ","; "|" is the import's documented separator for every kind.
const LIST_COLUMNS = new Set(["roles", "supportTypes", "stagesCovered", "publicEmails", "sourceRefs"]);
const normalise = (cells: Record<string, string>) =>
  Object.fromEntries(
    Object.entries(cells).map(([k, v]) => [k, LIST_COLUMNS.has(k) ? v.replace(/\s*\|\s*/g, "; ") : v]),
  );

export const organisationImport: ImportAdapter = {
  kind: "organisations",
  entityType: "Organisation",
  columns: COLUMNS,
  required: ["nameLv", "type"],

  async prepare(records, client) {
    const rows: PreparedRow[] = [];
    const issues: ImportIssue[] = [];
    for (const record of records) {
      const input = normalise(record.cells);
      const row: PreparedRow = { line: record.line, input, slug: null };
      const parsed = ZOrganisationInput.safeParse(input);
      let errors: FieldErrors | null = null;
      if (!parsed.success) errors = toFieldErrors(parsed.error);
      else {
        row.slug = parsed.data.slug ?? null;
        errors = await checkOrganisationTerms(client as Parameters<typeof checkOrganisationTerms>[0], parsed.data);
      }
      if (errors && Object.keys(errors).length) issues.push(...issuesOf(record.line, errors, row, columnOf));
      rows.push(row);
    }
    return { rows, issues };
  },

  async existingSlugs(slugs, client) {
    if (!slugs.length) return new Set();
    const found = await client.organisation.findMany({ where: { slug: { in: slugs } }, select: { slug: true } });
    return new Set(found.map((f) => f.slug));
  },

  async create(row, actor, tx) {
    // The row holds the cells; parsing again gives the write exactly the schema's output.
    const data = ZOrganisationInput.safeParse(row.input);
    if (!data.success) return { ok: false, fieldErrors: toFieldErrors(data.error) };
    const created = await createOrganisation(data.data, actor, { tx });
    if (created.ok) return { ok: true, id: created.id, slug: created.slug };
    return {
      ok: false,
      fieldErrors: created.code === "invalid" ? created.fieldErrors : { form: ["audit.import.errors.conflict"] },
    };
  },

  columnOf,
};
