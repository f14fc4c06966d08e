// The framework's floor for the benchmarks (scripts/lib/floor-app.ts builds and
// serves it): a bare Next.js app with the portal's own next and react (it
// resolves them from the repository's node_modules), built and served the way
// production serves the portal (standalone output behind deploy/'s nginx).
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..", "..");

/** @type {import("next").NextConfig} */
const config = {
  output: "standalone",
  poweredByHeader: false,
  reactStrictMode: true,
  turbopack: { root },
  outputFileTracingRoot: root,
};

export default config;
