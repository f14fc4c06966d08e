// The client address behind rate limits and the audit log: a header a client
// wrote itself is never believed unless a proxy is configured in front.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it, vi } from "vitest";

async function clientIpWith(hops: string | undefined) {
  vi.resetModules();
  if (hops === undefined) vi.stubEnv("TRUSTED_PROXY_HOPS", "");
  else vi.stubEnv("TRUSTED_PROXY_HOPS", hops);
  return (await import("@/lib/auth/client-ip")).clientIp;
}

/** What a server preloaded with scripts/peer-address.mjs hands the app for one request with `headers`. */
async function receivedHeaders(headers: Record<string, string>): Promise<Headers> {
  await import("@/scripts/peer-address.mjs");
  const server = http.createServer((req, res) => res.end(JSON.stringify(req.headers)));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  try {
    const { port } = server.address() as AddressInfo;
    const body = await (await fetch(`http://127.0.0.1:${port}/`, { headers })).json();
    return new Headers(body as Record<string, string>);
  } finally {
    server.close();
  }
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("clientIp", () => {
  it("takes the socket's address by default, whatever X-Forwarded-For a client sends", async () => {
    const clientIp = await clientIpWith(undefined);
    const headers = await receivedHeaders({
      "x-forwarded-for": "203.0.113.9",
      "x-real-ip": "203.0.113.10",
      "x-sikc-peer-address": "203.0.113.11",
    });
    expect(clientIp(headers)).toBe("127.0.0.1");
  });

  it("believes no header at all when the server was started without the preload", async () => {
    const clientIp = await clientIpWith("0");
    delete (globalThis as Record<symbol, unknown>)[Symbol.for("sikc.peer-address-header")];
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    expect(clientIp(new Headers({ "x-forwarded-for": "203.0.113.9", "x-sikc-peer-address": "203.0.113.9" }))).toBe(
      null,
    );
  });

  it("behind N proxies takes the address the outermost one appended", async () => {
    const forged = new Headers({ "x-forwarded-for": "203.0.113.9, 198.51.100.7" });
    expect((await clientIpWith("1"))(forged)).toBe("198.51.100.7");
    expect((await clientIpWith("2"))(forged)).toBe("203.0.113.9");
    const behindOne = new Headers({ "x-forwarded-for": "forged, 198.51.100.7, 10.0.0.2" });
    expect((await clientIpWith("2"))(behindOne)).toBe("198.51.100.7");
    // fewer entries than trusted proxies: the request did not come through them
    expect((await clientIpWith("2"))(new Headers({ "x-forwarded-for": "198.51.100.7" }))).toBe(null);
  });

  it("counts an IPv4 client on a dual-stack socket as its IPv4 address", async () => {
    const clientIp = await clientIpWith("1");
    expect(clientIp(new Headers({ "x-forwarded-for": "::ffff:198.51.100.7" }))).toBe("198.51.100.7");
  });
});

describe("scripts/peer-address.mjs", () => {
  it("answers TRACE with 405 before the app sees it (Next answered 500; Node's parser refuses TRACK itself)", async () => {
    await import("@/scripts/peer-address.mjs");
    let reached = 0;
    const server = http.createServer((_req, res) => (reached++, res.end("app")));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const { port } = server.address() as AddressInfo;
      for (const method of ["TRACE"]) {
        const status = await new Promise<number>((resolve, reject) =>
          http
            .request({ port, host: "127.0.0.1", method, path: "/" }, (res) => (res.resume(), resolve(res.statusCode!)))
            .on("error", reject)
            .end(),
        );
        expect(status, method).toBe(405);
      }
      expect(reached).toBe(0);
      expect((await fetch(`http://127.0.0.1:${port}/`)).status).toBe(200);
      expect(reached).toBe(1);
    } finally {
      server.close();
    }
  });
});
