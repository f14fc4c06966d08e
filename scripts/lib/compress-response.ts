// Response compression for the production server (scripts/server.ts), in
// place of Next's own (next.config.js: compress: false). Next compresses every
// response as a stream: each chunk goes to zlib's thread pool and comes back
// through the event loop, which on this 2-core machine cost more than the
// search itself. /api/v1/innovations at 100 000 innovations with 10 clients
// served 67 req/s gzip-streamed against 96 req/s uncompressed, and compressing
// the same 35 kB in one synchronous call takes 0.4 ms.
// So a response is held back while it is being produced: one that ends within
// HOLD_MS (and HOLD_BYTES) — every API answer and every page rendered in one
// piece — is compressed in one call and sent with its Content-Length. One
// still going after that (a page streaming a slow part) switches to a zlib
// stream flushed on every write, so what is ready still reaches the reader.
import type { IncomingMessage, ServerResponse } from "node:http";
import zlib from "node:zlib";
import Negotiator from "negotiator";

export type Encoding = "br" | "gzip" | "identity";

/** Smaller bodies are sent as they are: compression would save less than it costs. */
const MIN_BYTES = 1_024;
/** A response still unfinished this long after its first write is compressed as it streams. */
const HOLD_MS = 50;
/** ...and so is one that grows past this. */
const HOLD_BYTES = 1 << 20;
/** Brotli at 4 is about as fast as gzip at 6 and a little smaller (quality 11 is for the build's static files). */
const BROTLI_QUALITY = 4;
const COMPRESSIBLE = /^(text\/|application\/(json|javascript|xml|manifest\+json|[\w.-]+\+(json|xml))|image\/svg\+xml)/i;

/** What the client accepts, brotli before gzip; "identity" when it accepts neither (or only with q=0). */
export function chooseEncoding(acceptEncoding: string | string[] | undefined | null): Encoding {
  const header = Array.isArray(acceptEncoding) ? acceptEncoding.join(",") : (acceptEncoding ?? undefined);
  // negotiator 1.x breaks ties by the server's preference; its published types predate that option
  const negotiator = new Negotiator({ headers: { "accept-encoding": header } }) as unknown as {
    encoding(available: Encoding[], options: { preferred: Encoding[] }): string | undefined;
  };
  const chosen = negotiator.encoding(["br", "gzip", "identity"], { preferred: ["br", "gzip", "identity"] });
  return chosen === "br" || chosen === "gzip" ? chosen : "identity";
}

