// The production topology on loopback: Next's standalone server (one or more
// processes) behind nginx with deploy/nginx/sikc.conf, the file production
// includes. The benchmarks, the end-to-end tests and `npm run start:nginx`
// start it; stop() ends every process it started.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { freePort } from "../../tests/support/test-postgres";

const root = path.resolve(import.meta.dirname, "..", "..");
const NGINX = "/usr/sbin/nginx";
const MODULES = ["ngx_http_brotli_filter_module.so", "ngx_http_brotli_static_module.so"];
const MODULE_DIR = "/usr/lib/nginx/modules";

export const NGINX_INSTALL = "apt-get install -y nginx libnginx-mod-http-brotli-filter libnginx-mod-http-brotli-static";

/** Why nginx cannot run here (with the command that fixes it), or undefined when it can. */
export function nginxMissing(): string | undefined {
  if (!fs.existsSync(NGINX)) return `nginx is not installed (${NGINX}): ${NGINX_INSTALL}`;
  const missing = MODULES.filter((m) => !fs.existsSync(path.join(MODULE_DIR, m)));
  if (missing.length) return `nginx lacks the brotli modules (${missing.join(", ")}): ${NGINX_INSTALL}`;
  return undefined;
}

/**
 * How the standalone server must bind behind nginx (deploy/systemd/sikc-web@.service sets the
 * same): on loopback, named "localhost" — any other name, 127.0.0.1 included, makes Next 16 turn
 * next-intl's rewrites into self-redirects (vercel/next.js#94342) — resolved to 127.0.0.1, the
 * address in nginx's upstream, even where /etc/hosts lists ::1 first.
 */
const BACKEND_ENV = { HOSTNAME: "localhost", NODE_OPTIONS: "--dns-result-order=ipv4first" };

export type TopologyOptions = {
  /** The standalone directory: server.js (or serverJs), .next/static, public/. */
  standalone: string;
  /** server.js relative to standalone (a project below the tracing root has it deeper). */
  serverJs?: string;
  processes?: number;
  /** nginx's port on 127.0.0.1 (a free one when unset). */
  port?: number;
  /** Environment of the Next processes (PORT and HOSTNAME are set here). */
  env: NodeJS.ProcessEnv;
  /** A path that answers 200 once a process can serve. */
  readyPath: string;
  /** Where Next's output goes ("ignore" in benchmarks). */
  stdio?: "inherit" | "ignore";
  /** nginx's access log (off by default: it would be the benchmarks' largest disk write). */
  accessLog?: boolean;
};

export type Topology = {
  /** nginx's address, http://localhost:<port>. */
  url: string;
  /** The Next processes' own addresses, behind nginx. */
  backends: string[];
  /** Every process started, with a word of its command line (scripts/lib/processes.ts). */
  processes: { pid: number; marker: string }[];
  stop: () => Promise<void>;
};

export async function waitForHttp(url: string, timeoutMs = 60_000, exited?: () => string | undefined) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const status = await fetch(url, { redirect: "manual" }).then(
      async (res) => (await res.arrayBuffer(), res.status),
      () => 0,
    );
    if (status === 200) return;
    const why = exited?.();
    if (why) throw new Error(`${url}: ${why}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not answer 200 within ${timeoutMs / 1000} s`);
}

function nginxConfig(o: { dir: string; port: number; backends: number[]; standalone: string; accessLog: boolean }) {
  // As root, workers run as root too: the checkout may sit in a directory only root can read.
  const user = process.getuid?.() === 0 ? "user root;" : "";
  const temp = ["client_body", "proxy", "fastcgi", "uwsgi", "scgi"]
    .map((t) => `  ${t}_temp_path ${path.join(o.dir, t)};`)
    .join("\n");
  return `# written by scripts/lib/topology.ts: Debian's main nginx.conf, reduced to what the portal needs
${user}
worker_processes auto;
pid ${path.join(o.dir, "nginx.pid")};
error_log ${path.join(o.dir, "error.log")} warn;
${MODULES.map((m) => `load_module ${path.join(MODULE_DIR, m)};`).join("\n")}
events { worker_connections 1024; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  sendfile on;
  tcp_nopush on;
  access_log ${o.accessLog ? path.join(o.dir, "access.log") : "off"};
${temp}
  upstream sikc_web {
${o.backends.map((p) => `    server 127.0.0.1:${p};`).join("\n")}
    least_conn;
    keepalive 32;
    keepalive_timeout 4s;
  }
  server {
    listen 127.0.0.1:${o.port};
    server_name localhost;
    root ${o.standalone};
    include ${path.join(root, "deploy", "nginx", "sikc.conf")};
  }
}
`;
}

export async function startTopology(options: TopologyOptions): Promise<Topology> {
  const why = nginxMissing();
  if (why) throw new Error(why);
  const serverJs = path.join(options.standalone, options.serverJs ?? "server.js");
  if (!fs.existsSync(serverJs)) throw new Error(`no standalone build at ${serverJs}`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sikc-nginx-"));
  const children: ChildProcess[] = [];
  const stop = async () => {
    await Promise.all(
      children.map(
        (child) =>
          new Promise<void>((resolve) => {
            if (child.exitCode !== null || child.signalCode !== null) return resolve();
            child.once("exit", () => resolve());
            child.kill("SIGTERM");
          }),
      ),
    );
    fs.rmSync(dir, { recursive: true, force: true });
  };
  try {
    const ports: number[] = [];
    for (let i = 0; i < (options.processes ?? 1); i++) {
      const port = await freePort();
      const child = spawn(process.execPath, [serverJs], {
        cwd: path.dirname(serverJs),
        env: { ...options.env, ...BACKEND_ENV, NODE_ENV: "production", PORT: String(port) },
        stdio: ["ignore", options.stdio ?? "inherit", "inherit"],
      });
      children.push(child);
      ports.push(port);
    }
    const exitedWith = (child: ChildProcess) => () =>
      child.exitCode !== null || child.signalCode !== null
        ? `exited (${child.exitCode ?? child.signalCode})`
        : undefined;
    await Promise.all(
      ports.map((port, i) =>
        waitForHttp(`http://127.0.0.1:${port}${options.readyPath}`, 90_000, exitedWith(children[i]!)),
      ),
    );

    const port = options.port ?? (await freePort());
    const conf = path.join(dir, "nginx.conf");
    const errorLog = path.join(dir, "error.log");
    fs.writeFileSync(
      conf,
      nginxConfig({
        dir,
        port,
        backends: ports,
        standalone: options.standalone,
        accessLog: options.accessLog ?? false,
      }),
    );
    const check = spawnSync(NGINX, ["-t", "-q", "-p", dir, "-e", errorLog, "-c", conf], { encoding: "utf8" });
    if (check.status !== 0) throw new Error(`nginx refused ${conf}:\n${check.stderr}`);
    const nginx = spawn(NGINX, ["-p", dir, "-e", errorLog, "-c", conf, "-g", "daemon off;"], {
      stdio: ["ignore", "ignore", "inherit"],
    });
    children.push(nginx);
    const url = `http://localhost:${port}`;
    await waitForHttp(`http://127.0.0.1:${port}${options.readyPath}`, 30_000, exitedWith(nginx));
    return {
      url,
      backends: ports.map((p) => `http://127.0.0.1:${p}`),
      processes: children.map((c, i) => ({ pid: c.pid!, marker: i < ports.length ? "next-server" : "nginx" })),
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
