// The production server's response compression, against a real HTTP server
// on a free port and Node's own zlib on the client side.
import http from "node:http";
import type { AddressInfo } from "node:net";
import zlib from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chooseEncoding, compressResponse } from "@/scripts/lib/compress-response";

const json = JSON.stringify({
  data: Array.from({ length: 300 }, (_, i) => ({ slug: `inovacija-${i}`, title: `Sociālā inovācija ${i}` })),
});

/** Routes like the ones Next produces: whole answers, a slow stream, an already encoded body. */
const server = http.createServer((req, res) => {
  compressResponse(req, res);
  if (req.url === "/json") {
    res.setHeader("Content-Type", "application/json");
    res.end(json);
  } else if (req.url === "/small") {
    res.writeHead(400, { "Content-Type": "application/json" });
    res.end('{"error":"page"}');
  } else if (req.url === "/chunks") {
    // as Next writes a page: headers flushed, then several chunks, then end
    res.statusCode = 200;
    res.setHeader("Content-Type", "text/html; charset=utf-8");
    res.flushHeaders();
    for (let i = 0; i < 5; i++) res.write(`<p>${"ā".repeat(500)} ${i}</p>`);
    res.end();
  } else if (req.url === "/slow") {
    res.setHeader("Content-Type", "text/html; charset=utf-8");
    res.flushHeaders();
    res.write(`<!DOCTYPE html><p>${"first ".repeat(400)}</p>`);
    setTimeout(() => res.end(`<p>${"second ".repeat(400)}</p>`), 400);
  } else if (req.url === "/raw-head") {
    res.writeHead(200, ["Content-Type", "application/json", "X-Raw", "yes"]);
    res.end(json);
  } else if (req.url === "/image") {
    res.setHeader("Content-Type", "image/png");
    res.end(Buffer.alloc(5000, 7));
  } else if (req.url === "/encoded") {
    res.setHeader("Content-Type", "application/json");
    res.setHeader("Content-Encoding", "gzip");
    res.end(zlib.gzipSync(json));
  } else {
    res.statusCode = 304;
    res.end();
  }
});
let base = "";
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

type Got = { status: number; headers: http.IncomingHttpHeaders; body: Buffer; firstChunkAt: number; endAt: number };
/** A raw request (Node's http does not decode), with when the first body bytes arrived. */
function get(path: string, acceptEncoding?: string, method = "GET"): Promise<Got> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const req = http.request(
      `${base}${path}`,
      { method, headers: acceptEncoding ? { "accept-encoding": acceptEncoding } : {} },
      (res) => {
        const chunks: Buffer[] = [];
        let firstChunkAt = -1;
        res.on("data", (c: Buffer) => {
          if (firstChunkAt < 0) firstChunkAt = performance.now() - started;
          chunks.push(c);
        });
        res.on("end", () =>
          resolve({
            status: res.statusCode!,
            headers: res.headers,
            body: Buffer.concat(chunks),
            firstChunkAt,
            endAt: performance.now() - started,
          }),
        );
      },
    );
    req.on("error", reject);
    req.end();
  });
}

const decode = (got: Got) =>
  got.headers["content-encoding"] === "br"
    ? zlib.brotliDecompressSync(got.body)
    : got.headers["content-encoding"] === "gzip"
      ? zlib.gunzipSync(got.body)
      : got.body;

describe("Accept-Encoding negotiation", () => {
  it.each([
    ["gzip, deflate, br, zstd", "br"], // a browser: brotli wins the tie
    ["gzip, deflate", "gzip"],
    ["br;q=0.5, gzip", "gzip"], // the client's weights come first
    ["gzip;q=0, br;q=0", "identity"],
    ["deflate", "identity"],
    ["", "identity"],
    [undefined, "identity"],
    ["*", "br"],
  ] as const)("%j → %s", (header, expected) => {
    expect(chooseEncoding(header)).toBe(expected);
  });
});

describe("compressed responses", () => {
  it.each(["br", "gzip"])(
    "a whole JSON answer goes out %s-encoded in one piece, with its length, and decodes to the same bytes",
    async (encoding) => {
      const got = await get("/json", encoding);
      expect(got.status).toBe(200);
      expect(got.headers["content-encoding"]).toBe(encoding);
      expect(got.headers.vary).toMatch(/accept-encoding/i);
      expect(Number(got.headers["content-length"])).toBe(got.body.length);
      expect(got.body.length).toBeLessThan(Buffer.byteLength(json) / 4);
      expect(decode(got).toString("utf8")).toBe(json);
    },
  );

  it("a page written in chunks after flushing its headers still arrives whole and compressed", async () => {
    const got = await get("/chunks", "gzip, br");
    expect(got.headers["content-encoding"]).toBe("br");
    expect(decode(got).toString("utf8")).toBe(
      Array.from({ length: 5 }, (_, i) => `<p>${"ā".repeat(500)} ${i}</p>`).join(""),
    );
  });

  it("a response still streaming after the hold is compressed as it streams: its first part arrives before the rest is written", async () => {
    const got = await get("/slow", "gzip");
    expect(got.headers["content-encoding"]).toBe("gzip");
    expect(got.headers["content-length"]).toBeUndefined();
    expect(got.firstChunkAt).toBeLessThan(300);
    expect(got.endAt).toBeGreaterThanOrEqual(390);
    expect(decode(got).toString("utf8")).toBe(
      `<!DOCTYPE html><p>${"first ".repeat(400)}</p><p>${"second ".repeat(400)}</p>`,
    );
  });

  it("sends the plain body to a client that accepts no compression", async () => {
    const got = await get("/json");
    expect(got.headers["content-encoding"]).toBeUndefined();
    expect(got.headers.vary).toMatch(/accept-encoding/i);
    expect(got.body.toString("utf8")).toBe(json);
  });

  it("leaves small answers, images, already encoded bodies, raw header lists, 304 and HEAD alone", async () => {
    const small = await get("/small", "br");
    expect([small.status, small.headers["content-encoding"], small.body.toString()]).toEqual([
      400,
      undefined,
      '{"error":"page"}',
    ]);
    const image = await get("/image", "br");
    expect([image.headers["content-encoding"], image.body.length]).toEqual([undefined, 5000]);
    const encoded = await get("/encoded", "br");
    expect(encoded.headers["content-encoding"]).toBe("gzip");
    expect(zlib.gunzipSync(encoded.body).toString()).toBe(json);
    const raw = await get("/raw-head", "br");
    expect([raw.headers["content-encoding"], raw.headers["x-raw"], raw.body.toString("utf8")]).toEqual([
      undefined,
      "yes",
      json,
    ]);
    const notModified = await get("/other", "br");
    expect([notModified.status, notModified.headers["content-encoding"], notModified.body.length]).toEqual([
      304,
      undefined,
      0,
    ]);
    const head = await get("/json", "br", "HEAD");
    expect([head.headers["content-encoding"], head.body.length]).toEqual([undefined, 0]);
  });
});
