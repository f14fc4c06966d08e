// Starts `next start` or `next dev` as a child process, as `npm start` and
// `npm run dev` run them: answering browsers directly, with no proxy in front.
import { spawn, type ChildProcess, type StdioOptions } from "node:child_process";
import path from "node:path";
import { pathToFileURL } from "node:url";

const root = path.resolve(import.meta.dirname, "..", "..");
const nextBin = path.join(root, "node_modules", "next", "dist", "bin", "next");

/**
 * The environment of a web server that browsers reach directly
 * (TRUSTED_PROXY_HOPS=0): NODE_OPTIONS preloads scripts/peer-address.mjs,
 * which gives the app the socket's address (lib/auth/client-ip.ts).
 * Inherited by the processes the server forks. Behind nginx the address comes
 * from the X-Forwarded-For nginx appends to instead, and no preload is needed.
 */
function withPeerAddress(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const preload = `--import "${pathToFileURL(path.join(root, "scripts", "peer-address.mjs")).href}"`;
  return { ...env, NODE_OPTIONS: [env.NODE_OPTIONS, preload].filter(Boolean).join(" ") };
}

/**
 * `next start` (the production build) or `next dev` on `port`. Not bound with
 * -H: a hostname other than localhost makes Next 16 loop on the locale
 * rewrites (vercel/next.js#94342).
 */
export function spawnNext(
  mode: "start" | "dev",
  port: number,
  env: NodeJS.ProcessEnv,
  stdio: StdioOptions = "inherit",
): ChildProcess {
  return spawn(process.execPath, [nextBin, mode, "-p", String(port)], {
    cwd: root,
    stdio,
    env: withPeerAddress(env),
  });
}
