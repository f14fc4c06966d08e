import { env } from "@/lib/env";

/**
 * The origin absolute links in open data name: the portal's public address (PUBLIC_URL), never
 * the address a request reached a process by (behind nginx, a process's own loopback port).
 */
export const publicOrigin = (): string => new URL(env.PUBLIC_URL).origin;
