// Expiring the public data cache from a process that is not a Next server (the job worker):
// the same shared expiry the Next processes' cache handler writes (./handler.mjs), so every
// Next process reads the database again on its next request. Inside Next, use
// expirePublicData() (./public-data.ts), which also covers the process's own request.
import { db } from "@/lib/db";
import { PUBLIC_DATA, type PublicData } from "./public-data-kinds";
import { EXPIRE_TAGS_SQL } from "./tag-expiry.mjs";

export async function expirePublicDataOutsideNext(changed: readonly PublicData[] = PUBLIC_DATA): Promise<void> {
  await db.$executeRawUnsafe(EXPIRE_TAGS_SQL, [...new Set(changed)], Date.now());
}
