// `npm run migration:new -- name`: writes a new migration from the difference
// between prisma/migrations and prisma/schema.prisma. Needs a running
// PostgreSQL for the shadow database (`npm run db:start`, or DATABASE_URL).
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const name = (process.argv[2] ?? "").replace(/[^a-z0-9_]+/gi, "_").toLowerCase();
if (!name) {
  console.error("usage: npm run migration:new -- short_name");
  process.exit(2);
}
const root = path.resolve(import.meta.dirname, "..");
const diff = spawnSync(
  process.execPath,
  [
    path.join(root, "node_modules", "prisma", "build", "index.js"),
    "migrate",
    "diff",
    "--from-migrations",
    "prisma/migrations",
    "--to-schema-datamodel",
    "prisma/schema.prisma",
    "--script",
  ],
  // the WASM engine can linger after answering: bound the wait
  { cwd: root, encoding: "utf8", timeout: 180_000, killSignal: "SIGKILL" },
);
// The WASM engine never sees the extensions of the first migration (on
// PostgreSQL 18) and proposes them again on every diff: drop those lines.
const sql = (diff.stdout ?? "").replace(/-- CreateExtension\nCREATE EXTENSION IF NOT EXISTS "[a-z_]+";\n*/g, "");
if (diff.status !== 0 && !diff.stdout?.includes("--")) {
  console.error(diff.stderr || "prisma migrate diff failed");
  process.exit(1);
}
if (/This is an empty migration/.test(sql) || !sql.replace(/--.*$/gm, "").trim()) {
  console.log("schema and migrations agree: nothing to write");
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const dir = path.join(root, "prisma", "migrations", `${stamp}_${name}`);
fs.mkdirSync(dir, { recursive: true });
fs.writeFileSync(path.join(dir, "migration.sql"), sql);
console.log(`wrote ${path.relative(root, dir)}/migration.sql — review it, then npx prisma generate`);
