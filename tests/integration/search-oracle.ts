// Expectations for the search contract, computed from the database without
// the engines' machinery: facet counts by plain SQL with joins (not the
// trigger-maintained columns), text matches by brute force over every word of
// every published record. PostgreSQL is used only for what a word *is* (its
// lexemes through the same dictionaries, search_lv/search_en, and whether it is
// an English stop word), as the earlier oracle used f_unaccent(lower()); the
// search vectors, the word list, the typo index and the tsqueries are not read.
import { db } from "@/lib/db";
import { Prisma } from "@/generated/prisma/client";
import type { Facet, SearchFilters } from "@/lib/search/engine";
import { editDistanceWithin, PREFIX_MIN_LENGTH, queryWords, TYPO_MIN_LENGTH } from "@/lib/search/text";

type Doc = { id: string; lexemes: Set<string> };
export type OracleData = { docs: Doc[]; vocabulary: string[]; groups: string[][] };

/** Every published record's lexemes, from its own text and what it shows (organisations, places, labels). */
export async function publishedDocs(): Promise<OracleData> {
  const rows = await db.$queryRaw<{ id: string; lexemes: string[] }[]>`
    SELECT i.id, tsvector_to_array(
      public.search_lv(concat_ws(' ', i."titleLv", i."summaryLv", i."problemLv", i."solutionLv", i."noveltyLv",
        i."impactLv", i."resultsLv", i."transferabilityLv",
        (SELECT string_agg(o."nameLv", ' ') FROM "InnovationOrganisation" io JOIN "Organisation" o ON o.id = io."organisationId"
          WHERE io."innovationId" = i.id),
        (SELECT string_agg(o."nameLv", ' ') FROM "InnovationExpert" e JOIN "Contact" c ON c.id = e."contactId"
          JOIN "Organisation" o ON o.id = c."organisationId" WHERE e."innovationId" = i.id AND c."showPublicly"),
        (SELECT string_agg(t."labelLv", ' ') FROM "Term" t WHERE
          (t.vocabulary = 'THEME' AND t.key = ANY(i.themes)) OR (t.vocabulary = 'TARGET_GROUP' AND t.key = ANY(i."targetGroups"))
          OR (t.vocabulary = 'REGION' AND t.key = i.region) OR (t.vocabulary = 'MUNICIPALITY' AND t.key = i.municipality))))
      || public.search_en(concat_ws(' ', i."titleEn", i."summaryEn", i."problemEn", i."solutionEn", i."noveltyEn",
        i."impactEn", i."resultsEn", i."transferabilityEn",
        (SELECT string_agg(o."nameEn", ' ') FROM "InnovationOrganisation" io JOIN "Organisation" o ON o.id = io."organisationId"
          WHERE io."innovationId" = i.id),
        (SELECT string_agg(o."nameEn", ' ') FROM "InnovationExpert" e JOIN "Contact" c ON c.id = e."contactId"
          JOIN "Organisation" o ON o.id = c."organisationId" WHERE e."innovationId" = i.id AND c."showPublicly"),
        (SELECT string_agg(t."labelEn", ' ') FROM "Term" t WHERE
          (t.vocabulary = 'THEME' AND t.key = ANY(i.themes)) OR (t.vocabulary = 'TARGET_GROUP' AND t.key = ANY(i."targetGroups"))
          OR (t.vocabulary = 'REGION' AND t.key = i.region) OR (t.vocabulary = 'MUNICIPALITY' AND t.key = i.municipality))))
    ) AS lexemes
    FROM "Innovation" i WHERE i."publication" = 'PUBLISHED'`;
  // Typos are measured against every word the portal indexes (all records, names, labels,
  // synonyms) and every lexeme, unaccented, as the definition in the migration says.
  const words = await db.$queryRaw<{ w: string }[]>`
    SELECT DISTINCT public.f_unaccent(lower(w)) AS w FROM (
      SELECT unnest(regexp_split_to_array(concat_ws(' ', "titleLv", "titleEn", "summaryLv", "summaryEn", "problemLv",
        "problemEn", "solutionLv", "solutionEn", "noveltyLv", "noveltyEn", "impactLv", "impactEn", "resultsLv", "resultsEn",
        "transferabilityLv", "transferabilityEn"), '[^[:alnum:]]+')) FROM "Innovation"
      UNION ALL SELECT unnest(regexp_split_to_array(concat_ws(' ', "nameLv", "nameEn", "descriptionLv", "descriptionEn"), '[^[:alnum:]]+')) FROM "Organisation"
      UNION ALL SELECT unnest(regexp_split_to_array(concat_ws(' ', "titleLv", "titleEn", "summaryLv", "summaryEn", "publisher"), '[^[:alnum:]]+')) FROM "Resource"
      UNION ALL SELECT unnest(regexp_split_to_array(concat_ws(' ', "labelLv", "labelEn"), '[^[:alnum:]]+')) FROM "Term"
      UNION ALL SELECT unnest(regexp_split_to_array(array_to_string("terms", ' '), '[^[:alnum:]]+')) FROM "SynonymGroup"
    ) t(w) WHERE char_length(w) BETWEEN 5 AND 64 AND w !~ '[0-9]'`;
  const groups = (await db.synonymGroup.findMany({ select: { terms: true } })).map((g) => g.terms);
  const docs = rows.map((r) => ({ id: r.id, lexemes: new Set(r.lexemes) }));
  const lexemes = docs.flatMap((d) => [...d.lexemes]).filter((l) => l.length >= TYPO_MIN_LENGTH && !/[0-9]/.test(l));
  return { docs, vocabulary: [...new Set([...words.map((r) => r.w), ...lexemes])], groups };
}

