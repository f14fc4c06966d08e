// The security probe (npm run test:security): HTTP-level attacks on a
// production build that scripts/test.ts starts on its own database and passes
// in as PLAYWRIGHT_BASE_URL. One worker, files in order: the last one
// (xff.spec.ts) spends the sign-in and form budgets of the probe's address.
import { defineConfig } from "@playwright/test";

export default defineConfig({
  testDir: "tests/security",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  reporter: [["list"], ["json", { outputFile: "test-results/security.json" }]],
  use: { baseURL: process.env.PLAYWRIGHT_BASE_URL ?? "http://localhost:3000" },
});
