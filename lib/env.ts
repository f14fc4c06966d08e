// The only reader of process.env. Every setting is optional with a default
// that works on a fresh machine (see README "Configuration").
import path from "node:path";
import { z } from "zod";

const emptyToUndefined = (v: unknown) => (v === "" ? undefined : v);
const optionalUrl = z.preprocess(emptyToUndefined, z.string().url().optional());

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** Root of everything the portal writes locally: embedded database, mail, uploads. */
  DATA_DIR: z.preprocess(emptyToUndefined, z.string().default(".data")),
  DATABASE_URL: optionalUrl,
  EMBEDDED_PG_PORT: z.coerce.number().int().min(1024).max(65535).default(54329),
  MEILI_URL: optionalUrl,
  MEILI_KEY: z.preprocess(emptyToUndefined, z.string().optional()),
  MEILI_INDEX_PREFIX: z.preprocess(emptyToUndefined, z.string().default("sikc")),
  SMTP_URL: optionalUrl,
  MAIL_FROM: z.preprocess(emptyToUndefined, z.string().default("SIKC <inovacija@sif.gov.lv>")),
  AUTH_SECRET: z.preprocess(emptyToUndefined, z.string().min(32).optional()),
  /** Defaults to http://localhost:<PORT> (see load()). */
  PUBLIC_URL: z.preprocess(emptyToUndefined, z.string().url().optional()),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  CONSULTATION_RETENTION_MONTHS: z.coerce.number().int().min(1).max(120).default(24),
  /**
   * Reverse proxies in front of the app that append to X-Forwarded-For; the
   * client address is the entry this many places from the end (lib/auth/client-ip.ts).
   */
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(1).max(5).default(1),
});

function load(): Env {
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n");
    throw new Error(`Invalid configuration:\n${problems}`);
  }
  return { ...parsed.data, PUBLIC_URL: parsed.data.PUBLIC_URL ?? `http://localhost:${parsed.data.PORT}` };
}

export type Env = Omit<z.infer<typeof schema>, "PUBLIC_URL"> & { PUBLIC_URL: string };

export const env: Env = load();

/** Credentials of the embedded PostgreSQL; it listens on loopback only. */
export const embeddedPg = {
  user: "sikc",
  password: "sikc",
  database: "sikc",
  host: "127.0.0.1",
  port: env.EMBEDDED_PG_PORT,
  dataDir: path.resolve(env.DATA_DIR, "pg"),
};

const embeddedDatabaseUrl = (port = embeddedPg.port, database = embeddedPg.database) =>
  `postgresql://${embeddedPg.user}:${embeddedPg.password}@${embeddedPg.host}:${port}/${database}`;

/** DATABASE_URL, or the embedded database's address when it is unset. */
export const databaseUrl = (): string => process.env.DATABASE_URL || env.DATABASE_URL || embeddedDatabaseUrl();

export const dataPath = (...parts: string[]) => path.resolve(env.DATA_DIR, ...parts);

/**
 * next-auth v4 takes its own base URL only from process.env.NEXTAUTH_URL and
 * otherwise falls back to localhost:3000 or, worse, a Host header. Deriving it
 * from PUBLIC_URL keeps sign-in links in e-mails on our own domain. Called by
 * the auth options module, the one place that needs it.
 */
export function exportNextAuthUrl(): void {
  process.env.NEXTAUTH_URL ??= new URL("/api/auth", env.PUBLIC_URL).toString();
}
