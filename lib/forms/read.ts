// FormData → the values a form posted, as plain strings (lists for the names
// in `arrays`), bounded in size, for parsing and for echoing back. Files and
// Next's own "$ACTION…" fields are skipped.
import type { FormValues } from "./state";

const MAX_VALUE = 100_000;
const MAX_VALUES = 200;

type ReadOptions = {
  arrays?: readonly string[];
  /** Only these names (anything else is dropped). */
  fields?: readonly string[];
  /** Read too, but never echoed (passwords, anti-spam fields). */
  alsoRead?: readonly string[];
};

/** `values` are echoed back to the form; `input` (values + alsoRead) is what gets parsed. */
export function readForm(formData: unknown, options: ReadOptions = {}): { values: FormValues; input: FormValues } {
  const form = formData instanceof FormData ? formData : new FormData();
  const arrays = new Set(options.arrays ?? []);
  const allowed = options.fields ? new Set(options.fields) : null;
  const secret = new Set(options.alsoRead ?? []);
  const values: FormValues = {};
  const input: FormValues = {};
  for (const name of arrays) if (!allowed || allowed.has(name)) values[name] = [];
  for (const [name, value] of form.entries()) {
    if (typeof value !== "string" || name.startsWith("$ACTION") || value.length > MAX_VALUE) continue;
    const target = secret.has(name) ? input : !allowed || allowed.has(name) ? values : null;
    if (!target) continue;
    if (arrays.has(name)) {
      const list = (target[name] ??= []) as string[];
      if (list.length < MAX_VALUES) list.push(value);
    } else target[name] = value;
  }
  return { values, input: { ...values, ...input } };
}
