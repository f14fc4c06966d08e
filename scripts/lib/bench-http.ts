// Closed-loop HTTP load for the benchmarks: `concurrency` clients on this
// machine, each asking for the next URL of the list as soon as it has read
// its previous answer (the way 10 people clicking through the portal load it),
// after a sequential warm-up on the first 20 URLs (compiled routes, query
// plans, caches). Throws on an answer `accept` refuses, so a benchmark never
// times error pages by accident.

export type LoadResult = {
  /** Milliseconds to the response headers (first byte), per request. */
  first: number[];
  /** Milliseconds to the whole body, per request. */
  total: number[];
  /** Requests per second over the loaded part. */
  rps: number;
};

const WARM = 20;

export async function closedLoop(
  urls: string[],
  concurrency: number,
  accept: (status: number, body: string) => boolean = (status) => status === 200,
): Promise<LoadResult> {
  const timed = async (url: string) => {
    const started = performance.now();
    const res = await fetch(url, { redirect: "manual" });
    const first = performance.now() - started;
    const body = await res.text();
    if (!accept(res.status, body)) throw new Error(`HTTP ${res.status} for ${url}: ${body.slice(0, 200)}`);
    return { first, total: performance.now() - started };
  };
  for (const url of urls.slice(0, WARM)) await timed(url);
  const first: number[] = [];
  const total: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < urls.length) {
        const m = await timed(urls[next++]!);
        first.push(m.first);
        total.push(m.total);
      }
    }),
  );
  return { first, total, rps: urls.length / ((performance.now() - started) / 1000) };
}

/** The p-th percentile (nearest rank), to 0.1 ms. */
export function percentile(ms: number[], p: number): number {
  const sorted = [...ms].sort((a, b) => a - b);
  return Math.round(sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]! * 10) / 10;
}
