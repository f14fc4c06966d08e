// The production web server (`npm start`, the end-to-end tests, the benchmarks):
// Next's own request handler, except that files under /_next/static/ are sent as
// their precompressed brotli copy (scripts/compress-static.ts) to browsers that
// accept br. `next start` only gzips, which leaves the search page's scripts
// above the 120 kB budget; brotli at quality 11 brings them under it.
// Everything else is Next's answer, compressed by scripts/lib/compress-response.ts
// (brotli or gzip, in one step when the answer is ready at once). Binds like `next start` without -H
// (all interfaces; a hostname other than localhost makes Next 16 loop on the
// locale rewrites, vercel/next.js#94342).
// WEB_CONCURRENCY web processes (default one): Node runs a process's
// JavaScript on one core, and each process keeps its own search index. With
// PostgreSQL on the same 2-core machine one process serves the search page and
// API faster at 10 000 innovations (the second core is PostgreSQL's); a second
// one pays off at 100 000 or when the database runs elsewhere.
//   PORT=3000 [WEB_CONCURRENCY=2] node --import tsx scripts/server.ts
import cluster from "node:cluster";
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { env } from "../lib/env";
import { chooseEncoding, compressResponse } from "./lib/compress-response";

const port = env.PORT;
const processes = env.WEB_CONCURRENCY;

/** The first search reads the whole search index into memory (seconds at 100 000 innovations): not in a visitor's request. */
function warmSearch() {
  fetch(`http://127.0.0.1:${port}/api/v1/innovations?pageSize=1`)
    .then(
      (r) => r.arrayBuffer(),
      () => undefined,
    )
    .catch(() => undefined);
}

/**
 * Forks the web processes (the primary accepts connections and hands them
 * round-robin), replaces one that crashes after it started, and passes
 * SIGINT/SIGTERM on, exiting as `next start` does once all have finished.
 */
function runPrimary(count: number) {
  const started = new Set<number>();
  let closing = false;
  cluster.on("listening", (worker) => {
    started.add(worker.id);
    if (started.size !== count) return;
    console.log(
      `[sikc] web server ready on http://localhost:${port} (production build, ${count} processes, brotli static assets)`,
    );
    for (let i = 0; i < count; i++) warmSearch(); // one each, round-robin
  });
  cluster.on("exit", (worker, code, signal) => {
    if (closing) return;
    if (!started.has(worker.id)) {
      console.error(`[sikc] a web process failed to start (${code ?? signal}); stopping`);
      closing = true;
      for (const w of Object.values(cluster.workers ?? {})) w?.process.kill("SIGTERM");
      process.exitCode = 1;
      return;
    }
    console.error(`[sikc] web process ${worker.process.pid} exited (${code ?? signal}); starting another`);
    cluster.fork();
  });
  for (const [signal, code] of [
    ["SIGINT", 130],
    ["SIGTERM", 143],
  ] as const) {
    process.on(signal, () => {
      if (closing) return;
      closing = true;
      process.exitCode = code;
      for (const w of Object.values(cluster.workers ?? {})) w?.process.kill(signal);
      setTimeout(() => process.exit(code), 12_000).unref();
    });
  }
  for (let i = 0; i < count; i++) cluster.fork();
}

const root = path.resolve(import.meta.dirname, "..");
const staticDir = path.join(root, ".next", "static");

const CONTENT_TYPES: Record<string, string> = {
  ".js": "application/javascript; charset=utf-8",
  ".mjs": "application/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".json": "application/json; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
};

/** The .br file to send for this request, or undefined to let Next answer. */
function brotliFile(req: http.IncomingMessage): { file: string; size: number; type: string } | undefined {
  if ((req.method !== "GET" && req.method !== "HEAD") || chooseEncoding(req.headers["accept-encoding"]) !== "br")
    return undefined;
  const pathname = (req.url ?? "").split("?")[0]!;
  if (!pathname.startsWith("/_next/static/")) return undefined;
  let relative: string;
  try {
    relative = decodeURIComponent(pathname.slice("/_next/static/".length));
  } catch {
    return undefined; // malformed escapes: Next answers 400
  }
  const type = CONTENT_TYPES[path.extname(relative)];
  const file = path.resolve(staticDir, relative);
  // `..`, encoded or not, must never leave .next/static
  if (!type || relative.includes("\0") || !file.startsWith(staticDir + path.sep)) return undefined;
  try {
    const stat = fs.statSync(`${file}.br`);
    return stat.isFile() ? { file: `${file}.br`, size: stat.size, type } : undefined;
  } catch {
    return undefined;
  }
}

function sendBrotli(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  asset: { file: string; size: number; type: string },
) {
  res.writeHead(200, {
    "Content-Type": asset.type,
    "Content-Encoding": "br",
    "Content-Length": asset.size,
    "Cache-Control": "public, max-age=31536000, immutable",
    Vary: "Accept-Encoding",
    // what next.config.js's headers() adds to every response, scripts included
    "X-Content-Type-Options": "nosniff",
  });
  if (req.method === "HEAD") return void res.end();
  fs.createReadStream(asset.file)
    .on("error", () => res.destroy())
    .pipe(res);
}

/** One web process: Next's handler behind the brotli static files. */
async function serve(inCluster: boolean) {
  // before Next loads: it picks its production runtime from NODE_ENV, as `next start` sets it
  Object.assign(process.env, { NODE_ENV: "production" });
  const { default: next } = await import("next");
  const app = next({ dev: false, dir: root, port });
  await app.prepare();
  const handle = app.getRequestHandler();

  const server = http.createServer((req, res) => {
    const asset = brotliFile(req);
    if (asset) return sendBrotli(req, res, asset);
    compressResponse(req, res);
    handle(req, res).catch((error: unknown) => {
      console.error(`[sikc] ${req.method} ${req.url}:`, error);
      if (!res.headersSent) res.statusCode = 500;
      res.end();
    });
  });

  server.on("error", (error) => {
    console.error("[sikc] web server failed to start:", error);
    process.exit(1);
  });
  server.listen(port, () => {
    // as `next start` does; server actions read the origin from here
    Object.assign(process.env, { PORT: String(port), __NEXT_PRIVATE_ORIGIN: `http://localhost:${port}` });
    if (inCluster) return; // the primary says when all are ready
    console.log(`[sikc] web server ready on http://localhost:${port} (production build, brotli static assets)`);
    warmSearch();
  });

  // As `next start`: stop accepting, finish the requests in flight, exit 128 + signal.
  let closing = false;
  for (const [signal, code] of [
    ["SIGINT", 130],
    ["SIGTERM", 143],
  ] as const) {
    process.on(signal, () => {
      if (closing) return;
      closing = true;
      server.close(() => void app.close().finally(() => process.exit(code)));
      server.closeIdleConnections();
      setTimeout(() => process.exit(code), 10_000).unref();
    });
  }
}

if (cluster.isPrimary && processes > 1) runPrimary(processes);
else await serve(cluster.isWorker);
