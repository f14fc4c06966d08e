// Starts the production web server (scripts/server.ts: Next's handler plus brotli
// static assets) as a child process, as `npm start` runs it. Its pid is the
// server's (the primary of its web processes, which end with it), and its
// command line contains "scripts/server.ts".
import { spawn, type ChildProcess, type StdioOptions } from "node:child_process";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..", "..");

export function spawnWebServer(port: number, env: NodeJS.ProcessEnv, stdio: StdioOptions = "inherit"): ChildProcess {
  return spawn(process.execPath, ["--import", "tsx", "scripts/server.ts"], {
    cwd: root,
    stdio,
    env: { ...env, PORT: String(port) },
  });
}
