// What nginx (deploy/nginx/sikc.conf) adds to Next in production: static assets
// from disk as their brotli copy made at build time to browsers that accept it
// (the search page's 120 kB script budget is measured here, as nginx sends it),
// gzip or the plain file otherwise, never a file from outside .next/static; and
// pages and API answers compressed as the client accepts.
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import zlib from "node:zlib";
import { test, expect } from "@playwright/test";

type Raw = { status: number; headers: http.IncomingHttpHeaders; body: Buffer };

/** A request exactly as written: no path normalisation, no automatic decompression. */
function raw(base: string, pathname: string, headers: Record<string, string> = {}, method = "GET"): Promise<Raw> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const req = http.request({ hostname, port, path: pathname, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end();
  });
}

function decoded(res: Raw): Buffer {
  const encoding = res.headers["content-encoding"] ?? "identity";
  if (encoding === "br") return zlib.brotliDecompressSync(res.body);
  if (encoding === "gzip") return zlib.gunzipSync(res.body);
  expect(encoding).toBe("identity");
  return res.body;
}

/** The scripts a browser loads for the search page (legacy noModule ones left out). */
async function pageScripts(base: string): Promise<string[]> {
  const page = decoded(await raw(base, "/innovations")).toString("utf8");
  const scripts = [...page.matchAll(/<script([^>]*)>/g)]
    .filter((m) => !/nomodule/i.test(m[1]!))
    .map((m) => /src="([^"]+)"/.exec(m[1]!)?.[1])
    .filter((src): src is string => Boolean(src?.startsWith("/_next/static/")));
  expect(scripts.length).toBeGreaterThan(3);
  return [...new Set(scripts)];
}

// scripts/test.ts serves the portal behind nginx and says where its standalone directory is
const nginxRoot = process.env.E2E_NGINX_ROOT ?? "";

