// Stage, themes, target groups… are keys of staff-editable vocabularies and
// funders/operators are organisation rows, so whether a record's references
// are valid is a database question, answered here on every write. A key the
// record already holds stays acceptable after its term was deactivated, so an
// old record can still be edited without losing it.
import "server-only";
import type { Vocabulary } from "@/generated/prisma/enums";
import { E } from "./fields";
import type { Tx } from "@/lib/db";
import type { FieldErrors } from "./write-kit";

export type WantedTerms = {
  field: string;
  vocabulary: Vocabulary;
  keys: readonly string[];
  kept?: readonly string[];
  error: string;
};
export type WantedRows = { field: string; ids: readonly string[]; error: string };

export async function checkReferences(
  tx: Tx,
  terms: readonly WantedTerms[],
  rows: {
    organisations?: readonly WantedRows[];
    programmes?: readonly WantedRows[];
    uploads?: readonly WantedRows[];
  } = {},
): Promise<FieldErrors | null> {
  const wanted = terms.filter((w) => w.keys.length > 0);
  const ids = (list: readonly WantedRows[] | undefined) => [...new Set((list ?? []).flatMap((w) => w.ids))];
  const [found, orgs, programmes, uploads] = await Promise.all([
    wanted.length
      ? tx.term.findMany({
          where: { OR: wanted.map((w) => ({ vocabulary: w.vocabulary, key: { in: [...w.keys] } })) },
          select: { vocabulary: true, key: true, active: true },
        })
      : [],
    ids(rows.organisations).length
      ? tx.organisation.findMany({ where: { id: { in: ids(rows.organisations) } }, select: { id: true } })
      : [],
    ids(rows.programmes).length
      ? tx.fundingProgramme.findMany({ where: { id: { in: ids(rows.programmes) } }, select: { id: true } })
      : [],
    ids(rows.uploads).length
      ? tx.upload.findMany({ where: { id: { in: ids(rows.uploads) } }, select: { id: true } })
      : [],
  ]);
  const known = new Map(found.map((t) => [`${t.vocabulary}:${t.key}`, t.active]));
  const errors: Record<string, string[]> = {};
  for (const w of wanted) {
    const kept = new Set(w.kept ?? []);
    if (
      w.keys.some((k) => {
        const active = known.get(`${w.vocabulary}:${k}`);
        return active === undefined || (!active && !kept.has(k));
      })
    )
      errors[w.field] = [E(w.error)];
  }
  const checkRows = (list: readonly WantedRows[] | undefined, existing: { id: string }[]) => {
    const have = new Set(existing.map((r) => r.id));
    for (const w of list ?? []) if (w.ids.some((id) => !have.has(id))) errors[w.field] = [E(w.error)];
  };
  checkRows(rows.organisations, orgs);
  checkRows(rows.programmes, programmes);
  checkRows(rows.uploads, uploads);
  return Object.keys(errors).length ? errors : null;
}
