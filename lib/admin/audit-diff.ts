// The `changes` of an audit entry: { field: [before, after] } for the given
// fields whose value really changed. Values are made JSON-safe (dates as ISO
// strings, Prisma Decimals as strings, undefined as null) so the entry stores
// and compares the same way it is shown. Pure.

export type AuditChanges = Record<string, [JsonValue, JsonValue]>;
type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

function auditValue(value: unknown): JsonValue {
  if (value === undefined || value === null) return null;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  if (typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value === "bigint") return value.toString();
  if (Array.isArray(value)) return value.map(auditValue);
  // Prisma.Decimal and similar value objects print themselves
  if (typeof value === "object" && "toFixed" in value && typeof value.toString === "function") return value.toString();
  if (typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, auditValue(v)]));
  return String(value);
}

/**
 * `before` is null for a create (every given field with a value is listed as
 * [null, value]) and `after` is null for a delete ([value, null]).
 */
export function auditDiff<T extends Record<string, unknown>>(
  before: Partial<T> | null | undefined,
  after: Partial<T> | null | undefined,
  fields: readonly (keyof T & string)[],
): AuditChanges {
  const changes: AuditChanges = {};
  for (const field of fields) {
    const a = auditValue(before?.[field]);
    const b = auditValue(after?.[field]);
    if (JSON.stringify(a) !== JSON.stringify(b)) changes[field] = [a, b];
  }
  return changes;
}

export const hasChanges = (changes: AuditChanges) => Object.keys(changes).length > 0;

/** Like auditDiff over every field of both snapshots, minus `ignore`. */
export function diffFields(
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
  ignore: readonly string[] = [],
): AuditChanges {
  const fields = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])].filter(
    (f) => !ignore.includes(f),
  );
  return auditDiff(before, after, fields);
}