const compressSync = (encoding: "br" | "gzip", body: Buffer) =>
  encoding === "br"
    ? zlib.brotliCompressSync(body, {
        params: {
          [zlib.constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY,
          [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length,
        },
      })
    : zlib.gzipSync(body);

const compressStream = (encoding: "br" | "gzip") =>
  encoding === "br"
    ? zlib.createBrotliCompress({ params: { [zlib.constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY } })
    : zlib.createGzip();

type Chunk = string | Buffer | Uint8Array;
const toBuffer = (chunk: Chunk, encoding?: BufferEncoding) =>
  typeof chunk === "string"
    ? Buffer.from(chunk, encoding ?? "utf8")
    : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);

function addVary(res: ServerResponse) {
  const vary = res.getHeader("vary");
  const list = (Array.isArray(vary) ? vary.join(",") : String(vary ?? ""))
    .split(",")
    .map((v) => v.trim())
    .filter(Boolean);
  if (!list.some((v) => v === "*" || v.toLowerCase() === "accept-encoding"))
    res.setHeader("Vary", [...list, "Accept-Encoding"].join(", "));
}

/** Worth compressing: a compressible type, a body allowed, not encoded already. */
function compressible(res: ServerResponse): boolean {
  const status = res.statusCode;
  if (status === 204 || status === 304 || (status >= 100 && status < 200)) return false;
  if (res.getHeader("content-encoding")) return false;
  if (/\bno-transform\b/i.test(String(res.getHeader("cache-control") ?? ""))) return false;
  return COMPRESSIBLE.test(String(res.getHeader("content-type") ?? ""));
}

/**
 * Compresses what the handler writes to `res` as the request accepts. Call
 * before the handler writes anything; it uses res.setHeader/statusCode,
 * write and end (as Next does), and writeHead with an object of headers.
 */
export function compressResponse(req: IncomingMessage, res: ServerResponse): void {
  if (req.method === "HEAD") return;
  const encoding = chooseEncoding(req.headers["accept-encoding"]);
  const write = res.write.bind(res) as (chunk: Chunk, cb?: () => void) => boolean;
  const end = res.end.bind(res) as (chunk?: Chunk, cb?: () => void) => ServerResponse;
  const writeHead = res.writeHead.bind(res);

  let held: Buffer[] | null = [];
  let heldBytes = 0;
  let timer: NodeJS.Timeout | undefined;
  /** Set once the hold ends by time or size: the rest goes through this stream (or straight out when null). */
  let stream: zlib.Gzip | zlib.BrotliCompress | null = null;

  const sendHeld = (): Buffer => {
    const body = held!.length === 1 ? held![0]! : Buffer.concat(held!, heldBytes);
    held = null;
    clearTimeout(timer);
    return body;
  };

  /** The hold ends before the response does: stream from here on. */
  const startStreaming = () => {
    if (held === null) return;
    const body = sendHeld();
    if (encoding !== "identity" && !res.headersSent && compressible(res)) {
      res.removeHeader("content-length");
      res.setHeader("Content-Encoding", encoding);
      addVary(res);
      stream = compressStream(encoding);
      stream.on("data", (chunk: Buffer) => write(chunk));
      stream.on("end", () => end());
      stream.on("error", () => res.destroy());
      stream.write(body);
      stream.flush();
    } else {
      if (!res.headersSent && COMPRESSIBLE.test(String(res.getHeader("content-type") ?? ""))) addVary(res);
      write(body);
    }
  };

  // Next sends the headers as its first chunk is ready; held, they go with the body.
  const flushHeaders = res.flushHeaders.bind(res);
  res.flushHeaders = () => {
    if (held === null) flushHeaders();
  };

  res.writeHead = ((status: number, ...rest: unknown[]) => {
    const headers = rest.find((r) => r && typeof r === "object");
    const passOn = () => (writeHead as (...a: unknown[]) => ServerResponse)(status, ...rest);
    if (held !== null && Array.isArray(headers)) {
      // raw header pairs: sent as given, and the body uncompressed after them
      const body = sendHeld();
      const result = passOn();
      if (body.length) write(body);
      return result;
    }
    if (held === null) return passOn();
    // Record status and headers on res; they go out with the body.
    res.statusCode = status;
    const message = rest.find((r) => typeof r === "string");
    if (typeof message === "string") res.statusMessage = message;
    if (headers)
      for (const [name, value] of Object.entries(headers))
        if (value !== undefined) res.setHeader(name, value as string);
    return res;
  }) as typeof res.writeHead;

  res.write = ((chunk: Chunk, encodingOrCb?: BufferEncoding | (() => void), cb?: () => void) => {
    const callback = typeof encodingOrCb === "function" ? encodingOrCb : cb;
    const bytes = toBuffer(chunk, typeof encodingOrCb === "string" ? encodingOrCb : undefined);
    if (held !== null) {
      held.push(bytes);
      heldBytes += bytes.length;
      if (heldBytes > HOLD_BYTES) startStreaming();
      else if (!timer) timer = setTimeout(startStreaming, HOLD_MS);
      callback?.();
      return true;
    }
    if (stream) {
      stream.write(bytes);
      stream.flush(); // a streamed page's part reaches the reader when written
      callback?.();
      return true;
    }
    return write(bytes, callback);
  }) as typeof res.write;

  res.end = ((chunk?: Chunk | (() => void), encodingOrCb?: BufferEncoding | (() => void), cb?: () => void) => {
    const callback = [chunk, encodingOrCb, cb].find((a) => typeof a === "function") as (() => void) | undefined;
    const last =
      chunk !== undefined && typeof chunk !== "function"
        ? toBuffer(chunk, typeof encodingOrCb === "string" ? encodingOrCb : undefined)
        : null;
    if (held !== null) {
      if (last) {
        held.push(last);
        heldBytes += last.length;
      }
      const body = sendHeld();
      if (encoding !== "identity" && body.length >= MIN_BYTES && !res.headersSent && compressible(res)) {
        const compressed = compressSync(encoding, body);
        res.setHeader("Content-Encoding", encoding);
        res.setHeader("Content-Length", compressed.length);
        addVary(res);
        return end(compressed, callback);
      }
      if (!res.headersSent) {
        if (COMPRESSIBLE.test(String(res.getHeader("content-type") ?? ""))) addVary(res);
        if (!res.hasHeader("content-length") && body.length > 0) res.setHeader("Content-Length", body.length);
      }
      return end(body.length ? body : undefined, callback);
    }
    if (stream) {
      if (last) stream.write(last);
      if (callback) res.once("finish", callback);
      stream.end();
      return res;
    }
    return end(last ?? undefined, callback);
  }) as typeof res.end;

  res.on("close", () => clearTimeout(timer));
}
