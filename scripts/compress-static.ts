// After `next build`: writes a brotli copy (`<file>.br`, quality 11) next to every
// text asset under .next/static, which scripts/server.ts sends to browsers that
// accept br. `next start` itself only gzips, on the fly and at a lower level.
//   npx tsx scripts/compress-static.ts [project dir]
import fs from "node:fs";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import zlib from "node:zlib";

const COMPRESSIBLE = /\.(js|mjs|css|svg|json|txt)$/;

function* assets(dir: string): Generator<string> {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* assets(full);
    else if (COMPRESSIBLE.test(entry.name)) yield full;
  }
}

/** Compresses what is missing or older than its source; returns how many files were written. */
export async function compressStatic(root: string): Promise<{ written: number; skipped: number }> {
  const staticDir = path.join(root, ".next", "static");
  let written = 0;
  let skipped = 0;
  if (!fs.existsSync(staticDir)) return { written, skipped };
  for (const file of assets(staticDir)) {
    const target = `${file}.br`;
    const source = fs.statSync(file);
    if (fs.existsSync(target) && fs.statSync(target).mtimeMs >= source.mtimeMs) {
      skipped++;
      continue;
    }
    const brotli = zlib.createBrotliCompress({
      params: {
        [zlib.constants.BROTLI_PARAM_QUALITY]: 11,
        [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
        [zlib.constants.BROTLI_PARAM_SIZE_HINT]: source.size,
      },
    });
    // written under a temporary name first, so the server never sends half a file
    const partial = `${target}.${process.pid}.tmp`;
    await pipeline(fs.createReadStream(file), brotli, fs.createWriteStream(partial));
    fs.renameSync(partial, target);
    written++;
  }
  return { written, skipped };
}

if (import.meta.filename === path.resolve(process.argv[1] ?? "")) {
  const root = path.resolve(process.argv[2] ?? path.join(import.meta.dirname, ".."));
  const started = performance.now();
  const { written, skipped } = await compressStatic(root);
  console.log(
    `[sikc] brotli: ${written} static assets compressed, ${skipped} up to date (${Math.round(performance.now() - started)} ms)`,
  );
}
