// The SQL of the public data cache's shared tag expiry (table "CacheTagExpiry"), in one place
// for the Next processes' cache handler (./handler.mjs) and for writers outside Next (the job
// worker's CSV import, ./expire-outside-next.ts). Plain JavaScript: the handler is loaded by
// Next at run time, outside the compiled application.

/** $1 text[] of tags, $2 the moment (epoch ms) they expire; a later expiry is never moved back. */
export const EXPIRE_TAGS_SQL = `INSERT INTO "CacheTagExpiry" (tag, "expiredAt")
  SELECT unnest($1::text[]), $2::float8
  ON CONFLICT (tag) DO UPDATE SET "expiredAt" = greatest("CacheTagExpiry"."expiredAt", EXCLUDED."expiredAt")`;

/** $1 text[] of tags: the latest moment (epoch ms) any of them expired, 0 when none ever did. */
export const LATEST_EXPIRY_SQL = `SELECT coalesce(max("expiredAt"), 0)::float8 AS at
  FROM "CacheTagExpiry" WHERE tag = ANY($1::text[])`;
