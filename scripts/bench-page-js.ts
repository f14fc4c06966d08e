// Prints the JavaScript a page makes the browser load: per script and in total,
// raw, gzip -9 and brotli sizes computed here, and the bytes the server really
// sends to a browser that accepts `br, gzip` (with the encoding it chose),
// against the search page's budget of 120 kB transferred.
//   npx tsx scripts/bench-page-js.ts http://localhost:3000/innovations [more URLs]
import http from "node:http";
import https from "node:https";
import zlib from "node:zlib";

const BUDGET = 120 * 1024;
const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;

/** GET as a browser would: the bytes on the wire (not decompressed) and their encoding. */
function fetchWire(url: string): Promise<{ wire: Buffer; encoding: string }> {
  const get = url.startsWith("https:") ? https.get : http.get;
  return new Promise((resolve, reject) => {
    get(url, { headers: { "Accept-Encoding": "br, gzip" } }, (res) => {
      if (res.statusCode !== 200) return reject(new Error(`HTTP ${res.statusCode} for ${url}`));
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () =>
        resolve({ wire: Buffer.concat(chunks), encoding: String(res.headers["content-encoding"] ?? "identity") }),
      );
      res.on("error", reject);
    }).on("error", reject);
  });
}

function decode(wire: Buffer, encoding: string): Buffer {
  if (encoding === "br") return zlib.brotliDecompressSync(wire);
  if (encoding === "gzip") return zlib.gunzipSync(wire);
  if (encoding === "identity") return wire;
  throw new Error(`unexpected Content-Encoding ${encoding}`);
}

async function measure(url: string) {
  const html = await (await fetch(url)).text();
  // noModule scripts are legacy polyfills that current browsers never download
  const scripts = [...html.matchAll(/<script([^>]*)>/g)]
    .filter((m) => !/nomodule/i.test(m[1]!))
    .map((m) => /src="([^"]+)"/.exec(m[1]!)?.[1])
    .filter((src): src is string => Boolean(src))
    .map((src) => new URL(src, url).toString());
  const total = { raw: 0, gzip: 0, brotli: 0, sent: 0 };
  const encodings = new Set<string>();
  const rows: string[] = [];
  for (const src of new Set(scripts)) {
    const { wire, encoding } = await fetchWire(src);
    const body = decode(wire, encoding);
    const row = {
      raw: body.length,
      gzip: zlib.gzipSync(body, { level: 9 }).length,
      brotli: zlib.brotliCompressSync(body).length,
      sent: wire.length,
    };
    for (const key of Object.keys(total) as (keyof typeof total)[]) total[key] += row[key];
    encodings.add(encoding);
    const name = new URL(src).pathname.split("/").pop()!;
    rows.push(
      `    ${name.padEnd(28)} ${kb(row.raw).padStart(9)} ${kb(row.gzip).padStart(9)} ${kb(row.brotli).padStart(9)} ${kb(row.sent).padStart(9)} ${encoding}`,
    );
  }
  const verdict =
    total.sent <= BUDGET
      ? `within the ${kb(BUDGET)} budget`
      : `OVER the ${kb(BUDGET)} budget by ${kb(total.sent - BUDGET)}`;
  console.log(`${url}
  ${new Set(scripts).size} scripts: ${kb(total.raw)} raw, ${kb(total.gzip)} gzip, ${kb(total.brotli)} brotli; transferred ${kb(total.sent)} (${[...encodings].join(", ")})
    ${"script".padEnd(28)} ${"raw".padStart(9)} ${"gzip -9".padStart(9)} ${"brotli".padStart(9)} ${"sent".padStart(9)} encoding
${rows.join("\n")}
  transferred ${kb(total.sent)}: ${verdict}`);
}

for (const url of process.argv.slice(2)) await measure(url);
