// Turns an audit entry's `changes` JSON into rows a person can read. Pure, so
// the entity history, the audit log page and its export render changes alike.
// Writers store `{ field: [before, after] }`; other events store a small
// object (e.g. `{ method: "password" }`), shown as plain values.

export type ChangeRow =
  { field: string; kind: "diff"; before: string; after: string } | { field: string; kind: "value"; value: string };

/** Values longer than this are cut in lists; the full text stays one click away. */
const TRUNCATE_AT = 120;

// Writers never pass secrets; this is the second line of defence for an entry
// written by mistake, so a hash or token never reaches a screen or an export.
const SECRET_FIELD = /pass(word)?|secret|token|hash|api[-_]?key|credential/i;
export const HIDDEN = "\u2022\u2022\u2022\u2022";

function isSecretField(field: string): boolean {
  return SECRET_FIELD.test(field);
}

/** Any JSON value as text: "" for null, lists joined with ", ", objects as JSON. */
export function valueText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") return String(value);
  if (Array.isArray(value) && value.every((v) => v === null || ["string", "number", "boolean"].includes(typeof v))) {
    return value.map((v) => valueText(v)).join(", ");
  }
  return JSON.stringify(value);
}

const isPair = (value: unknown): value is [unknown, unknown] => Array.isArray(value) && value.length === 2;

export function changeRows(changes: unknown): ChangeRow[] {
  if (changes === null || changes === undefined) return [];
  if (typeof changes !== "object" || Array.isArray(changes))
    return [{ field: "", kind: "value", value: valueText(changes) }];
  return Object.entries(changes as Record<string, unknown>).map(([field, value]): ChangeRow => {
    if (isSecretField(field)) {
      return isPair(value)
        ? { field, kind: "diff", before: HIDDEN, after: HIDDEN }
        : { field, kind: "value", value: HIDDEN };
    }
    return isPair(value)
      ? { field, kind: "diff", before: valueText(value[0]), after: valueText(value[1]) }
      : { field, kind: "value", value: valueText(value) };
  });
}

/** One line per change ("field: before → after"), for CSV export and short summaries. */
export function changesText(changes: unknown): string {
  return changeRows(changes)
    .map((row) => {
      const text = row.kind === "diff" ? `${row.before || "∅"} → ${row.after || "∅"}` : row.value;
      return row.field ? `${row.field}: ${text}` : text;
    })
    .join("\n");
}

export function truncate(text: string, max = TRUNCATE_AT): { text: string; truncated: boolean } {
  const chars = Array.from(text);
  if (chars.length <= max) return { text, truncated: false };
  return { text: `${chars.slice(0, max).join("")}…`, truncated: true };
}

/** The changes object with secret fields' values replaced, for the JSON export. */
export function redactChanges(changes: unknown): unknown {
  if (changes === null || typeof changes !== "object" || Array.isArray(changes)) return changes ?? null;
  return Object.fromEntries(
    Object.entries(changes as Record<string, unknown>).map(([field, value]) =>
      isSecretField(field) ? [field, isPair(value) ? [HIDDEN, HIDDEN] : HIDDEN] : [field, value],
    ),
  );
}
