import "server-only";
import { db } from "@/lib/db";
import { openCallWhere } from "./open-calls";

export type PortalStats = {
  innovations: number;
  organisations: number;
  resources: number;
  openCalls: number;
};

/** The headline numbers on the home page; always live, never cached. */
export async function getPortalStats(now: Date = new Date()): Promise<PortalStats> {
  const [innovations, organisations, resources, openCalls] = await Promise.all([
    db.innovation.count({ where: { publication: "PUBLISHED" } }),
    db.organisation.count({ where: { publication: "PUBLISHED" } }),
    db.resource.count({ where: { publication: "PUBLISHED" } }),
    db.fundingCall.count({ where: openCallWhere(now) }),
  ]);
  return { innovations, organisations, resources, openCalls };
}
