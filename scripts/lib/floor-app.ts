// The framework's floor: bench/floor-app, a bare Next.js app on the portal's
// own next and react, built once (again only when its files or the lockfile
// change; the build stays in bench/floor-app/.next, untracked) and served like
// the portal, standalone behind deploy/'s nginx.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { assembleStandalone, newestSource } from "../build";
import { startTopology, type Topology } from "./topology";

const root = path.resolve(import.meta.dirname, "..", "..");
const dir = path.join(root, "bench", "floor-app");
// the app sits below the tracing root (the repository), and so does its server.js
const appDir = path.join(dir, ".next", "standalone", "bench", "floor-app");

function isStale(): boolean {
  const buildId = path.join(dir, ".next", "BUILD_ID");
  if (!fs.existsSync(buildId) || !fs.existsSync(path.join(appDir, "server.js"))) return true;
  const sources = Math.max(
    newestSource("app", dir),
    newestSource("next.config.mjs", dir),
    newestSource("package-lock.json", root),
  );
  return sources > fs.statSync(buildId).mtimeMs;
}

export async function startFloorApp(): Promise<Topology> {
  if (isStale()) {
    console.log("building the floor app (bench/floor-app), once");
    const nextBin = path.join(root, "node_modules", "next", "dist", "bin", "next");
    const result = spawnSync(process.execPath, [nextBin, "build", dir], {
      cwd: root,
      stdio: ["ignore", "ignore", "inherit"],
    });
    if (result.status !== 0) throw new Error("building bench/floor-app failed");
    await assembleStandalone(dir, appDir);
  }
  return startTopology({ standalone: appDir, env: { ...process.env }, readyPath: "/static", stdio: "ignore" });
}

/** The floor app's two pages: rendered per request, and prerendered. */
export const FLOOR_PATHS = { dynamic: "/items", static: "/static" };