type Word = { u: string; lexemes: string[]; stop: boolean };

/** Words as PostgreSQL's dictionaries see them: unaccented form, lexemes, English stop word or not. */
async function analyse(words: string[]): Promise<Word[]> {
  if (words.length === 0) return [];
  const rows = await db.$queryRaw<{ u: string; lexemes: string[]; stop: boolean }[]>`
    SELECT public.f_unaccent(p.w) AS u, public.search_word_lexemes(p.w) AS lexemes, public.search_is_stop_word(p.w) AS stop
    FROM unnest(${words}::text[]) WITH ORDINALITY AS x(w, o),
      unnest(regexp_split_to_array(lower(x.w), '[^[:alnum:]]+')) WITH ORDINALITY AS p(w, o2)
    WHERE p.w <> '' ORDER BY x.o, p.o2`;
  return rows.slice(0, 10);
}

/** One query word's alternatives: its lexemes and the lexemes of the indexed words within one typo. */
type Alternatives = { word: Word; exact: Set<string>; near: Set<string>; prefixes: string[] };

const overlaps = (set: Set<string>, list: Iterable<string>) => [...list].some((x) => set.has(x));

/**
 * Ids a query must find: every kept word occurs in the record in one of its
 * forms, or a word within one typo of it does (5+ letters); the last word may
 * also be the start of a lexeme (it or a typo of it, while typing); a run of
 * words that spells a synonym term may be replaced by any term of its group.
 */
export async function expectedTextIds(q: string, data: OracleData): Promise<Set<string>> {
  // no words at all: no text condition; words that leave no lexeme: nothing to find
  if (queryWords(q).length === 0) return new Set(data.docs.map((d) => d.id));
  const words = await analyse(queryWords(q));
  const usable = words.filter((w) => w.lexemes.length > 0);
  const onlyStops = usable.every((w) => w.stop);
  const kept = words.map((w) => w.lexemes.length > 0 && (!w.stop || onlyStops));
  const lastKept = kept.lastIndexOf(true);
  if (lastKept < 0) return new Set();

  const near = (u: string) =>
    u.length >= TYPO_MIN_LENGTH ? data.vocabulary.filter((v) => v !== u && editDistanceWithin(u, v, 1)) : [];
  const typoWords = words.map((w) => near(w.u));
  const typoLexemes = await Promise.all(
    typoWords.map(async (list) => new Set((await analyse(list)).flatMap((a) => a.lexemes))),
  );
  const alternatives: Alternatives[] = words.map((word, i) => ({
    word,
    exact: new Set(word.lexemes),
    near: typoLexemes[i]!,
    prefixes: i === lastKept && word.u.length >= PREFIX_MIN_LENGTH ? [word.u, ...typoWords[i]!] : [],
  }));
  const wordMatches = (doc: Doc, a: Alternatives) =>
    overlaps(doc.lexemes, a.exact) ||
    overlaps(doc.lexemes, a.near) ||
    [...doc.lexemes].some((l) => a.prefixes.some((p) => l.startsWith(p)));

  // Synonym terms, each word as its lexemes; a term's stop words are not required in a record.
  const terms = await Promise.all(
    data.groups.map((group, g) => Promise.all(group.map(async (term) => ({ group: g, words: await analyse([term]) })))),
  );
  const allTerms = terms.flat().filter((t) => t.words.length > 0);
  // A term of stop words only asks for nothing, so it matches no record.
  const termMatches = (doc: Doc, words: Word[]) => {
    const required = words.filter((w) => !w.stop && w.lexemes.length > 0);
    return required.length > 0 && required.every((w) => overlaps(doc.lexemes, w.lexemes));
  };
  const spells = (termWords: Word[], at: number, withTypos: boolean) =>
    termWords.every((tw, k) => {
      const a = alternatives[at + k];
      const forms = a ? [...a.exact, ...(withTypos ? a.near : []), a.word.u] : [];
      return overlaps(new Set(tw.lexemes), forms);
    });

  const segments: ((doc: Doc) => boolean)[] = [];
  for (let i = 0; i < alternatives.length;) {
    // the longest term spelt from here (a typo allowed); one spelt right wins a tie
    const match = allTerms
      .filter((t) => spells(t.words, i, true))
      .map((t) => ({ ...t, spelt: spells(t.words, i, false) }))
      .sort((a, b) => b.words.length - a.words.length || Number(b.spelt) - Number(a.spelt) || a.group - b.group)[0];
    const span = match ? match.words.length : 1;
    const inSpan = alternatives.slice(i, i + span).filter((_, k) => kept[i + k]);
    const group = match ? allTerms.filter((t) => t.group === match.group) : [];
    const synonym = (doc: Doc) => group.some((t) => termMatches(doc, t.words));
    segments.push((doc) =>
      inSpan.length === 0
        ? group.length === 0 || synonym(doc)
        : inSpan.every((a) => wordMatches(doc, a)) || synonym(doc),
    );
    i += span;
  }
  return new Set(data.docs.filter((doc) => segments.every((s) => s(doc))).map((d) => d.id));
}

