// The staff innovation form's posted values → the input ZInnovationInput
// parses. Repeatable rows are posted as "links.0.url", "links.0.labelLv"…
// (the client renumbers rows on every change, so indexes are contiguous and
// equal the error paths). Pure.
import type { FormValues } from "@/lib/forms/state";

/** Checkbox groups: always lists. */
export const INNOVATION_ARRAY_FIELDS = ["themes", "targetGroups"] as const;
const ROW_GROUPS = ["organisations", "experts", "links", "indicators", "assessments"] as const;

export function innovationInput(values: FormValues): Record<string, unknown> {
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
  return input;
}
