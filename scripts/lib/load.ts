// HTTP load for the benchmarks: autocannon (as a library), 10 connections for
// 10 s after a 2 s warm-up, asking as a browser does (`Accept-Encoding: br,
// gzip`). Every figure is printed beside a floor measured in the same run:
// the bare Next.js app under bench/floor-app (scripts/lib/floor-app.ts), so
// that a ratio, not a drifting absolute number, says how the portal does on
// whatever the shared machine is doing at the time.
import autocannon from "autocannon";

const CONNECTIONS = 10;
const DURATION_S = 10;
const WARMUP_S = 2;

export type Load = {
  label: string;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  requests: number;
};

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

/**
 * Loads `base` with the given paths (each connection walks the list in turn) and
 * throws unless every answer had `status` (and at most one in a thousand requests
 * met a socket error), so a benchmark never times error pages.
 */
export async function measure(label: string, base: string, paths: string[], status = 200): Promise<Load> {
  const options = {
    url: base,
    connections: CONNECTIONS,
    headers: { "accept-encoding": "br, gzip" },
    requests: paths.map((path) => ({ method: "GET" as const, path })),
  };
  // warm-up: compiled routes, query plans, caches
  await autocannon({ ...options, duration: WARMUP_S });
  const times: number[] = [];
  const statuses = new Map<number, number>();
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ ...options, duration: DURATION_S }, (error, done) =>
      error ? reject(error) : resolve(done),
    );
    instance.on("response", (_client, code, _bytes, ms) => {
      times.push(ms);
      statuses.set(code, (statuses.get(code) ?? 0) + 1);
    });
  });
  const wrong = [...statuses].filter(([code]) => code !== status);
  // a connection reset as autocannon closes its sockets at the end is not the server failing;
  // more than one request in a thousand is
  const errors = result.errors > times.length / 1000;
  if (result.errors) console.log(`${label}: ${result.errors} socket errors in ${times.length} answers`);
  if (errors || result.timeouts || wrong.length || !times.length)
    throw new Error(
      `${label}: expected HTTP ${status} only; got ${JSON.stringify(Object.fromEntries(statuses))}, ${result.errors} errors, ${result.timeouts} timeouts (${base}${paths[0]})`,
    );
  times.sort((a, b) => a - b);
  return {
    label,
    rps: times.length / DURATION_S,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
    requests: times.length,
  };
}

/** The mean of two runs of the same floor (one before the portal, one after). */
export const meanLoad = (a: Load, b: Load): Load => ({
  label: a.label,
  rps: (a.rps + b.rps) / 2,
  p50: (a.p50 + b.p50) / 2,
  p95: (a.p95 + b.p95) / 2,
  p99: (a.p99 + b.p99) / 2,
  requests: a.requests + b.requests,
});

export type Row = Load & {
  /** The floor this figure is read against. */
  floor: Load;
  /** What the issue asks, e.g. "≥ 70% req/s"; checked by `met`. */
  target?: { text: string; met: (row: Load, floor: Load) => boolean };
};

const ratio = (a: number, b: number) => `${Math.round((a / b) * 100)}%`;

/** One line per figure: req/s and latency, the floor's, and the ratios (req/s share, p95 multiple). */
export function printTable(title: string, rows: Row[]) {
  const head = ["", "req/s", "p50 ms", "p95 ms", "p99 ms", "floor", "req/s vs floor", "p95 vs floor", "target"];
  const lines = rows.map((r) => [
    r.label,
    r.rps.toFixed(0),
    r.p50.toFixed(0),
    r.p95.toFixed(0),
    r.p99.toFixed(0),
    r.label === r.floor.label ? "(floor)" : r.floor.label,
    ratio(r.rps, r.floor.rps),
    `${(r.p95 / r.floor.p95).toFixed(2)}×`,
    r.target ? `${r.target.text}: ${r.target.met(r, r.floor) ? "met" : "NOT met"}` : "",
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const fmt = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ");
  console.log(`\n${title}\n${fmt(head)}\n${lines.map(fmt).join("\n")}`);
}

/** The figures as JSON for bench/results/. */
export const summary = (rows: Row[]) =>
  rows.map((r) => ({
    label: r.label,
    rps: Math.round(r.rps),
    p50: r.p50,
    p95: r.p95,
    p99: r.p99,
    floor: r.floor.label,
    rpsVsFloor: Math.round((r.rps / r.floor.rps) * 100) / 100,
    p95VsFloor: Math.round((r.p95 / r.floor.p95) * 100) / 100,
    target: r.target ? { text: r.target.text, met: r.target.met(r, r.floor) } : undefined,
  }));
