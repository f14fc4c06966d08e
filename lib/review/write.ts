// The review's write layer: create a review, edit its text (introduction,
// sections, priority challenges) and publish it. Each write is one
// transaction with its audit entry. Publishing locks the review, refuses a
// second publication, and freezes every figure into the snapshot inside a
// REPEATABLE READ transaction, so all figures come from one view of the data.
// A refusal (a taken year, a section still in use, a second publication, a
// record that is gone) is the write's typed result (lib/write-result.ts), not
// an exception. Not a server action file: callers (actions.ts, tests)
// authorize first.
import "server-only";
import type { z } from "zod";
import { Prisma } from "@/generated/prisma/client";
import { baseSlug, nextFreeSlug } from "@/lib/admin/slug";
import { writeAudit } from "@/lib/audit/write";
import { db, inTransaction, TX_OPTIONS, type Tx } from "@/lib/db";
import type { Actor } from "@/lib/innovations/write";
import { invalid, notFound, refuse, settle, type Invalid, type NotFound, type WriteResult } from "@/lib/write-result";
import {
  COMPUTED_SECTIONS,
  parseList,
  R,
  REVIEW_SELECT,
  type ZChallengeInput,
  ZChallenges,
  ZDatasets,
  type ZNewReview,
  type ZReviewText,
  type ZSectionInput,
  ZSections,
  type Challenge,
  type ReviewSection,
} from "./schema";
import { computeFigures, linkedInnovations, parseSnapshot, type ReviewFigures } from "./snapshot";

const ENTITY = "AnnualReview";

const audit = (tx: Tx, actor: Actor, action: "create" | "update" | "publish", id: string, changes: object) =>
  writeAudit(
    {
      action,
      entityType: ENTITY,
      entityId: id,
      actorId: actor.id,
      actorEmail: actor.email ?? null,
      ip: actor.ip ?? null,
      changes: changes as Prisma.InputJsonValue,
    },
    tx,
  );

