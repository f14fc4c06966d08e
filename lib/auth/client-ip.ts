import "server-only";
import { env } from "@/lib/env";

/**
 * The client's address for rate limits and the audit log. X-Forwarded-For is
 * appended to by each proxy, so entries on the left are whatever the client
 * sent; we take the one written by the outermost trusted proxy. Next's own
 * server fills the header with the socket address when no proxy set it.
 */
export function clientIp(headers: Headers): string | null {
  const forwarded = headers.get("x-forwarded-for");
  if (forwarded) {
    const hops = forwarded
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean);
    const ip = hops[Math.max(0, hops.length - env.TRUSTED_PROXY_HOPS)];
    if (ip) return ip.slice(0, 64);
  }
  return headers.get("x-real-ip")?.trim().slice(0, 64) || null;
}
