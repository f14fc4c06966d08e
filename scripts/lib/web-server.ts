// Starts the production web server (scripts/server.ts: Next's handler plus brotli
// static assets) as a child process, as `npm start` runs it. Its pid is the
// server's (the primary of its web processes, which end with it), and its
// command line contains "scripts/server.ts".
import { spawn, type ChildProcess, type StdioOptions } from "node:child_process";
import path from "node:path";
import { pathToFileURL } from "node:url";

const root = path.resolve(import.meta.dirname, "..", "..");

/**
 * The environment of a web server process (next start, next dev, scripts/server.ts):
 * NODE_OPTIONS preloads scripts/peer-address.mjs, which gives the app the
 * socket's address (lib/auth/client-ip.ts). Inherited by the processes the server forks.
 */
export function withPeerAddress(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const preload = `--import "${pathToFileURL(path.join(root, "scripts", "peer-address.mjs")).href}"`;
  return { ...env, NODE_OPTIONS: [env.NODE_OPTIONS, preload].filter(Boolean).join(" ") };
}

export function spawnWebServer(port: number, env: NodeJS.ProcessEnv, stdio: StdioOptions = "inherit"): ChildProcess {
  return spawn(process.execPath, ["--import", "tsx", "scripts/server.ts"], {
    cwd: root,
    stdio,
    env: withPeerAddress({ ...env, PORT: String(port) }),
  });
}