// Each facet's values for a row, read through the relations the facet means.
const FACET_VALUES: Record<Facet, Prisma.Sql> = {
  stage: Prisma.sql`ARRAY[i."stage"]`,
  theme: Prisma.sql`i."themes"`,
  targetGroup: Prisma.sql`i."targetGroups"`,
  region: Prisma.sql`array_remove(ARRAY[i."region"], NULL)`,
  status: Prisma.sql`ARRAY[i."status"]`,
  implementerType: Prisma.sql`ARRAY(SELECT o."type" FROM "InnovationOrganisation" io JOIN "Organisation" o ON o."id" = io."organisationId" WHERE io."innovationId" = i."id" AND io."role" = 'IMPLEMENTER')`,
  supporter: Prisma.sql`ARRAY(SELECT o."slug" FROM "InnovationOrganisation" io JOIN "Organisation" o ON o."id" = io."organisationId" WHERE io."innovationId" = i."id" AND io."role" = 'SUPPORTER')`,
  startYear: Prisma.sql`array_remove(ARRAY[i."startYear"::text], NULL)`,
};

function where(filters: SearchFilters, ids: Set<string> | null, except?: Facet): Prisma.Sql {
  const parts = [Prisma.sql`i."publication" = 'PUBLISHED'`];
  if (ids) parts.push(Prisma.sql`i."id" = ANY(${[...ids]}::text[])`);
  for (const [facet, values] of Object.entries(filters) as [Facet, string[]][]) {
    if (facet === except || !values.length) continue;
    parts.push(Prisma.sql`${FACET_VALUES[facet]} && ${values}::text[]`);
  }
  return Prisma.join(parts, " AND ");
}

export async function expectedTotal(filters: SearchFilters, ids: Set<string> | null = null): Promise<number> {
  const [row] = await db.$queryRaw<
    { n: number }[]
  >`SELECT count(*)::int AS n FROM "Innovation" i WHERE ${where(filters, ids)}`;
  return row?.n ?? 0;
}

/** value → count for one facet, with every other facet's selection applied and its own off. */
export async function expectedFacet(
  facet: Facet,
  filters: SearchFilters,
  ids: Set<string> | null = null,
): Promise<Record<string, number>> {
  const rows = await db.$queryRaw<{ v: string; n: number }[]>`
    SELECT v, count(*)::int AS n FROM "Innovation" i, unnest(${FACET_VALUES[facet]}) AS v
    WHERE ${where(filters, ids, facet)} GROUP BY v`;
  return Object.fromEntries(rows.map((r) => [r.v, r.n]));
}

/** Ids in the order SQL sorts them, for the sort contract. */
export async function expectedOrder(sort: "newest" | "title-lv" | "title-en"): Promise<string[]> {
  const order =
    sort === "newest"
      ? Prisma.sql`i."updatedAt" DESC, i."id" ASC`
      : sort === "title-lv"
        ? Prisma.sql`i."titleLv" COLLATE "lv-x-icu" ASC, i."id" ASC`
        : Prisma.sql`coalesce(i."titleEn", i."titleLv") COLLATE "lv-x-icu" ASC, i."id" ASC`;
  const rows = await db.$queryRaw<
    { id: string }[]
  >`SELECT i."id" FROM "Innovation" i WHERE i."publication" = 'PUBLISHED' ORDER BY ${order}`;
  return rows.map((r) => r.id);
}
