// The public pages' data, served from Next's data cache and expired by tag.
//
// Public pages are rendered per request (each carries its own CSP nonce, lib/security/csp.ts),
// so what is cached is what they read: a read wrapped in cachedRead() runs once and is then
// answered from the cache (lib/cache/handler.mjs, shared tag expiry across processes) until a
// write expires one of the kinds of data it reads. Writes name what they changed in their
// action's `expires` (runFormAction, lib/forms/action.ts, calls expirePublicData() after the
// transaction has committed); a staff write that names nothing expires everything.
//
// What depends on the clock (a funding call's status) is cached per "funding moment": the
// Riga date and the next instant any published call opens or closes (fundingMoment()), so a
// call closing at 14:00 leaves the cached pages at 14:00, and every page turns at Riga midnight.
import "server-only";
import { revalidateTag, unstable_cache, updateTag } from "next/cache";
import { cache } from "react";
import superjson from "superjson";
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { utc } from "@/lib/funding/public-sql";
import { toRiga } from "@/lib/time/riga";
import { PUBLIC_DATA, type PublicData } from "./public-data-kinds";

export { PUBLIC_DATA, type PublicData } from "./public-data-kinds";

/**
 * A bound on staleness for changes that bypass the portal's write paths (a database
 * console, a script): every cached read is read again at most this long after it was stored.
 */
const SAFETY_NET_SECONDS = 900;

// Next's data cache keeps JSON; superjson keeps what the reads return (dates, maps, decimals).
superjson.registerCustom<Prisma.Decimal, string>(
  {
    isApplicable: (value): value is Prisma.Decimal => Prisma.Decimal.isDecimal(value),
    serialize: (value) => value.toString(),
    deserialize: (value) => new Prisma.Decimal(value),
  },
  "prisma.decimal",
);

/** One answer of Next's data cache, kept as superjson under `key` until one of `reads` expires. */
function stored<R>(key: string[], reads: readonly PublicData[], compute: () => Promise<R>): Promise<R> {
  const read = unstable_cache(async () => superjson.stringify(await compute()), ["public", ...key], {
    tags: [...reads],
    revalidate: SAFETY_NET_SECONDS,
  });
  return read().then((text) => superjson.parse<R>(text));
}

/**
 * `load` answered from Next's data cache, under `name` and its arguments (which must be
 * JSON: strings, numbers, plain objects), until a write expires one of `reads`.
 * Within one request, repeated calls with the same arguments share one answer.
 */
export function cachedRead<A extends unknown[], R>(
  name: string,
  reads: readonly PublicData[],
  load: (...args: A) => Promise<R>,
): (...args: A) => Promise<R> {
  return cache((...args: A) => stored([name, JSON.stringify(args)], reads, () => load(...args)));
}

/** Where funding calls stand: the same answer for every moment until `key` changes. */
type FundingMoment = { key: string };

/**
 * The Riga date and the next instant (after `now`) at which a published call opens or
 * closes: no call changes status between two moments with the same key. Two indexed
 * look-ups ((publication, opensAt), (publication, closesAt)); rolling calls' rounds end at
 * Riga midnights, which the date covers.
 */
const fundingMoment = cache(async (now: Date): Promise<FundingMoment> => {
  const [next] = await db.$queryRaw<{ at: Date | null }[]>`
    SELECT least(
      (SELECT min("opensAt") FROM "FundingCall" WHERE "publication" = 'PUBLISHED' AND "opensAt" > ${utc(now)}),
      (SELECT min("closesAt") FROM "FundingCall" WHERE "publication" = 'PUBLISHED' AND "closesAt" >= ${utc(now)})
    ) AS at`;
  return { key: `${toRiga(now).date}/${next?.at?.toISOString() ?? "none"}` };
});

/**
 * A read that depends on the clock through funding calls' status: cached per funding
 * moment (the answer is the same for every instant of one), so it is read again when a call
 * opens or closes, at Riga midnight, and when a write expires one of `reads` ("funding" is
 * always among them). The first reader's clock is the one the load runs with.
 */
export function cachedAtMoment<A extends unknown[], R>(
  name: string,
  reads: readonly PublicData[],
  load: (now: Date, ...args: A) => Promise<R>,
): (now: Date, ...args: A) => Promise<R> {
  const tags = [...new Set<PublicData>([...reads, "funding"])];
  return async (now, ...args) => {
    const moment = await fundingMoment(now);
    return stored([name, moment.key, JSON.stringify(args)], tags, () => load(now, ...args));
  };
}

/**
 * Expires the cached reads of these kinds of data in every Next process, at once: the next
 * request reads the database again. From a server action (read-your-own-writes: the page the
 * action redirects to is fresh) or a route handler.
 */
export function expirePublicData(...changed: readonly PublicData[]): void {
  for (const tag of new Set(changed)) {
    try {
      updateTag(tag);
    } catch {
      // route handlers may not call updateTag; revalidateTag with no grace period is the same there
      revalidateTag(tag, { expire: 0 });
    }
  }
}

/** Every kind: for writes that touch many (an import, a staff write that names nothing). */
export const expireAllPublicData = (): void => expirePublicData(...PUBLIC_DATA);
