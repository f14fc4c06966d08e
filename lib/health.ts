import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { getSearchStatus } from "@/lib/search";
import { searchQueueStatus, searchWordForms } from "@/lib/search/sync";
import packageJson from "@/package.json";

export type HealthReport = {
  status: "ok" | "degraded" | "down";
  database: { ok: boolean; latencyMs: number; error?: string };
  search: {
    engine: "meilisearch" | "postgres";
    ok: boolean;
    /** Searches are answered by PostgreSQL because Meilisearch failed. */
    fallback?: boolean;
    error?: string;
    /** Index updates queued for the worker and not yet applied (search.index, search.settings). */
    indexPending?: number;
    /** How Latvian words are matched: the Hunspell dictionary, or simple + unaccent when its files are missing. */
    wordForms?: "hunspell" | "simple";
  };
  version: string;
};

const DATABASE_TIMEOUT_MS = 2000;
const SEARCH_TIMEOUT_MS = 1500;

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

const codeOf = (value: unknown): string | undefined =>
  typeof value === "object" && value !== null && "code" in value && typeof value.code === "string"
    ? value.code
    : undefined;

// Only the first line: driver errors can carry connection details further down.
// Adapter errors may have an empty message, so fall back to their code or name.
function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error).slice(0, 200);
  const firstLine = error.message.split("\n")[0]?.trim();
  return (firstLine || codeOf(error.cause) || codeOf(error) || error.name).slice(0, 200);
}

async function checkDatabase(): Promise<HealthReport["database"]> {
  const started = performance.now();
  try {
    await withTimeout(db.$queryRaw`SELECT 1`, DATABASE_TIMEOUT_MS, "database");
    return { ok: true, latencyMs: Math.round(performance.now() - started) };
  } catch (error) {
    return { ok: false, latencyMs: Math.round(performance.now() - started), error: describe(error) };
  }
}

async function checkMeilisearch(url: string): Promise<HealthReport["search"]> {
  try {
    const response = await fetch(`${url.replace(/\/+$/, "")}/health`, {
      signal: AbortSignal.timeout(SEARCH_TIMEOUT_MS),
      cache: "no-store",
    });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return { engine: "meilisearch", ok: true };
  } catch (error) {
    // Reads fall back to PostgreSQL full-text search, so the portal still works.
    return { engine: "meilisearch", ok: false, fallback: true, error: describe(error) };
  }
}

async function searchDetails(): Promise<Pick<HealthReport["search"], "indexPending" | "wordForms">> {
  try {
    const [queue, wordForms] = await withTimeout(
      Promise.all([searchQueueStatus(db), searchWordForms(db)]),
      DATABASE_TIMEOUT_MS,
      "search queue",
    );
    return { indexPending: queue.pending, wordForms };
  } catch {
    return {};
  }
}

export async function checkHealth(): Promise<HealthReport> {
  const meiliUrl = env.MEILI_URL;
  const [database, meili, details] = await Promise.all([
    checkDatabase(),
    meiliUrl ? checkMeilisearch(meiliUrl) : Promise.resolve(null),
    searchDetails(),
  ]);
  let search: HealthReport["search"] = meili ?? { engine: "postgres", ok: database.ok };
  // A reachable server can still have failed this process's recent searches.
  const recent = getSearchStatus();
  if (search.engine === "meilisearch" && search.ok && recent.fallbackActive) {
    search = { ...search, ok: false, fallback: true, error: recent.lastError ?? undefined };
  }
  search = { ...search, ...details };
  const status = !database.ok ? "down" : search.ok ? "ok" : "degraded";
  return { status, database, search, version: packageJson.version };
}
