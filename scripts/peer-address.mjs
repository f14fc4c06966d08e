// Preloaded into every web server process (`node --import ./scripts/peer-address.mjs`,
// see scripts/lib/web-server.ts). Next keeps an X-Forwarded-For header that a
// client sent itself, and fills it with the socket's address only when it is
// missing, so a server without a proxy in front cannot tell a forged header
// from a real one. This writes the socket's address into a header of its own
// before Next sees the request, replacing whatever a client sent under that
// name; lib/auth/client-ip.ts reads it when TRUSTED_PROXY_HOPS is 0, and only
// when this module marked the process as preloaded.
// It also answers TRACE with 405 (nginx does the same in front of
// the standalone build): Next builds a fetch Request for every request, which
// cannot carry those methods, and answered them with a 500.
import http from "node:http";

const HEADER = "x-sikc-peer-address";
const REFUSED_METHODS = new Set(["TRACE"]);
const emit = http.Server.prototype.emit;

http.Server.prototype.emit = function emitWithPeerAddress(event, ...args) {
  if (event === "request") {
    const [request, response] = args;
    if (REFUSED_METHODS.has(request.method)) {
      response.writeHead(405, { Allow: "GET, HEAD, POST, OPTIONS", "Content-Type": "text/plain; charset=utf-8" });
      response.end("405: method not allowed\n");
      return true;
    }
    request.headers[HEADER] = request.socket?.remoteAddress ?? "";
  }
  return emit.call(this, event, ...args);
};

globalThis[Symbol.for("sikc.peer-address-header")] = HEADER;
