// `npm run db:start`: runs only the embedded PostgreSQL (migrated) until Ctrl-C,
// e.g. for `npx prisma studio` or `prisma migrate diff` while developing.
import { embeddedPg } from "../lib/env";
import { startEmbeddedPostgres } from "./lib/embedded-pg";
import { migrate } from "./lib/migrate";

const db = await startEmbeddedPostgres({ ...embeddedPg, dataDir: embeddedPg.dataDir, log: console.log });
await migrate(db.url, console.log);
console.log(`PostgreSQL ready: ${db.url}  (Ctrl-C to stop)`);
const stop = async () => {
  await db.stop();
  process.exit(0);
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
setInterval(() => undefined, 1 << 30);
