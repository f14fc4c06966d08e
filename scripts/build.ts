// `npm run build`: the production build, as Next's standalone output
// (.next/standalone/server.js with the files it needs), completed the way Next's
// documentation says a standalone deployment must be: the build's static files
// and public/ copied beside server.js. nginx (deploy/) serves those copies
// itself, so each text file also gets a gzip and a brotli copy made once here
// (gzip_static, brotli_static) instead of being compressed on every request.
// `next start` (`npm start`) serves the same build.
//   npx tsx scripts/build.ts [--if-stale]
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import zlib from "node:zlib";

const root = path.resolve(import.meta.dirname, "..");
const nextBin = path.join(root, "node_modules", "next", "dist", "bin", "next");

/** Everything a build depends on; a change to any of them makes the build stale. */
const SOURCES = ["app", "components", "lib", "messages", "public", "proxy.ts", "next.config.js", "package-lock.json"];

/** The newest modification time under `entry` (relative to `base`), directories included. */
export function newestSource(entry: string, base = root): number {
  const full = path.join(base, entry);
  if (!fs.existsSync(full)) return 0;
  const stat = fs.statSync(full);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...fs.readdirSync(full).map((e) => newestSource(path.join(entry, e), base)));
}

/** The directory nginx and `node server.js` serve from (server.js, .next/static, public). */
export const standaloneDir = path.join(root, ".next", "standalone");

function isStale(): boolean {
  const buildId = path.join(root, ".next", "BUILD_ID");
  if (!fs.existsSync(buildId) || !fs.existsSync(path.join(standaloneDir, "server.js"))) return true;
  return Math.max(...SOURCES.map((s) => newestSource(s))) > fs.statSync(buildId).mtimeMs;
}

const COMPRESSIBLE = /\.(js|mjs|css|svg|json|txt|map|xml|webmanifest)$/;

function* compressible(dir: string): Generator<string> {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* compressible(full);
    else if (COMPRESSIBLE.test(entry.name)) yield full;
  }
}

/** Writes `<file>.gz` (level 9) and `<file>.br` (quality 11) beside every text file under dir. */
async function precompress(dir: string): Promise<number> {
  let count = 0;
  if (!fs.existsSync(dir)) return count;
  for (const file of [...compressible(dir)]) {
    const size = fs.statSync(file).size;
    await pipeline(fs.createReadStream(file), zlib.createGzip({ level: 9 }), fs.createWriteStream(`${file}.gz`));
    const brotli = zlib.createBrotliCompress({
      params: {
        [zlib.constants.BROTLI_PARAM_QUALITY]: 11,
        [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
        [zlib.constants.BROTLI_PARAM_SIZE_HINT]: size,
      },
    });
    await pipeline(fs.createReadStream(file), brotli, fs.createWriteStream(`${file}.br`));
    count++;
  }
  return count;
}

/**
 * Completes a standalone build as Next's documentation says: the build's static files and
 * public/ copied beside server.js (in `appDir`), each text file with its .gz and .br copy.
 */
export async function assembleStandalone(projectDir: string, appDir: string): Promise<number> {
  const copies: [string, string][] = [
    [path.join(projectDir, ".next", "static"), path.join(appDir, ".next", "static")],
    [path.join(projectDir, "public"), path.join(appDir, "public")],
  ];
  let compressed = 0;
  for (const [from, to] of copies) {
    if (!fs.existsSync(from)) continue;
    fs.rmSync(to, { recursive: true, force: true });
    fs.cpSync(from, to, { recursive: true });
    compressed += await precompress(to);
  }
  return compressed;
}

/** `next build` with standalone output, then assembleStandalone(). */
export async function build(log: (line: string) => void = console.log, env: NodeJS.ProcessEnv = process.env) {
  const result = spawnSync(process.execPath, [nextBin, "build"], {
    cwd: root,
    stdio: "inherit",
    env: { ...env, BUILD_STANDALONE: "1" },
  });
  if (result.status !== 0) throw new Error("next build failed");
  const compressed = await assembleStandalone(root, standaloneDir);
  log(`standalone build ready in ${path.relative(root, standaloneDir)} (${compressed} files with .gz and .br copies)`);
}

/** Builds only when there is no build yet or a source changed since the last one. */
export async function buildIfStale(log: (line: string) => void = console.log, env?: NodeJS.ProcessEnv) {
  if (!isStale()) return;
  log(
    fs.existsSync(path.join(root, ".next", "BUILD_ID"))
      ? "sources changed since the last build: building"
      : "building the portal (first start)",
  );
  await build(log, env);
}

if (import.meta.filename === path.resolve(process.argv[1] ?? "")) {
  await (process.argv.includes("--if-stale") ? buildIfStale() : build());
}
