// A stored record as a form's initial values. Pure.
import type { FormValues } from "./state";

/**
 * null → "", booleans → "on"/"", dates → YYYY-MM-DD (date inputs), numbers
 * and Decimals → text, lists of strings kept as lists. Pick the fields the
 * form shows.
 */
export function toFormValues(record: Record<string, unknown>): FormValues {
  const out: FormValues = {};
  for (const [name, value] of Object.entries(record)) {
    if (value === null || value === undefined) out[name] = "";
    else if (typeof value === "boolean") out[name] = value ? "on" : "";
    else if (value instanceof Date) out[name] = Number.isNaN(value.getTime()) ? "" : value.toISOString().slice(0, 10);
    else if (Array.isArray(value)) out[name] = value.map(String);
    else out[name] = String(value);
  }
  return out;
}