/** Locks the review row for the rest of the transaction (inside settle(): a missing review is refused as notFound). */
async function lockReview(tx: Tx, id: string) {
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "AnnualReview" WHERE "id" = ${id} FOR UPDATE`;
  if (rows.length === 0) refuse(notFound());
  return tx.annualReview.findUniqueOrThrow({
    where: { id },
    select: REVIEW_SELECT,
  });
}

type Refused = Invalid | NotFound;

/** The year's review; a year that has one already is refused beside the year field (also when two editors race). */
export async function createReview(
  data: z.output<typeof ZNewReview>,
  actor: Actor,
): Promise<WriteResult<{ id: string; year: number }, Invalid>> {
  return settle(
    () =>
      inTransaction(undefined, async (tx) => {
        const taken = await tx.annualReview.findUnique({ where: { year: data.year }, select: { id: true } });
        if (taken) return invalid({ year: [R("yearTaken")] });
        // the computed sections start with their default headings; staff add the text
        const { id } = await tx.annualReview.create({
          data: { year: data.year, titleLv: data.titleLv, titleEn: data.titleEn, sections: [] },
          select: { id: true },
        });
        await audit(tx, actor, "create", id, { year: [null, data.year], titleLv: [null, data.titleLv] });
        return { ok: true, id, year: data.year } as const;
      }),
    { year: ["year", R("yearTaken")] },
  );
}

const TEXT_FIELDS = ["titleLv", "titleEn", "introLv", "introEn"] as const;

export async function updateReviewText(
  data: z.output<typeof ZReviewText>,
  actor: Actor,
): Promise<WriteResult<{ id: string }, NotFound>> {
  return settle(() =>
    inTransaction(undefined, async (tx) => {
      const before = await lockReview(tx, data.id);
      const changes = Object.fromEntries(
        TEXT_FIELDS.filter((f) => (before[f] ?? null) !== (data[f] ?? null)).map((f) => [f, [before[f], data[f]]]),
      );
      await tx.annualReview.update({
        where: { id: data.id },
        data: { titleLv: data.titleLv, titleEn: data.titleEn, introLv: data.introLv, introEn: data.introEn },
        select: { id: true },
      });
      if (Object.keys(changes).length) await audit(tx, actor, "update", data.id, changes);
      return { ok: true, id: data.id } as const;
    }),
  );
}

/** A key that names no other section: from the heading, numbered on a clash. */
function freeKey(heading: string, taken: Set<string>, fallback: string): string {
  return nextFreeSlug(baseSlug(heading, fallback).slice(0, 60).replace(/-+$/, ""), taken);
}

/**
 * A published review shows its challenges' innovations from the snapshot.
 * Which innovations address a challenge is the staff's editorial choice, not
 * a figure, so a correction after publishing updates that part of the
 * snapshot (null: the challenge is gone); every figure stays frozen.
 */
async function relinkSnapshot(
  tx: Tx,
  review: { id: string; publication: string },
  challengeId: string,
  links: ReviewFigures["challengeInnovations"][string] | null,
): Promise<{ snapshot?: Prisma.InputJsonObject }> {
  if (review.publication !== "PUBLISHED") return {};
  const row = await tx.annualReview.findUniqueOrThrow({ where: { id: review.id }, select: { snapshot: true } });
  const snapshot = parseSnapshot(row.snapshot);
  if (!snapshot) return {};
  const others = Object.fromEntries(
    Object.entries(snapshot.challengeInnovations).filter(([key]) => key !== challengeId),
  );
  const challengeInnovations = links ? { ...others, [challengeId]: links } : others;
  return { snapshot: { ...snapshot, challengeInnovations } as Prisma.InputJsonObject };
}

/** Adds a section, or replaces the one with `key` (a computed section's text is a section with its key). */
export async function saveSection(
  data: z.output<typeof ZSectionInput>,
  actor: Actor,
): Promise<WriteResult<{ id: string; key: string }, NotFound>> {
  return settle(() =>
    inTransaction(undefined, async (tx) => {
      const review = await lockReview(tx, data.id);
      const sections = parseList(ZSections.element, review.sections);
      const key =
        data.key ?? freeKey(data.lv, new Set([...sections.map((s) => s.key), ...COMPUTED_SECTIONS]), "sadala");
      const section: ReviewSection = { key, lv: data.lv, en: data.en ?? "", bodyLv: data.bodyLv, bodyEn: data.bodyEn };
      const at = sections.findIndex((s) => s.key === key);
      const next = at >= 0 ? sections.map((s, i) => (i === at ? section : s)) : [...sections, section];
      await tx.annualReview.update({ where: { id: data.id }, data: { sections: next }, select: { id: true } });
      await audit(tx, actor, "update", data.id, { [`sections.${key}`]: [at >= 0 ? sections[at] : null, section] });
      return { ok: true, id: data.id, key } as const;
    }),
  );
}

/** Removes a staff section; one that imported datasets are grouped under stays. */
export async function deleteSection(
  id: string,
  key: string,
  actor: Actor,
): Promise<WriteResult<{ id: string }, Refused>> {
  return settle(() =>
    inTransaction(undefined, async (tx) => {
      const review = await lockReview(tx, id);
      if (parseList(ZDatasets.element, review.datasets).some((d) => d.section === key))
        return invalid({ section: [R("sectionInUse")] });
      const sections = parseList(ZSections.element, review.sections);
      const removed = sections.find((s) => s.key === key);
      if (!removed) return notFound();
      await tx.annualReview.update({
        where: { id },
        data: { sections: sections.filter((s) => s.key !== key) },
        select: { id: true },
      });
      await audit(tx, actor, "update", id, { [`sections.${key}`]: [removed, null] });
      return { ok: true, id } as const;
    }),
  );
}

/** Adds or replaces a priority challenge; its innovations must be published ones. */
export async function saveChallenge(
  data: z.output<typeof ZChallengeInput>,
  actor: Actor,
): Promise<WriteResult<{ id: string; challengeId: string }, Refused>> {
  return settle(() =>
    inTransaction(undefined, async (tx) => {
      const review = await lockReview(tx, data.id);
      const linked = await linkedInnovations(tx, data.innovationIds);
      if (linked.length !== data.innovationIds.length) return invalid({ innovationIds: [R("invalidChoice")] });
      const challenges = parseList(ZChallenges.element, review.challenges);
      const challengeId =
        data.challengeId ?? freeKey(data.titleLv, new Set(challenges.map((c) => c.id)), "izaicinajums");
      const challenge: Challenge = {
        id: challengeId,
        titleLv: data.titleLv,
        titleEn: data.titleEn,
        bodyLv: data.bodyLv,
        bodyEn: data.bodyEn,
        innovationIds: data.innovationIds,
      };
      const at = challenges.findIndex((c) => c.id === challengeId);
      const next = at >= 0 ? challenges.map((c, i) => (i === at ? challenge : c)) : [...challenges, challenge];
      const byId = new Map(linked.map((i) => [i.id, i]));
      const links = data.innovationIds.map((id) => byId.get(id)!);
      await tx.annualReview.update({
        where: { id: data.id },
        data: { challenges: next, ...(await relinkSnapshot(tx, review, challengeId, links)) },
        select: { id: true },
      });
      await audit(tx, actor, "update", data.id, {
        [`challenges.${challengeId}`]: [at >= 0 ? challenges[at] : null, challenge],
      });
      return { ok: true, id: data.id, challengeId } as const;
    }),
  );
}

export async function deleteChallenge(
  id: string,
  challengeId: string,
  actor: Actor,
): Promise<WriteResult<{ id: string }, NotFound>> {
  return settle(() =>
    inTransaction(undefined, async (tx) => {
      const review = await lockReview(tx, id);
      const challenges = parseList(ZChallenges.element, review.challenges);
      const removed = challenges.find((c) => c.id === challengeId);
      if (!removed) return notFound();
      await tx.annualReview.update({
        where: { id },
        data: {
          challenges: challenges.filter((c) => c.id !== challengeId),
          ...(await relinkSnapshot(tx, review, challengeId, null)),
        },
        select: { id: true },
      });
      await audit(tx, actor, "update", id, { [`challenges.${challengeId}`]: [removed, null] });
      return { ok: true, id } as const;
    }),
  );
}

/**
 * Publishes the review and freezes its figures. Refused (beside the publish
 * button) when it is already published: a year's review is published once.
 */
export async function publishReview(
  id: string,
  actor: Actor,
  now = new Date(),
): Promise<WriteResult<{ id: string; year: number }, Refused>> {
  return settle(() =>
    db.$transaction(
      async (tx) => {
        const review = await lockReview(tx, id);
        if (review.publication === "PUBLISHED") return invalid({ publish: [R("alreadyPublished")] });
        const snapshot = await computeFigures(tx, review, now);
        await tx.annualReview.update({
          where: { id },
          data: { publication: "PUBLISHED", publishedAt: now, snapshot: snapshot as Prisma.InputJsonObject },
          select: { id: true },
        });
        await audit(tx, actor, "publish", id, {
          publication: [review.publication, "PUBLISHED"],
          snapshot: { schemaVersion: snapshot.schemaVersion, takenAt: snapshot.takenAt },
        });
        return { ok: true, id, year: review.year } as const;
      },
      { ...TX_OPTIONS, isolationLevel: Prisma.TransactionIsolationLevel.RepeatableRead },
    ),
  );
}
