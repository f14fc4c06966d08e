// Writes to vocabulary terms, called by lib/taxonomy/actions.ts after it has
// checked content:write. Keys are created here once and never changed; a
// term in use is hidden (active = false) rather than deleted, because records
// store its key. A label change queues the innovations that show the label
// for reindexing in the same transaction.
import "server-only";
import { auditOf } from "@/lib/audit/write";
import type { StaffUser } from "@/lib/auth/session";
import type { Tx } from "@/lib/db";
import { db } from "@/lib/db";
import type { Vocabulary } from "@/generated/prisma/enums";
import { invalid, notFound, settle, type Invalid, type NotFound, type WriteResult } from "@/lib/write-result";
import { type TermCreateInput, type TermLabelsInput } from "./schema";
import { baseTermKey, freeTermKey } from "./term-key";
import { enqueueInnovationsUsingTerm, termUsage, usageTotal, type Usage } from "./usage";

export type Actor = Pick<StaffUser, "id" | "email">;
/** A term still stored on records: the counts say where. */
type InUse = { ok: false; code: "inUse"; counts: Usage };

const audit = auditOf("Term");

/** Adding and reordering within one vocabulary take turns, so positions stay a clean sequence. */
const lockVocabulary = (tx: Tx, vocabulary: Vocabulary) =>
  tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`terms:${vocabulary}`}))`;

export async function createTerm(
  actor: Actor,
  data: TermCreateInput,
): Promise<WriteResult<{ id: string; key: string }, Invalid>> {
  // Two people adding the same label at once: the unique (vocabulary, key) index decides.
  return settle(
    () =>
      db.$transaction(async (tx) => {
        await lockVocabulary(tx, data.vocabulary);
        if (data.vocabulary === "MUNICIPALITY") {
          const region = data.parentKey
            ? await tx.term.findUnique({
                where: { vocabulary_key: { vocabulary: "REGION", key: data.parentKey } },
                select: { id: true },
              })
            : null;
          if (!region) return invalid({ parentKey: ["curationUsers.vocabularies.errors.parentRequired"] });
        }
        const base = baseTermKey(data.labelLv);
        const taken = await tx.term.findMany({
          where: { vocabulary: data.vocabulary, key: { startsWith: base } },
          select: { key: true },
        });
        const key = freeTermKey(
          base,
          taken.map((t) => t.key),
        );
        const last = await tx.term.aggregate({ where: { vocabulary: data.vocabulary }, _max: { position: true } });
        const parentKey = data.vocabulary === "MUNICIPALITY" ? (data.parentKey ?? null) : null;
        const term = await tx.term.create({
          data: {
            vocabulary: data.vocabulary,
            key,
            labelLv: data.labelLv,
            labelEn: data.labelEn,
            position: (last._max.position ?? -1) + 1,
            parentKey,
          },
          select: { id: true },
        });
        await audit(tx, actor, "create", term.id, {
          vocabulary: [null, data.vocabulary],
          key: [null, key],
          labelLv: [null, data.labelLv],
          labelEn: [null, data.labelEn],
          ...(parentKey ? { parentKey: [null, parentKey] } : {}),
        });
        return { ok: true, id: term.id, key } as const;
      }),
    { key: ["labelLv", "curationUsers.vocabularies.errors.keyTaken"] },
  );
}

export async function updateTermLabels(
  actor: Actor,
  data: TermLabelsInput,
): Promise<{ ok: true; reindexed: number } | NotFound | InUse> {
  return db.$transaction(async (tx) => {
    const term = await tx.term.findUnique({
      where: { id: data.termId },
      select: { vocabulary: true, key: true, labelLv: true, labelEn: true },
    });
    if (!term) return notFound();
    const changes: Record<string, [string, string]> = {};
    if (term.labelLv !== data.labelLv) changes.labelLv = [term.labelLv, data.labelLv];
    if (term.labelEn !== data.labelEn) changes.labelEn = [term.labelEn, data.labelEn];
    if (Object.keys(changes).length === 0) return { ok: true, reindexed: 0 } as const;
    await tx.term.update({ where: { id: data.termId }, data: { labelLv: data.labelLv, labelEn: data.labelEn } });
    await audit(tx, actor, "update", data.termId, changes);
    const reindexed = await enqueueInnovationsUsingTerm(tx, term.vocabulary, term.key);
    return { ok: true, reindexed } as const;
  });
}

/**
 * Moves a term one place up or down in its vocabulary's display order. The
 * whole vocabulary is renumbered 0…n-1 in its current order first, so seeded
 * ties (equal positions) cannot make a move a no-op.
 */
export async function moveTerm(
  actor: Actor,
  termId: string,
  direction: "up" | "down",
): Promise<{ ok: true } | NotFound | InUse> {
  return db.$transaction(async (tx) => {
    const term = await tx.term.findUnique({ where: { id: termId }, select: { vocabulary: true } });
    if (!term) return notFound();
    await lockVocabulary(tx, term.vocabulary);
    const terms = await tx.term.findMany({
      where: { vocabulary: term.vocabulary },
      orderBy: [{ position: "asc" }, { labelLv: "asc" }, { key: "asc" }],
      select: { id: true, key: true, position: true },
    });
    const from = terms.findIndex((t) => t.id === termId);
    const to = direction === "up" ? from - 1 : from + 1;
    if (from < 0 || to < 0 || to >= terms.length) return { ok: true } as const;
    const order = [...terms];
    [order[from], order[to]] = [order[to]!, order[from]!];
    for (const [position, t] of order.entries()) {
      if (t.position !== position) await tx.term.update({ where: { id: t.id }, data: { position } });
    }
    await audit(tx, actor, "update", termId, { position: [from, to] });
    return { ok: true } as const;
  });
}

/** Hidden terms are no longer offered in forms; records keep them and pages still label them. */
export async function setTermActive(
  actor: Actor,
  termId: string,
  active: boolean,
): Promise<{ ok: true } | NotFound | InUse> {
  return db.$transaction(async (tx) => {
    const term = await tx.term.findUnique({ where: { id: termId }, select: { active: true } });
    if (!term) return notFound();
    if (term.active === active) return { ok: true } as const;
    await tx.term.update({ where: { id: termId }, data: { active } });
    await audit(tx, actor, "update", termId, { active: [term.active, active] });
    return { ok: true } as const;
  });
}

/** Only a term no record uses; the refusal says where it is used. */
export async function deleteTerm(
  actor: Actor,
  termId: string,
): Promise<{ ok: true; vocabulary: Vocabulary } | NotFound | InUse> {
  return db.$transaction(async (tx) => {
    // FOR UPDATE: a concurrent label edit or second delete waits for this one.
    const rows = await tx.$queryRaw<{ vocabulary: Vocabulary; key: string; labelLv: string; labelEn: string }[]>`
      SELECT "vocabulary", "key", "labelLv", "labelEn" FROM "Term" WHERE "id" = ${termId} FOR UPDATE`;
    const term = rows[0];
    if (!term) return notFound();
    const usage = await termUsage(tx, term.vocabulary, term.key);
    if (usageTotal(usage) > 0) return { ok: false, code: "inUse", counts: usage } as const;
    await tx.term.delete({ where: { id: termId } });
    await audit(tx, actor, "delete", termId, {
      vocabulary: [term.vocabulary, null],
      key: [term.key, null],
      labelLv: [term.labelLv, null],
      labelEn: [term.labelEn, null],
    });
    return { ok: true, vocabulary: term.vocabulary } as const;
  });
}
