// Writes to vocabulary terms, called by lib/taxonomy/actions.ts after it has
// checked content:write. Keys are created here once and never changed; a
// term in use is hidden (active = false) rather than deleted, because records
// store its key. A label change queues the innovations that show the label
// for reindexing in the same transaction.
import "server-only";
import { writeAudit, type AuditAction } from "@/lib/audit/write";
import type { StaffUser } from "@/lib/auth/session";
import type { Tx } from "@/lib/db";
import { db } from "@/lib/db";
import { Prisma } from "@/generated/prisma/client";
import type { Vocabulary } from "@/generated/prisma/enums";
import { type FieldErrors, type TermCreateInput, type TermLabelsInput } from "./schema";
import { baseTermKey, freeTermKey } from "./term-key";
import { enqueueInnovationsUsingTerm, termUsage, usageTotal, type Usage } from "./usage";

export type Actor = Pick<StaffUser, "id" | "email">;
export type TermRefusal = "not_found" | "in_use";
export type TermRefused = { ok: false; code: TermRefusal; usage?: Usage };

const audit = (actor: Actor, action: AuditAction, termId: string, changes: Prisma.InputJsonValue, tx: Tx) =>
  writeAudit({ action, entityType: "Term", entityId: termId, actorId: actor.id, actorEmail: actor.email, changes }, tx);

/** Adding and reordering within one vocabulary take turns, so positions stay a clean sequence. */
const lockVocabulary = (tx: Tx, vocabulary: Vocabulary) =>
  tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`terms:${vocabulary}`}))`;

const isUniqueViolation = (error: unknown) =>
  error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";

export async function createTerm(
  actor: Actor,
  data: TermCreateInput,
): Promise<{ ok: true; id: string; key: string } | { ok: false; fieldErrors: FieldErrors }> {
  try {
    return await db.$transaction(async (tx) => {
      await lockVocabulary(tx, data.vocabulary);
      if (data.vocabulary === "MUNICIPALITY") {
        const region = data.parentKey
          ? await tx.term.findUnique({
              where: { vocabulary_key: { vocabulary: "REGION", key: data.parentKey } },
              select: { id: true },
            })
          : null;
        if (!region)
          return {
            ok: false,
            fieldErrors: { parentKey: ["curationUsers.vocabularies.errors.parentRequired"] },
          } as const;
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
      await audit(
        actor,
        "create",
        term.id,
        {
          vocabulary: [null, data.vocabulary],
          key: [null, key],
          labelLv: [null, data.labelLv],
          labelEn: [null, data.labelEn],
          ...(parentKey ? { parentKey: [null, parentKey] } : {}),
        },
        tx,
      );
      return { ok: true, id: term.id, key } as const;
    });
  } catch (error) {
    // Two people adding the same label at once: the unique (vocabulary, key) index decides.
    if (isUniqueViolation(error))
      return { ok: false, fieldErrors: { labelLv: ["curationUsers.vocabularies.errors.keyTaken"] } };
    throw error;
  }
}

export async function updateTermLabels(
  actor: Actor,
  data: TermLabelsInput,
): Promise<{ ok: true; reindexed: number } | TermRefused> {
  return db.$transaction(async (tx) => {
    const term = await tx.term.findUnique({
      where: { id: data.termId },
      select: { vocabulary: true, key: true, labelLv: true, labelEn: true },
    });
    if (!term) return { ok: false, code: "not_found" } as const;
    const changes: Record<string, [string, string]> = {};
    if (term.labelLv !== data.labelLv) changes.labelLv = [term.labelLv, data.labelLv];
    if (term.labelEn !== data.labelEn) changes.labelEn = [term.labelEn, data.labelEn];
    if (Object.keys(changes).length === 0) return { ok: true, reindexed: 0 } as const;
    await tx.term.update({ where: { id: data.termId }, data: { labelLv: data.labelLv, labelEn: data.labelEn } });
    await audit(actor, "update", data.termId, changes, tx);
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
): Promise<{ ok: true } | TermRefused> {
  return db.$transaction(async (tx) => {
    const term = await tx.term.findUnique({ where: { id: termId }, select: { vocabulary: true } });
    if (!term) return { ok: false, code: "not_found" } as const;
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
    await audit(actor, "update", termId, { position: [from, to] }, tx);
    return { ok: true } as const;
  });
}

/** Hidden terms are no longer offered in forms; records keep them and pages still label them. */
export async function setTermActive(
  actor: Actor,
  termId: string,
  active: boolean,
): Promise<{ ok: true } | TermRefused> {
  return db.$transaction(async (tx) => {
    const term = await tx.term.findUnique({ where: { id: termId }, select: { active: true } });
    if (!term) return { ok: false, code: "not_found" } as const;
    if (term.active === active) return { ok: true } as const;
    await tx.term.update({ where: { id: termId }, data: { active } });
    await audit(actor, "update", termId, { active: [term.active, active] }, tx);
    return { ok: true } as const;
  });
}

/** Only a term no record uses; the refusal says where it is used. */
export async function deleteTerm(
  actor: Actor,
  termId: string,
): Promise<{ ok: true; vocabulary: Vocabulary } | TermRefused> {
  return db.$transaction(async (tx) => {
    // FOR UPDATE: a concurrent label edit or second delete waits for this one.
    const rows = await tx.$queryRaw<{ vocabulary: Vocabulary; key: string; labelLv: string; labelEn: string }[]>`
      SELECT "vocabulary", "key", "labelLv", "labelEn" FROM "Term" WHERE "id" = ${termId} FOR UPDATE`;
    const term = rows[0];
    if (!term) return { ok: false, code: "not_found" } as const;
    const usage = await termUsage(tx, term.vocabulary, term.key);
    if (usageTotal(usage) > 0) return { ok: false, code: "in_use", usage } as const;
    await tx.term.delete({ where: { id: termId } });
    await audit(
      actor,
      "delete",
      termId,
      {
        vocabulary: [term.vocabulary, null],
        key: [term.key, null],
        labelLv: [term.labelLv, null],
        labelEn: [term.labelEn, null],
      },
      tx,
    );
    return { ok: true, vocabulary: term.vocabulary } as const;
  });
}
