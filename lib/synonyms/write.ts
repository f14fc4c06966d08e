// Writes to the search synonyms (SynonymGroup), called by the staff actions
// after their permission check, and by tests. Each write is one transaction:
// the group, its audit entry, and the job that gives Meilisearch the new
// synonyms; the PostgreSQL engine reads them at its next search (a trigger
// normalises the terms into SynonymTerm in the same transaction).
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { writeAudit } from "@/lib/audit/write";
import type { StaffUser } from "@/lib/auth/session";
import { db, TX_OPTIONS, type Tx } from "@/lib/db";
import { enqueueSearchSettings } from "@/lib/search/sync";
import { invalid, notFound, refuse, settle, type Invalid, type NotFound, type WriteResult } from "@/lib/write-result";
import { SE, type SynonymGroupInput } from "./schema";

export type Actor = Pick<StaffUser, "id" | "email">;
export const SYNONYM_ENTITY = "SynonymGroup";

/** A term that another group already has (same words in the same forms), or that says nothing. */
type SynonymConflict = { term: string; otherGroup: string[] | null };

/** Terms that would loop into another group or match nothing: refused beside the field, the terms named. */
type Conflict = Invalid & { detail: string };

function conflict(key: string, conflicts: SynonymConflict[]): never {
  const detail = conflicts.map((c) => (c.otherGroup ? `${c.term} (${c.otherGroup.join(", ")})` : c.term)).join("; ");
  return refuse<Conflict>({ ...invalid({ terms: [key] }), detail });
}
// Two staff saving groups at once must not both pass the check against each other.
const lockSynonyms = (tx: Tx) => tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('search:synonyms'))`;

/**
 * Refuses what would make expansion ambiguous or empty: a term that a query
 * spelling another group's term would also match (word by word, in any of the
 * words' forms; the two groups would chain into a loop), two terms of this
 * group that match each other the same way, and a term of nothing but stop
 * words. The same word-by-word rule is how public.search_query matches terms.
 */
async function check(tx: Tx, terms: string[], groupId: string | null): Promise<void> {
  const rows = await tx.$queryRaw<
    { n: number; term: string; empty: boolean; twin: string | null; other: string[] | null }[]
  >`
    WITH t AS (
      SELECT x.term, x.n::int AS n,
        (SELECT jsonb_agg(to_jsonb(public.search_word_lexemes(w)) ORDER BY k)
         FROM unnest(public.search_split(x.term)) WITH ORDINALITY AS s(w, k)) AS words,
        public.search_term_query(x.term) IS NULL AS empty
      FROM unnest(${terms}::text[]) WITH ORDINALITY AS x(term, n)
    )
    SELECT t.n, t.term, t.empty,
      (SELECT u.term FROM t u WHERE u.n < t.n AND public.search_terms_meet(u.words, t.words) ORDER BY u.n LIMIT 1) AS twin,
      (SELECT g."terms" FROM "SynonymTerm" st JOIN "SynonymGroup" g ON g."id" = st."groupId"
       WHERE st."groupId" IS DISTINCT FROM ${groupId} AND public.search_terms_meet(st."words", t.words) LIMIT 1) AS other
    FROM t ORDER BY t.n`;
  const empty = rows.filter((r) => r.empty).map((r) => ({ term: r.term, otherGroup: null }));
  if (empty.length) conflict(SE("termStopWords"), empty);
  const twins = rows.filter((r) => r.twin).map((r) => ({ term: `${r.twin} / ${r.term}`, otherGroup: null }));
  if (twins.length) conflict(SE("sameForms"), twins);
  const looping = rows.filter((r) => r.other).map((r) => ({ term: r.term, otherGroup: r.other }));
  if (looping.length) conflict(SE("inOtherGroup"), looping);
}

export async function createSynonymGroup(
  data: SynonymGroupInput,
  actor: Actor,
): Promise<WriteResult<{ id: string }, Conflict>> {
  return settle(() =>
    db.$transaction(async (tx) => {
      await lockSynonyms(tx);
      await check(tx, data.terms, null);
      const { id } = await tx.synonymGroup.create({ data: { terms: data.terms }, select: { id: true } });
      await audit(tx, actor, "create", id, { terms: [null, data.terms] });
      await enqueueSearchSettings(tx);
      return { ok: true, id } as const;
    }, TX_OPTIONS),
  );
}

export async function updateSynonymGroup(
  id: string,
  data: SynonymGroupInput,
  actor: Actor,
): Promise<WriteResult<{ id: string; changed: boolean }, Conflict | NotFound>> {
  return settle(() =>
    db.$transaction(async (tx) => {
      await lockSynonyms(tx);
      const before = await tx.synonymGroup.findUnique({ where: { id }, select: { terms: true } });
      if (!before) return notFound();
      if (JSON.stringify(before.terms) === JSON.stringify(data.terms)) return { ok: true, id, changed: false } as const;
      await check(tx, data.terms, id);
      await tx.synonymGroup.update({ where: { id }, data: { terms: data.terms } });
      await audit(tx, actor, "update", id, { terms: [before.terms, data.terms] });
      await enqueueSearchSettings(tx);
      return { ok: true, id, changed: true } as const;
    }, TX_OPTIONS),
  );
}

export async function deleteSynonymGroup(id: string, actor: Actor): Promise<WriteResult<{ id: string }, NotFound>> {
  return db.$transaction(async (tx) => {
    await lockSynonyms(tx);
    const before = await tx.synonymGroup.findUnique({ where: { id }, select: { terms: true } });
    if (!before) return notFound();
    await tx.synonymGroup.delete({ where: { id } });
    await audit(tx, actor, "delete", id, { terms: [before.terms, null] });
    await enqueueSearchSettings(tx);
    return { ok: true, id } as const;
  }, TX_OPTIONS);
}

const audit = (
  tx: Tx,
  actor: Actor,
  action: "create" | "update" | "delete",
  id: string,
  changes: Prisma.InputJsonValue,
) =>
  writeAudit(
    { action, entityType: SYNONYM_ENTITY, entityId: id, actorId: actor.id, actorEmail: actor.email, changes },
    tx,
  );
