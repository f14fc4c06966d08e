// "What still refers to this record?" — the check before a delete. Each
// entity lists its kinds of references as count + a few examples; a delete
// is refused while any count is above zero (the confirm dialog shows them and
// the action checks again inside its transaction). Pure helpers; the queries
// live in each entity's lib/<entity>/queries.ts.
import type { Reference } from "@/lib/forms/state";

export type { Reference };

export type ReferenceProbe = {
  kind: string;
  count: () => PromiseLike<number>;
  /** Up to `limit` examples (label and optional staff link). */
  examples?: (limit: number) => PromiseLike<{ label: string; href?: string }[]>;
};

/** Runs the probes in parallel and keeps the kinds that have references. */
export async function collectReferences(probes: readonly ReferenceProbe[], limit = 5): Promise<Reference[]> {
  const rows = await Promise.all(
    probes.map(async (p) => {
      const count = await p.count();
      const examples = count > 0 && p.examples ? await p.examples(limit) : [];
      return { kind: p.kind, count, examples };
    }),
  );
  return rows.filter((r) => r.count > 0);
}
