// The staff innovation form's FormData → the input ZInnovationInput parses,
// plus the values to echo back after an error. Repeatable rows are posted as
// "links.0.url", "links.0.labelLv"… (the client renumbers rows on every
// change, so indexes are contiguous and equal the error paths). Pure.
import type { FormValues } from "@/lib/admin/form-state";

/** Multi-selects and checkbox groups: always lists. */
const INNOVATION_ARRAY_FIELDS = ["themes", "targetGroups"] as const;
const ROW_GROUPS = ["organisations", "experts", "links", "indicators", "assessments"] as const;
const MAX_VALUE = 20_000;

export function readInnovationForm(formData: unknown): { input: Record<string, unknown>; values: FormValues } {
  const form = formData instanceof FormData ? formData : new FormData();
  const values: FormValues = {};
  for (const name of INNOVATION_ARRAY_FIELDS) values[name] = [];
  for (const [name, value] of form.entries()) {
    if (typeof value !== "string" || name.startsWith("$ACTION") || name.length > 100) continue;
    const v = value.slice(0, MAX_VALUE);
    if ((INNOVATION_ARRAY_FIELDS as readonly string[]).includes(name)) (values[name] as string[]).push(v);
    else values[name] = v;
  }

  const input: Record<string, unknown> = {};
  const rows: Record<string, Record<string, string>[]> = Object.fromEntries(ROW_GROUPS.map((g) => [g, []]));
  for (const [name, value] of Object.entries(values)) {
    const match = /^(organisations|experts|links|indicators|assessments)\.(\d{1,2})\.([a-zA-Z]{1,30})$/.exec(name);
    if (match) {
      const [, group = "", index = "0", field = ""] = match;
      const list = rows[group] ?? [];
      (list[Number(index)] ??= {})[field] = value as string;
    } else if (!name.includes(".")) {
      input[name] = value;
    }
  }
  // A gap in the numbering (a hand-made post) must not shift later rows onto other error paths.
  for (const group of ROW_GROUPS) input[group] = Array.from(rows[group] ?? [], (row) => row ?? {});
  return { input, values };
}
