// `npm run db:seed` / `prisma db seed`: loads the vocabularies and demo data.
import { createPrismaClient } from "@/lib/db-client";
import { env } from "@/lib/env";
import { seed } from "./run";

if (env.NODE_ENV === "production") {
  console.error("Refusing to seed demo data with NODE_ENV=production.");
  process.exit(1);
}

const db = createPrismaClient();
try {
  const report = await seed(db);
  const added = Object.entries(report).filter(([, n]) => n > 0);
  console.log(added.length ? `seeded: ${added.map(([k, n]) => `${k} ${n}`).join(", ")}` : "seed: nothing to add");
} finally {
  await db.$disconnect();
}
