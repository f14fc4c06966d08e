// Term labels for the figures, read once per snapshot and frozen into it, so
// a published review keeps the labels it was published with.
import type { Vocabulary } from "@/generated/prisma/enums";
import type { Db, Tx } from "@/lib/db";
import type { DatasetRow } from "../schema";

export type Term = { key: string; labelLv: string; labelEn: string };
export type Terms = Record<Vocabulary, Term[]>;

export const UNKNOWN = "unknown";
const UNKNOWN_LABEL = { labelLv: "Nav norādīts", labelEn: "Not stated" };

export async function loadTerms(client: Db | Tx, vocabularies: Vocabulary[]): Promise<Terms> {
  const rows = await client.term.findMany({
    where: { vocabulary: { in: vocabularies } },
    orderBy: [{ position: "asc" }, { labelLv: "asc" }, { key: "asc" }],
    select: { vocabulary: true, key: true, labelLv: true, labelEn: true, active: true },
  });
  const out = {} as Terms;
  for (const v of vocabularies) out[v] = rows.filter((r) => r.vocabulary === v);
  return out;
}

/**
 * One row per term, in the vocabulary's order, with its count (0 when none),
 * plus rows for keys the records hold that the vocabulary lacks ("not stated").
 */
export function countRows(terms: Term[], counts: Map<string, number>): DatasetRow[] {
  const known = new Set(terms.map((t) => t.key));
  const rows: DatasetRow[] = terms.map((t) => ({
    key: t.key,
    labelLv: t.labelLv,
    labelEn: t.labelEn,
    value: counts.get(t.key) ?? 0,
  }));
  for (const [key, value] of counts) {
    if (known.has(key)) continue;
    rows.push(key === UNKNOWN ? { key, ...UNKNOWN_LABEL, value } : { key, labelLv: key, labelEn: key, value });
  }
  return rows;
}

/** Largest first, ties by Latvian label: for categories without an order of their own. */
export function byValue(rows: DatasetRow[]): DatasetRow[] {
  return [...rows].sort((a, b) => (b.value ?? -1) - (a.value ?? -1) || a.labelLv.localeCompare(b.labelLv, "lv"));
}
