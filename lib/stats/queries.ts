import "server-only";
import { cachedAtMoment } from "@/lib/cache/public-data";
import { db } from "@/lib/db";
import { openCallWhere } from "./open-calls";

export type PortalStats = {
  innovations: number;
  organisations: number;
  resources: number;
  openCalls: number;
};

/** The headline numbers on the home page, from the cache until a record is published or a call opens or closes. */
export const getPortalStats = (now: Date = new Date()): Promise<PortalStats> => cachedPortalStats(now);

const cachedPortalStats = cachedAtMoment(
  "portal-stats",
  ["innovations", "organisations", "resources"],
  loadPortalStats,
);

async function loadPortalStats(now: Date): Promise<PortalStats> {
  const [innovations, organisations, resources, openCalls] = await Promise.all([
    db.innovation.count({ where: { publication: "PUBLISHED" } }),
    db.organisation.count({ where: { publication: "PUBLISHED" } }),
    db.resource.count({ where: { publication: "PUBLISHED" } }),
    db.fundingCall.count({ where: openCallWhere(now) }),
  ]);
  return { innovations, organisations, resources, openCalls };
}
