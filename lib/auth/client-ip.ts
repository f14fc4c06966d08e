import "server-only";
import { env } from "@/lib/env";

/** Set by scripts/peer-address.mjs in a web process it was preloaded into. */
const PEER_HEADER_KEY = Symbol.for("sikc.peer-address-header");
let warned = false;

/**
 * The client's address for rate limits and the audit log, or null when it
 * cannot be known. Nothing a client sends is believed unless a proxy is
 * configured in front (TRUSTED_PROXY_HOPS):
 * - 0 (default, `npm start` answering browsers directly): the socket's
 *   address, stamped into a header of its own by scripts/peer-address.mjs;
 * - N ≥ 1: X-Forwarded-For, to which each proxy appends the address it saw;
 *   entries on the left are whatever the client sent, so the one taken is the
 *   entry written by the outermost of the N trusted proxies.
 */
export function clientIp(headers: Headers): string | null {
  const hops = env.TRUSTED_PROXY_HOPS;
  if (hops === 0) {
    const header = (globalThis as Record<symbol, unknown>)[PEER_HEADER_KEY];
    if (typeof header !== "string") {
      if (!warned) {
        warned = true;
        console.error(
          "[sikc] client addresses unknown: the web server was started without scripts/peer-address.mjs " +
            "and TRUSTED_PROXY_HOPS is 0; per-address rate limits are off",
        );
      }
      return null;
    }
    return normalise(headers.get(header));
  }
  const entries = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  return entries.length >= hops ? normalise(entries[entries.length - hops]) : null;
}

/** "::ffff:127.0.0.1" (an IPv4 client on a dual-stack socket) is 127.0.0.1: one budget per address. */
function normalise(address: string | null | undefined): string | null {
  const value = address?.trim().replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, "");
  return value ? value.slice(0, 64) : null;
}
