import "server-only";
import { db } from "@/lib/db";
import type { EngineName, SearchEngine, SearchQuery, SearchResult } from "./engine";
import { createConfiguredEngine } from "./factory";
import { createPostgresEngine } from "./postgres";
import { suggestSpelling } from "./suggest";

export type SearchStatus = {
  /** The engine configured (MEILI_URL set → meilisearch). */
  configured: EngineName;
  /** The engine that answered the most recent search. */
  inUse: EngineName;
  fallbackActive: boolean;
  lastError: string | null;
  lastErrorAt: string | null;
};

/** After a failure, Meilisearch is skipped this long so each search doesn't wait for a timeout. */
const RETRY_AFTER_MS = 30_000;

const globalForSearch = globalThis as unknown as {
  sikcSearch?: { engine: SearchEngine; postgres: SearchEngine; status: SearchStatus; retryAt: number };
};

function state() {
  if (!globalForSearch.sikcSearch) {
    const engine = createConfiguredEngine(db);
    globalForSearch.sikcSearch = {
      engine,
      postgres: engine.name === "postgres" ? engine : createPostgresEngine(db),
      status: {
        configured: engine.name,
        inUse: engine.name,
        fallbackActive: false,
        lastError: null,
        lastErrorAt: null,
      },
      retryAt: 0,
    };
  }
  return globalForSearch.sikcSearch;
}

export function getSearchStatus(): SearchStatus {
  return { ...state().status };
}

const describe = (error: unknown) =>
  (error instanceof Error ? error.message : String(error)).split("\n")[0]?.slice(0, 200) ?? "unknown error";

/** Searches the configured engine; if Meilisearch fails, PostgreSQL answers and the status says so. */
export async function search(query: SearchQuery): Promise<SearchResult> {
  const s = state();
  if (s.engine.name === "postgres") return s.engine.search(query);
  if (Date.now() >= s.retryAt) {
    try {
      const result = await s.engine.search(query);
      s.status = { ...s.status, inUse: s.engine.name, fallbackActive: false };
      return result;
    } catch (error) {
      s.retryAt = Date.now() + RETRY_AFTER_MS;
      s.status = {
        ...s.status,
        fallbackActive: true,
        lastError: describe(error),
        lastErrorAt: new Date().toISOString(),
      };
      console.error(`search: ${s.engine.name} failed, falling back to PostgreSQL: ${describe(error)}`);
    }
  }
  s.status = { ...s.status, inUse: "postgres", fallbackActive: true };
  return s.postgres.search(query);
}

/**
 * When a query found nothing: a spelling the search knows (from its word
 * list), if the corrected query finds something with the same filters.
 */
export async function didYouMean(query: SearchQuery): Promise<{ q: string; total: number } | null> {
  const suggestion = await suggestSpelling(db, query.q);
  if (!suggestion || suggestion === query.q) return null;
  const { total } = await search({ ...query, q: suggestion, page: 1, pageSize: 1 });
  return total > 0 ? { q: suggestion, total } : null;
}
