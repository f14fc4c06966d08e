// Prints the compressed size of the JavaScript a page makes the browser load.
//   npx tsx scripts/bench-page-js.ts http://localhost:3000/innovations [more URLs]
import zlib from "node:zlib";

async function measure(url: string) {
  const html = await (await fetch(url)).text();
  // noModule scripts are legacy polyfills that current browsers never download
  const scripts = [...html.matchAll(/<script([^>]*)>/g)]
    .filter((m) => !/nomodule/i.test(m[1]!))
    .map((m) => /src="([^"]+)"/.exec(m[1]!)?.[1])
    .filter((src): src is string => Boolean(src))
    .map((src) => new URL(src, url).toString());
  let gzip = 0;
  let brotli = 0;
  let raw = 0;
  for (const src of new Set(scripts)) {
    const body = Buffer.from(await (await fetch(src)).arrayBuffer());
    raw += body.length;
    gzip += zlib.gzipSync(body, { level: 9 }).length;
    brotli += zlib.brotliCompressSync(body).length;
  }
  const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;
  console.log(`${url}\n  ${new Set(scripts).size} scripts: ${kb(raw)} raw, ${kb(gzip)} gzip, ${kb(brotli)} brotli`);
}

for (const url of process.argv.slice(2)) await measure(url);
