// The `changes` of an audit entry for an update: `{ field: [before, after] }`
// for each field whose value differs. Writers pass plain snapshots (relations
// flattened to readable strings); secrets must never be in them.

type Snapshot = Record<string, unknown>;

/** Dates as ISO strings, Decimals and bigints as strings, undefined as null: what JSON keeps. */
export function auditValue(value: unknown): unknown {
  if (value === undefined || value === null) return null;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "bigint") return value.toString();
  if (Array.isArray(value)) return value.map(auditValue);
  if (typeof value === "object") {
    // Prisma.Decimal and similar value objects
    if (typeof (value as { toFixed?: unknown }).toFixed === "function") return String(value);
    return Object.fromEntries(Object.entries(value as Snapshot).map(([k, v]) => [k, auditValue(v)]));
  }
  return value;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Changed fields only; a create passes `before = null`, a delete `after = null`. */
export function diffFields(before: Snapshot | null, after: Snapshot | null, ignore: readonly string[] = []): Record<string, [unknown, unknown]> {
  const fields = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  const out: Record<string, [unknown, unknown]> = {};
  for (const field of fields) {
    if (ignore.includes(field)) continue;
    const a = auditValue(before?.[field]);
    const b = auditValue(after?.[field]);
    if (!same(a, b)) out[field] = [a, b];
  }
  return out;
}
