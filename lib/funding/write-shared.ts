// What the funding write layers (programmes-write.ts, calls-write.ts) share:
// the slug choice, the audit entry and the write options. They are the only
// code that creates, changes, publishes or deletes funding programmes and
// calls. Each call is ONE transaction (the caller's when `tx` is given)
// writing the row and its audit entry (changed fields before → after). Not a
// server action file: nothing here checks permissions; lib/funding/actions.ts
// does, before calling in.
import "server-only";
import { type Prisma } from "@/generated/prisma/client";
import { uniqueSlug } from "@/lib/admin/slug";
import { writeAudit } from "@/lib/audit/write";
import { E } from "@/lib/catalog/fields";
import { Invalid, type Actor } from "@/lib/catalog/write-kit";
import type { Tx } from "@/lib/db";

export type WriteOptions = { tx?: Tx };

export type Entity = "FundingProgramme" | "FundingCall";

export async function chooseSlug(
  tx: Tx,
  entity: Entity,
  wanted: string | undefined,
  titleLv: string,
  exceptId?: string,
): Promise<string> {
  const table = entity === "FundingProgramme" ? tx.fundingProgramme : tx.fundingCall;
  const not = exceptId ? { id: { not: exceptId } } : {};
  if (wanted) {
    const clash = await (table as typeof tx.fundingCall).findFirst({
      where: { slug: wanted, ...not },
      select: { id: true },
    });
    if (clash) throw new Invalid({ slug: [E("slugTaken")] });
    return wanted;
  }
  return uniqueSlug(tx, {
    entity,
    source: titleLv,
    fallback: entity === "FundingProgramme" ? "programma" : "konkurss",
    taken: async (base) =>
      (
        await (table as typeof tx.fundingCall).findMany({
          where: { slug: { startsWith: base }, ...not },
          select: { slug: true },
        })
      ).map((r) => r.slug),
  });
}

export const audit = (
  tx: Tx,
  actor: Actor,
  action: "create" | "update" | "delete" | "publish" | "unpublish" | "archive",
  entityType: Entity,
  entityId: string,
  changes: Prisma.InputJsonValue,
) =>
  writeAudit(
    { action, entityType, entityId, actorId: actor.id, actorEmail: actor.email ?? null, ip: actor.ip ?? null, changes },
    tx,
  );
