// Latvian word forms come from the Hunspell dictionary that the embedded
// PostgreSQL gets at start. A PostgreSQL without the files (an external one
// nobody installed them into) must still search, by simple + unaccent, and
// say so; installing them and reindexing brings the word forms back.
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createPostgresEngine } from "@/lib/search/postgres";
import { searchWordForms } from "@/lib/search/sync";

const engine = createPostgresEngine(db);
const slugs = async (q: string) =>
  (await engine.search({ q, filters: {}, sort: "relevance", page: 1, pageSize: 50, locale: "lv" })).hits.map(
    (h) => h.slug,
  );

describe("Latvian word forms", () => {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  const notices: string[] = [];
  afterAll(() => client.end());

  it("fall back to simple + unaccent with a notice when the dictionary files are missing, and come back", async () => {
    await client.connect();
    client.on("notice", (n) => notices.push(n.message ?? ""));
    expect(await searchWordForms(db)).toBe("hunspell");
    // "Vientuļo senioru …": found by another form of the word only through the dictionary
    expect(await slugs("senioriem")).toContain("lonely-seniors-register-and-visits");

    await client.query(`ALTER TEXT SEARCH CONFIGURATION public.sikc_lv
      ALTER MAPPING FOR asciiword, word, hword_part, hword_asciipart WITH simple`);
    await client.query("DROP TEXT SEARCH DICTIONARY public.sikc_lv_ispell");
    const { rows } = await client.query<{ mode: string }>(
      "SELECT public.search_setup('sikc_lv_not_installed') AS mode",
    );
    expect(rows[0]!.mode).toBe("simple");
    expect(notices.join("\n")).toContain("Latvian word forms are off");
    await client.query("SELECT public.search_rebuild()");
    expect(await searchWordForms(db)).toBe("simple");
    // searching still works: words match as written (and within a typo), not in their other forms
    expect(await slugs("vientuļo senioru")).toContain("lonely-seniors-register-and-visits");
    expect(await slugs("senioriem")).not.toContain("lonely-seniors-register-and-visits");

    // the reindex installs the dictionary from the files once they are there (here they always are)
    await engine.reindexAll();
    expect(await searchWordForms(db)).toBe("hunspell");
    expect(await slugs("senioriem")).toContain("lonely-seniors-register-and-visits");
  });
});
