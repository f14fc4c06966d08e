import path from "node:path";
import { defineConfig } from "prisma/config";
import { databaseUrl } from "./lib/env";
import { CliPgAdapterFactory } from "./prisma/cli-adapter";

// Without DATABASE_URL the CLI talks to the embedded database that
// `npm run dev` / `npm start` run (see scripts/embedded-pg.ts).
process.env.DATABASE_URL ||= databaseUrl();

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations"), seed: "tsx prisma/seed/index.ts" },
  adapter: async () => new CliPgAdapterFactory(databaseUrl()),
});
