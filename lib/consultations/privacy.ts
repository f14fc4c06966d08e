// GDPR operations on requesters' data. Anonymising keeps the statistical
// columns (topics, stage, theme, region, organisation type, format, status,
// dates) so the annual review still counts every request, and replaces or
// drops everything that could identify a person.
import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { subMonths } from "date-fns";
import { z } from "zod";
import { assertCanManage, type Actor } from "./staff-guard";
import { TX_OPTIONS, type Tx } from "@/lib/db";
import { CLOSED_STATUSES } from "./statuses";

export const ANONYMISED = { name: "—", email: "anonymised@invalid", description: "[anonymised]" } as const;

const ZEmail = z.string().trim().toLowerCase().pipe(z.email());

/** Anonymises the given requests in one go; events keep only their kind and status change. */
async function anonymise(tx: Tx, ids: string[], now: Date): Promise<number> {
  if (ids.length === 0) return 0;
  // notes, replies and referral notes may quote the person: bodies and data go
  await tx.$executeRaw`UPDATE "ConsultationEvent" SET "body" = NULL, "data" = NULL WHERE "requestId" = ANY(${ids})`;
  await tx.referral.updateMany({ where: { requestId: { in: ids } }, data: { note: null } });
  const { count } = await tx.consultationRequest.updateMany({
    where: { id: { in: ids } },
    data: {
      name: ANONYMISED.name,
      email: ANONYMISED.email,
      phone: null,
      organisationName: null,
      description: ANONYMISED.description,
      newsletterConsent: false,
      anonymisedAt: now,
      tokenVersion: { increment: 1 },
    },
  });
  await tx.consultationEvent.createMany({
    data: ids.map((requestId) => ({ requestId, kind: "anonymised", internal: true, createdAt: now })),
  });
  return count;
}

/** The retention job: closed requests whose closedAt is older than CONSULTATION_RETENTION_MONTHS. */
export async function anonymiseExpiredRequests(
  now = new Date(),
  months = env.CONSULTATION_RETENTION_MONTHS,
): Promise<number> {
  const cutoff = subMonths(now, months);
  return db.$transaction(async (tx) => {
    const due = await tx.consultationRequest.findMany({
      where: { anonymisedAt: null, status: { in: [...CLOSED_STATUSES] }, closedAt: { lt: cutoff } },
      select: { id: true },
      take: 1000,
    });
    return anonymise(
      tx,
      due.map((r) => r.id),
      now,
    );
  }, TX_OPTIONS);
}

/** Art. 15/20: everything held about one e-mail address, as plain JSON. */
export async function exportRequesterData(actor: Actor, email: string) {
  assertCanManage(actor);
  const address = ZEmail.parse(email);
  return db.$transaction(async (tx) => {
    const requests = await tx.consultationRequest.findMany({
      where: { email: address },
      orderBy: { createdAt: "asc" },
      include: {
        slot: { select: { startsAt: true, durationMin: true, format: true, location: true, meetingUrl: true } },
        // internal events (notes, assignments) are staff working papers, never shown to the requester
        events: { where: { internal: false }, orderBy: { createdAt: "asc" }, omit: { authorId: true, internal: true } },
        referrals: { include: { organisation: { select: { nameLv: true, nameEn: true } } } },
      },
    });
    await tx.auditLog.create({
      data: {
        actorId: actor.id,
        action: "export",
        entityType: "ConsultationRequester",
        entityId: null,
        changes: { requests: requests.length },
      },
    });
    return {
      exportedAt: new Date().toISOString(),
      email: address,
      requests: JSON.parse(JSON.stringify(requests)) as unknown,
    };
  }, TX_OPTIONS);
}

/** Art. 17: anonymise every request of an address now, whatever its status; open bookings are cancelled and their slots freed. */
export async function eraseRequesterData(
  actor: Actor,
  email: string,
  now = new Date(),
): Promise<{ erased: number; cancelled: number }> {
  assertCanManage(actor);
  const address = ZEmail.parse(email);
  return db.$transaction(async (tx) => {
    const requests = await tx.consultationRequest.findMany({
      where: { email: address },
      select: { id: true, status: true },
    });
    const open = requests.filter((r) => !(CLOSED_STATUSES as readonly string[]).includes(r.status));
    for (const r of open) {
      await tx.consultationRequest.update({
        where: { id: r.id },
        data: { status: "CANCELLED", closedAt: now, slotId: null },
      });
      await tx.consultationEvent.create({
        data: {
          requestId: r.id,
          kind: "cancelled",
          fromStatus: r.status,
          toStatus: "CANCELLED",
          internal: true,
          createdAt: now,
        },
      });
    }
    const erased = await anonymise(
      tx,
      requests.map((r) => r.id),
      now,
    );
    // the audit entry must not re-store the address it erased
    await tx.auditLog.create({
      data: {
        actorId: actor.id,
        action: "erase",
        entityType: "ConsultationRequester",
        changes: { requests: erased, cancelled: open.length },
      },
    });
    return { erased, cancelled: open.length };
  }, TX_OPTIONS);
}