test.describe("static assets", () => {
  test.skip(!nginxRoot, `served without nginx: ${process.env.E2E_NGINX_MISSING || "E2E_NGINX_ROOT unset"}`);

  test("scripts come brotli-compressed to browsers that accept br, and decompress to the same bytes", async ({
    baseURL,
  }) => {
    const scripts = await pageScripts(baseURL!);
    let sent = 0;
    for (const script of scripts) {
      const plain = await raw(baseURL!, script, { "Accept-Encoding": "identity" });
      expect(plain.status, script).toBe(200);
      const br = await raw(baseURL!, script, { "Accept-Encoding": "gzip, deflate, br, zstd" });
      expect(br.status, script).toBe(200);
      expect(br.headers["content-encoding"], script).toBe("br");
      expect(br.headers["content-type"], script).toMatch(/^application\/javascript/);
      expect(br.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
      expect(br.headers.vary).toMatch(/accept-encoding/i);
      expect(Number(br.headers["content-length"])).toBe(br.body.length);
      expect(zlib.brotliDecompressSync(br.body).equals(plain.body), script).toBe(true);
      sent += br.body.length;
    }
    // issue 3: the search page ships at most 120 kB of compressed JavaScript
    expect(sent, `${(sent / 1024).toFixed(1)} kB of scripts sent for /innovations`).toBeLessThanOrEqual(120 * 1024);

    const head = await raw(baseURL!, scripts[0]!, { "Accept-Encoding": "br" }, "HEAD");
    expect(head.status).toBe(200);
    expect(head.headers["content-encoding"]).toBe("br");
    expect(head.body.length).toBe(0);
  });

  test("browsers without br get gzip or the plain file", async ({ baseURL }) => {
    const [script] = await pageScripts(baseURL!);
    const plain = await raw(baseURL!, script!, { "Accept-Encoding": "identity" });
    for (const acceptEncoding of ["gzip", "gzip, deflate", "br;q=0, gzip", undefined]) {
      const res = await raw(
        baseURL!,
        script!,
        acceptEncoding === undefined ? {} : { "Accept-Encoding": acceptEncoding },
      );
      expect(res.status, acceptEncoding).toBe(200);
      expect(["gzip", undefined], acceptEncoding).toContain(res.headers["content-encoding"]);
      expect(decoded(res).equals(plain.body), acceptEncoding).toBe(true);
    }
  });

  test("pages and open-data answers come brotli or gzip-compressed as accepted, and decode to the plain answer", async ({
    baseURL,
  }) => {
    for (const pathname of ["/api/v1/innovations?pageSize=50", "/en/innovations?stage=idea", "/accessibility"]) {
      const plain = await raw(baseURL!, pathname, { "Accept-Encoding": "identity" });
      expect(plain.status, pathname).toBe(200);
      expect(plain.headers["content-encoding"], pathname).toBeUndefined();
      for (const [acceptEncoding, expected] of [
        ["gzip, deflate, br, zstd", "br"],
        ["gzip, deflate", "gzip"],
      ] as const) {
        const res = await raw(baseURL!, pathname, { "Accept-Encoding": acceptEncoding });
        expect(res.headers["content-encoding"], `${pathname} ${acceptEncoding}`).toBe(expected);
        expect(res.headers.vary, pathname).toMatch(/accept-encoding/i);
        expect(res.body.length, pathname).toBeLessThan(plain.body.length / 2);
        const text = decoded(res).toString("utf8");
        if (pathname.startsWith("/api/")) expect(JSON.parse(text)).toEqual(JSON.parse(plain.body.toString("utf8")));
        else expect(text, pathname).toMatch(/^<!DOCTYPE html>[\s\S]*<\/html>$/);
      }
    }
  });

  test("a path climbing out of /_next/static is never served from outside it", async ({ baseURL }) => {
    // decoys beside .next/static and beside server.js, each with the .br and .gz siblings nginx looks for
    const dirs = [path.join(nginxRoot, ".next"), nginxRoot];
    expect(fs.existsSync(path.join(nginxRoot, "server.js")), "E2E_NGINX_ROOT is the standalone directory").toBe(true);
    const name = `e2e-decoy-${process.pid}-${Date.now()}.js`;
    const secret = `decoy ${Math.random()}`;
    const decoys = dirs.flatMap((dir) => {
      const file = path.join(dir, name);
      fs.writeFileSync(file, secret);
      fs.writeFileSync(`${file}.br`, zlib.brotliCompressSync(secret));
      fs.writeFileSync(`${file}.gz`, zlib.gzipSync(secret));
      return [file, `${file}.br`, `${file}.gz`];
    });
    const serverJs = fs.readFileSync(path.join(nginxRoot, "server.js"), "utf8");
    try {
      const attempts = [
        `/_next/static/../${name}`,
        `/_next/static/%2e%2e/${name}`,
        `/_next/static/%2E%2E%2F${name}`,
        `/_next/static/..%2f${name}`,
        `/_next/static/chunks/..%2f..%2f${name}`,
        `/_next/static/..%5c${name}`,
        `/_next/static/../../${name}`,
        `/_next/static/%2e%2e/%2e%2e/${name}`,
        `/_next/static/..%2f..%2f${name}`,
        `/_next/static/%2e%2e%2f%2e%2e%2f${name}`,
        "/_next/static/../../server.js",
        "/_next/static/%2e%2e/%2e%2e/server.js",
        "/_next/static/..%2f..%2fserver.js",
        "/_next/static/%2e%2e%2f%2e%2e%2fserver.js",
        // nginx's classic alias slip: a location without its trailing slash
        `/_next/static../${name}`,
        `/_next/static..%2f${name}`,
        `/_next/static../../server.js`,
        `/${name}`,
        "/server.js",
        "/public/../server.js",
        "/%2e%2e/server.js",
      ];
      for (const attempt of attempts) {
        for (const headers of [{ "Accept-Encoding": "br" }, { "Accept-Encoding": "gzip" }, {}] as Record<
          string,
          string
        >[]) {
          const res = await raw(baseURL!, attempt, headers);
          const body = decoded(res).toString("utf8");
          expect(res.status, attempt).not.toBe(200);
          expect(body, attempt).not.toContain(secret);
          expect(body, attempt).not.toContain(serverJs.slice(0, 60));
        }
      }
    } finally {
      for (const file of decoys) fs.rmSync(file, { force: true });
    }
  });
});
