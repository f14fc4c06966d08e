// Next.js's data cache handler for the portal (next.config.js `cacheHandler`).
//
// Public pages read their data through `unstable_cache` with tags (lib/cache/public-data.ts),
// and staff writes expire those tags (`updateTag`). Next's own handler keeps the expirations
// in the memory of the process that handled the write; production runs several Next
// processes behind nginx (deploy/), so a record unpublished through one process would stay
// on the pages another one serves. This handler keeps the entries in each process's memory,
// as Next's does, but the tags' expiry times in PostgreSQL (table "CacheTagExpiry"), which
// every process asks before it answers from its memory: an expired tag reaches every
// process at once, and survives restarts.
//
// Plain JavaScript: Next loads it at run time, outside the compiled application.
import pg from "pg";
import { EXPIRE_TAGS_SQL, LATEST_EXPIRY_SQL } from "./tag-expiry.mjs";

/**
 * What one process keeps, in characters of the stored JSON (about as many bytes): the least
 * recently used entries go first. A page's data is 2–60 kB; the browse views of the finders
 * make the number of entries open-ended.
 */
const MAX_SIZE = 64 * 1024 * 1024;
let size = 0;

/**
 * An entry is stored when its read ends, but it holds what the database had when the read
 * began. A tag expired less than this long before the entry was stored may have been expired
 * while the read was under way, so such an entry is not trusted (it is read again). Longer
 * than any public read takes.
 */
const READ_WINDOW_MS = 5000;

/** @type {pg.Pool | undefined} */
let pool;
/** The portal's database; null (nothing is cached) when a process was started without DATABASE_URL. */
function database() {
  const url = process.env.DATABASE_URL;
  if (!url) return null;
  if (!pool) {
    pool = new pg.Pool({ connectionString: url, max: 2, idleTimeoutMillis: 30_000 });
    // an idle connection the server closed (a restart): the next query opens another
    pool.on("error", (error) => console.error("cache handler: connection lost", error.message));
  }
  return pool;
}

/** @type {Map<string, { value: unknown; lastModified: number; tags: string[]; size: number }>} */
const entries = new Map();

function remove(key) {
  const entry = entries.get(key);
  if (!entry) return;
  entries.delete(key);
  size -= entry.size;
}

const now = () => performance.timeOrigin + performance.now();

/** The latest expiry among these tags (epoch ms), or 0 when none was ever expired. */
async function expiredAt(tags) {
  if (tags.length === 0) return 0;
  const { rows } = await /** @type {pg.Pool} */ (database()).query(LATEST_EXPIRY_SQL, [tags]);
  return rows[0].at;
}

export default class SharedTagCache {
  async get(key, ctx = {}) {
    const entry = entries.get(key);
    if (!entry) return null;
    const tags = [...new Set([...entry.tags, ...(ctx.tags ?? []), ...(ctx.softTags ?? [])])];
    let expired;
    try {
      expired = await expiredAt(tags);
    } catch (error) {
      // without the expiry times nothing cached can be trusted: read the database
      console.error("cache handler: tag expiry unreadable", error instanceof Error ? error.message : error);
      return null;
    }
    if (expired >= entry.lastModified - READ_WINDOW_MS) {
      remove(key);
      return null;
    }
    // most recently used last
    entries.delete(key);
    entries.set(key, entry);
    return { lastModified: entry.lastModified, value: entry.value };
  }

  async set(key, data, ctx = {}) {
    remove(key);
    if (!data || !database()) return;
    const body = data.data?.body;
    const entrySize = key.length + (typeof body === "string" ? body.length : 1024);
    entries.set(key, { value: data, lastModified: now(), tags: ctx.tags ?? data.tags ?? [], size: entrySize });
    size += entrySize;
    while (size > MAX_SIZE && entries.size > 1) remove(entries.keys().next().value);
  }

  /**
   * Expires the tags for every process. With durations (revalidateTag's stale-while-revalidate
   * profiles), at now + expire; updateTag and revalidateTag(tag, { expire: 0 }) at once.
   */
  async revalidateTag(tags, durations) {
    const list = typeof tags === "string" ? [tags] : [...tags];
    if (list.length === 0) return;
    const at = now() + (durations?.expire ?? 0) * 1000;
    await database()?.query(EXPIRE_TAGS_SQL, [list, at]);
    if (at > now()) return;
    for (const [key, entry] of entries) if (entry.tags.some((tag) => list.includes(tag))) remove(key);
  }

  resetRequestCache() {}
}

/** Closes the pool (tests; Next never unloads the handler). */
export async function closeCacheDatabase() {
  await pool?.end();
  pool = undefined;
}
