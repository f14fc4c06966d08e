// Runs before each integration test file: clones the seeded template into a
// database of the file's own and points DATABASE_URL (hence lib/db) at it.
import crypto from "node:crypto";
import pg from "pg";
import { afterAll, inject } from "vitest";
import { withDatabase } from "../support/test-postgres";

const templateUrl = inject("templateUrl");
const name = `sikc_test_${crypto.randomBytes(5).toString("hex")}`;
const admin = new pg.Client({ connectionString: withDatabase(templateUrl, "postgres") });
await admin.connect();
await admin.query(`CREATE DATABASE "${name}" TEMPLATE sikc_template`);
process.env.DATABASE_URL = withDatabase(templateUrl, name);

afterAll(async () => {
  await (globalThis as { sikcDb?: { $disconnect(): Promise<void> } }).sikcDb?.$disconnect();
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.end();
});
