// Driver adapter for the Prisma CLI only (migrate, db seed, studio).
//
// Prisma 6.19's CLI cannot download its native schema engine here, so it runs
// the WASM engine through @prisma/adapter-pg. That path has five known bugs;
// each workaround below is the smallest one that made `migrate deploy`,
// `migrate status`, `migrate diff --from-migrations` and `migrate reset` work.
// The portal's runtime client (lib/db.ts) does not use this module.
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";

// 1. prisma/orm#27403: the schema engine reads pg_catalog columns of type
//    `name` / `"char"` (and their arrays), which adapter-pg cannot map.
//    Report them as text / text[] and parse arrays like text[].
const TEXT = 25;
const TEXT_ARRAY = 1009;
const REMAP: Record<number, number> = { 19: TEXT, 18: TEXT, 1003: TEXT_ARRAY, 1002: TEXT_ARRAY };
// pg's typings list only scalar builtins; 1009 (text[]) has a parser all the same
const parseTextArray = pg.types.getTypeParser(TEXT_ARRAY as never, "text") as (v: string) => unknown;

type QueryResultLike = { fields?: { dataTypeID: number }[]; rows?: unknown[][] };

function remapResult<T>(result: T): T {
  const r = result as QueryResultLike;
  r.fields?.forEach((field, i) => {
    const to = REMAP[field.dataTypeID];
    if (to === undefined) return;
    if (to === TEXT_ARRAY && Array.isArray(r.rows)) {
      for (const row of r.rows) if (typeof row[i] === "string") row[i] = parseTextArray(row[i] as string);
    }
    field.dataTypeID = to;
  });
  return result;
}

// 5. PostgreSQL 18 lists NOT NULL constraints in pg_constraint (contype 'n'),
//    and constraint triggers ('t', e.g. the search version's commit-time
//    trigger) are listed there too; the 6.19 schema engine's describer hits
//    `unreachable` on both, which crashes `migrate diff --from-migrations`.
//    The first duplicate the columns' NOT NULL flags the engine reads anyway,
//    the second are not part of Prisma's model: its constraint query skips them.
const CONSTRAINT_QUERY = "AND contype NOT IN ('p', 'u', 'f')";

function withoutUndescribableConstraints(args: unknown[]): unknown[] {
  const [first, ...rest] = args;
  const patch = (text: string) => text.replace(CONSTRAINT_QUERY, "AND contype NOT IN ('p', 'u', 'f', 'n', 't')");
  if (typeof first === "string") return [patch(first), ...rest];
  if (first && typeof first === "object" && "text" in first && typeof first.text === "string") {
    return [{ ...first, text: patch(first.text) }, ...rest];
  }
  return args;
}

function patchQuery<Q extends { query: (...args: never[]) => unknown }>(target: Q): Q {
  const original = target.query.bind(target) as (...args: unknown[]) => unknown;
  (target as { query: unknown }).query = (...rawArgs: unknown[]) => {
    const args = withoutUndescribableConstraints(rawArgs);
    const callback = args.at(-1);
    if (typeof callback === "function") {
      // pg's Pool calls client.query(text, values, cb) internally
      return original(...args.slice(0, -1), (err: unknown, res: unknown) =>
        callback(err, err ? res : remapResult(res)),
      );
    }
    const result = original(...args);
    return result instanceof Promise ? result.then(remapResult) : result;
  };
  return target;
}

class PatchedPool extends pg.Pool {
  constructor(config: pg.PoolConfig) {
    super(config);
    patchQuery(this);
    this.on("connect", (client) => void patchQuery(client));
  }
}

// 2. With `connectionString` the shadow database would connect to the main
//    one: give the parts as separate fields so `database` can be overridden.
function configFromUrl(url: string): pg.PoolConfig {
  const u = new URL(url);
  return {
    host: u.hostname,
    port: Number(u.port || 5432),
    user: decodeURIComponent(u.username),
    password: decodeURIComponent(u.password),
    database: decodeURIComponent(u.pathname.replace(/^\//, "")),
    max: 4,
  };
}

type Adapter = Awaited<ReturnType<PrismaPg["connect"]>>;

// 4. executeScript splits on ";", which breaks $$-quoted function bodies:
//    send each script whole (PostgreSQL's simple protocol runs many statements).
function wholeScripts(adapter: Adapter, pool: pg.Pool): Adapter {
  adapter.executeScript = async (script: string) => {
    await pool.query(script);
  };
  return adapter;
}

export class CliPgAdapterFactory extends PrismaPg {
  private readonly cliConfig: pg.PoolConfig;

  constructor(url: string) {
    const config = configFromUrl(url);
    super(new PatchedPool(config), { disposeExternalPool: true });
    this.cliConfig = config;
  }

  override async connect(): Promise<Adapter> {
    const pool = new PatchedPool(this.cliConfig);
    const adapter = await new PrismaPg(pool, { disposeExternalPool: true }).connect();
    return wholeScripts(adapter, pool);
  }

  override async connectToShadowDb(): Promise<Adapter> {
    const admin = new pg.Pool({ ...this.cliConfig, max: 1 });
    const database = `prisma_migrate_shadow_db_${globalThis.crypto.randomUUID().replaceAll("-", "")}`;
    await admin.query(`CREATE DATABASE "${database}"`);
    const pool = new PatchedPool({ ...this.cliConfig, database });
    const adapter = await new PrismaPg(pool).connect();
    const dispose = adapter.dispose.bind(adapter);
    // 3. Close the shadow pool before dropping its database, not after.
    adapter.dispose = async () => {
      await dispose();
      await pool.end().catch(() => undefined);
      await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
      await admin.end();
    };
    return wholeScripts(adapter, pool);
  }
}
