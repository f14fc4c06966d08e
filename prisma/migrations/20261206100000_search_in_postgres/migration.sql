-- The built-in search engine runs inside PostgreSQL (lib/search/postgres.ts):
-- weighted search vectors kept by triggers, word forms through a Latvian
-- Hunspell dictionary and the English Snowball stemmer, a word list for typo
-- tolerance and spelling suggestions (pg_trgm), synonyms as data, and facet
-- counts in SQL. The per-process copy of the innovations (data version, change
-- log, row numbers) and the hand-written search outbox (replaced by the
-- pg-boss queue "search.index") go.

-- ─── What goes ──────────────────────────────────────────────────────────────
DROP TRIGGER "Innovation_search_state_trg" ON "Innovation";
DROP TRIGGER "Innovation_search_state_truncate_trg" ON "Innovation";
DROP FUNCTION public.search_state_bump();
DROP FUNCTION public.search_state_reset();
DROP TABLE "SearchChange";
DROP TABLE "SearchState";
ALTER TABLE "Innovation" DROP COLUMN "search_seq";

DROP TABLE "SearchOutbox";
DROP TYPE "OutboxOp";

DROP TRIGGER "Innovation_search_lexicon_ins_trg" ON "Innovation";
DROP TRIGGER "Innovation_search_lexicon_upd_trg" ON "Innovation";
DROP FUNCTION public.innovation_search_lexicon();
DROP TABLE "SearchLexicon";

DROP TRIGGER "Innovation_search_vector_trg" ON "Innovation";
DROP FUNCTION public.innovation_search_vector();
DROP TRIGGER "InnovationOrganisation_search_ins_trg" ON "InnovationOrganisation";
DROP TRIGGER "InnovationOrganisation_search_upd_trg" ON "InnovationOrganisation";
DROP TRIGGER "InnovationOrganisation_search_del_trg" ON "InnovationOrganisation";
DROP FUNCTION public.innovation_org_link_changed();
DROP TRIGGER "Organisation_search_trg" ON "Organisation";
DROP FUNCTION public.organisation_search_changed();
DROP FUNCTION public.innovation_refresh_org_facets(TEXT[]);
ALTER TABLE "Innovation" DROP COLUMN "search_title";

-- ─── Word forms ─────────────────────────────────────────────────────────────
-- Latvian: the Hunspell dictionary of the npm package dictionary-lv, with its
-- diacritics removed (scripts/lib/search-dictionary.ts installs it into the
-- embedded PostgreSQL's tsearch_data as sikc_lv.dict/.affix). Text is
-- unaccented before it reaches the dictionary, so "vientulo" finds the same
-- word as "vientuļo". Words the dictionary does not know fall through to
-- `simple`. English: the Snowball stemmer. public.search_setup() (re)builds
-- both; without the dictionary files (an external PostgreSQL where nobody
-- installed them) Latvian falls back to simple + unaccent and says so.
CREATE TEXT SEARCH CONFIGURATION public.sikc_lv (COPY = pg_catalog.simple);
CREATE TEXT SEARCH CONFIGURATION public.sikc_en (COPY = pg_catalog.english);
-- A hyphenated compound is indexed by its parts, which is how queries split it.
ALTER TEXT SEARCH CONFIGURATION public.sikc_lv DROP MAPPING FOR hword, asciihword, numhword;
ALTER TEXT SEARCH CONFIGURATION public.sikc_en DROP MAPPING FOR hword, asciihword, numhword;

CREATE OR REPLACE FUNCTION public.search_setup(files text DEFAULT 'sikc_lv') RETURNS text
  LANGUAGE plpgsql AS $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_ts_dict WHERE dictname = 'sikc_lv_ispell' AND dictnamespace = 'public'::regnamespace) THEN
    BEGIN
      EXECUTE format('CREATE TEXT SEARCH DICTIONARY public.sikc_lv_ispell (TEMPLATE = ispell, DictFile = %I, AffFile = %I)',
        files, files);
    EXCEPTION WHEN OTHERS THEN
      RAISE NOTICE 'search: Latvian word forms are off (%); Latvian text is matched by simple + unaccent. Install sikc_lv.dict and sikc_lv.affix into tsearch_data (README, "External PostgreSQL"), then run npm run search:reindex.', SQLERRM;
      ALTER TEXT SEARCH CONFIGURATION public.sikc_lv
        ALTER MAPPING FOR asciiword, word, hword_part, hword_asciipart WITH simple;
      RETURN 'simple';
    END;
  END IF;
  ALTER TEXT SEARCH CONFIGURATION public.sikc_lv
    ALTER MAPPING FOR asciiword, word, hword_part, hword_asciipart WITH public.sikc_lv_ispell, simple;
  RETURN 'hunspell';
END $$;

SELECT public.search_setup();

-- Which way Latvian words are matched now ('hunspell' or 'simple'), for the health report and the README check.
CREATE OR REPLACE FUNCTION public.search_word_forms() RETURNS text
  LANGUAGE sql STABLE AS $$
  SELECT CASE WHEN EXISTS (
    SELECT 1 FROM pg_ts_config_map m
    JOIN pg_ts_dict d ON d.oid = m.mapdict
    WHERE m.mapcfg = 'public.sikc_lv'::regconfig AND d.dictname = 'sikc_lv_ispell')
  THEN 'hunspell' ELSE 'simple' END $$;

-- IMMUTABLE like f_unaccent: the configurations are named explicitly, and a
-- change to them is followed by npm run search:reindex.
CREATE OR REPLACE FUNCTION public.search_lv(t text) RETURNS tsvector
  LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT to_tsvector('public.sikc_lv'::regconfig, public.f_unaccent(lower(coalesce(t, '')))) $$;

CREATE OR REPLACE FUNCTION public.search_en(t text) RETURNS tsvector
  LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT to_tsvector('public.sikc_en'::regconfig, public.f_unaccent(lower(coalesce(t, '')))) $$;

-- ─── Word list (typos, "did you mean") ──────────────────────────────────────
-- Every word (4–64 letters) of every searchable text, lowercased as written
-- and unaccented, and every lexeme of the search vectors (not `shown`: an
-- English stem such as "servic" is a typo target, never a suggestion).
-- Rows are never removed: a word no record has any more only offers a typo
-- alternative that matches nothing. npm run search:reindex rebuilds it.
CREATE TABLE "SearchWord" (
  "word" TEXT NOT NULL,
  "plain" TEXT NOT NULL,
  "shown" BOOLEAN NOT NULL DEFAULT true,
  CONSTRAINT "SearchWord_pkey" PRIMARY KEY ("word")
);
CREATE INDEX "SearchWord_plain_trgm_idx" ON "SearchWord" USING GIN ("plain" gin_trgm_ops);
CREATE INDEX "SearchWord_plain_idx" ON "SearchWord" ("plain");

CREATE OR REPLACE FUNCTION public.search_words(t text) RETURNS SETOF text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT w FROM unnest(tsvector_to_array(to_tsvector('pg_catalog.simple'::regconfig, coalesce(t, '')))) w
  WHERE char_length(w) BETWEEN 4 AND 64 AND w !~ '[-0-9./@_:+~&]' $$;

CREATE OR REPLACE FUNCTION public.search_words_add(texts text[]) RETURNS void
  LANGUAGE sql AS $$
  INSERT INTO "SearchWord" ("word", "plain")
  SELECT DISTINCT w, public.f_unaccent(w) FROM unnest(texts) t, public.search_words(t) w
  ON CONFLICT ("word") DO UPDATE SET "shown" = true WHERE NOT "SearchWord"."shown" $$;

CREATE OR REPLACE FUNCTION public.search_lexemes_add(vectors tsvector[]) RETURNS void
  LANGUAGE sql AS $$
  INSERT INTO "SearchWord" ("word", "plain", "shown")
  SELECT DISTINCT l, l, false FROM unnest(vectors) v, unnest(tsvector_to_array(v)) l
  WHERE char_length(l) BETWEEN 4 AND 64 AND l !~ '[-0-9./@_:+~&]'
  ON CONFLICT ("word") DO NOTHING $$;

-- Typo lookup without scanning: every unaccented word of 5+ letters is stored
-- under itself and under each of its one-letter deletions. Two words within
-- one edit (insertion, deletion, substitution, swap of neighbours) always
-- share one of these keys, so the candidates for a query word are an index
-- lookup of its own keys; the edit distance then confirms them.
CREATE TABLE "SearchWordVariant" (
  "variant" TEXT NOT NULL,
  "plain" TEXT NOT NULL,
  CONSTRAINT "SearchWordVariant_pkey" PRIMARY KEY ("variant", "plain")
);

CREATE OR REPLACE FUNCTION public.search_variants(w text) RETURNS text[]
  LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT w || array(SELECT overlay(w PLACING '' FROM k FOR 1) FROM generate_series(1, char_length(w)) k) $$;

CREATE OR REPLACE FUNCTION public.search_word_variants() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "SearchWordVariant" ("variant", "plain")
  SELECT DISTINCT v, n."plain" FROM new_rows n, unnest(public.search_variants(n."plain")) v
  WHERE char_length(n."plain") >= 5
  ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;

CREATE TRIGGER "SearchWord_variants_trg" AFTER INSERT ON "SearchWord"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public.search_word_variants();

-- Optimal string alignment distance (a swap of neighbours is one edit, as in
-- Meilisearch), or max + 1 as soon as it must exceed max.
CREATE OR REPLACE FUNCTION public.search_edit_distance(a text, b text, max int) RETURNS int
  LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $$
DECLARE
  la int := char_length(a);
  lb int := char_length(b);
  prev2 int[];
  prev int[];
  cur int[];
  i int;
  j int;
  cost int;
  best int;
BEGIN
  IF abs(la - lb) > max THEN RETURN max + 1; END IF;
  IF a = b THEN RETURN 0; END IF;
  prev := array_fill(0, ARRAY[lb + 1], ARRAY[0]);
  FOR j IN 1..lb LOOP prev[j] := j; END LOOP;
  FOR i IN 1..la LOOP
    cur := array_fill(0, ARRAY[lb + 1], ARRAY[0]);
    cur[0] := i;
    best := i;
    FOR j IN 1..lb LOOP
      cost := CASE WHEN substr(a, i, 1) = substr(b, j, 1) THEN 0 ELSE 1 END;
      cur[j] := least(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      IF i > 1 AND j > 1 AND substr(a, i, 1) = substr(b, j - 1, 1) AND substr(a, i - 1, 1) = substr(b, j, 1) THEN
        cur[j] := least(cur[j], prev2[j - 2] + 1);
      END IF;
      best := least(best, cur[j]);
    END LOOP;
    IF best > max THEN RETURN max + 1; END IF;
    prev2 := prev;
    prev := cur;
  END LOOP;
  RETURN least(prev[lb], max + 1);
END $$;

-- ─── Synonyms ───────────────────────────────────────────────────────────────
-- Groups of equivalent terms that staff edit (/admin/synonyms). Each term's
-- words are kept normalised beside it (SynonymTerm, written by the trigger
-- below), so a query is matched against them without normalising every term
-- on every search.
CREATE TABLE "SynonymGroup" (
  "id" TEXT NOT NULL,
  "terms" TEXT[],
  "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "updatedAt" TIMESTAMP(3) NOT NULL,
  CONSTRAINT "SynonymGroup_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "SynonymTerm" (
  "groupId" TEXT NOT NULL,
  "position" INTEGER NOT NULL,
  "term" TEXT NOT NULL,
  -- the lexemes of each word of the term, one array per word
  "words" JSONB NOT NULL,
  -- the lexemes of its first word, where a query word's lookup starts
  "first" TEXT[] NOT NULL,
  -- what a record must contain to match the term
  "query" tsquery,
  CONSTRAINT "SynonymTerm_pkey" PRIMARY KEY ("groupId", "position"),
  CONSTRAINT "SynonymTerm_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "SynonymGroup"("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE INDEX "SynonymTerm_first_idx" ON "SynonymTerm" USING GIN ("first");

-- A word's lexemes in both languages: a record's Latvian and English fields
-- are both searched, whatever the interface language.
CREATE OR REPLACE FUNCTION public.search_word_lexemes(w text) RETURNS text[]
  LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT tsvector_to_array(public.search_lv(w) || public.search_en(w)) $$;

-- An English stop word ("for", "the", "with") is never indexed in the English
-- fields, so a query or a synonym term leaves it out.
CREATE OR REPLACE FUNCTION public.search_is_stop_word(w text) RETURNS boolean
  LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT public.search_lv(w) <> ''::tsvector AND public.search_en(w) = ''::tsvector $$;

-- Words of a search box or a synonym term: lowercased, split at anything that
-- is not a letter or digit (which needs a UTF-8 locale, README). Diacritics
-- stay: search_lv/search_en remove them on their way to the dictionaries.
CREATE OR REPLACE FUNCTION public.search_split(t text) RETURNS text[]
  LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT coalesce(array_agg(x ORDER BY k), '{}')
  FROM regexp_split_to_table(lower(coalesce(t, '')), '[^[:alnum:]]+') WITH ORDINALITY AS s(x, k)
  WHERE x <> '' $$;

-- ─── The user's words as a text query ───────────────────────────────────────
-- public.search_query(words) turns the words of a search box into the two
-- tsqueries that every search vector built with search_lv/search_en answers
-- (innovations, organisations, resources; lib/search/text-query.ts):
--   full  – what a record must contain: every word in any of its forms, or a
--           word within one typo of it (5+ letters, from the SearchWord list),
--           or any term of a synonym group that consecutive words spell; the
--           last word also as a prefix while typing;
--   exact – the same without the typo alternatives, and
--   words – only the words as typed (in any of their forms), both for ranking.
-- All are NULL when no word is left. At most 10 words are read.
CREATE TYPE public.search_query AS ("full" tsquery, "exact" tsquery, "words" tsquery);
-- A query word: its lexemes, the lexemes of the indexed words within one typo
-- of it ("near"), and its alternatives without and with those typos.
CREATE TYPE public.search_query_word AS (
  "word" text, "lexemes" text[], "near" text[], "kept" boolean, "exact" tsquery, "full" tsquery);

-- NULL-tolerant && and ||, and their aggregates.
CREATE OR REPLACE FUNCTION public.search_and(a tsquery, b tsquery) RETURNS tsquery
  LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT CASE WHEN a IS NULL THEN b WHEN b IS NULL THEN a ELSE a && b END $$;
CREATE OR REPLACE FUNCTION public.search_or(a tsquery, b tsquery) RETURNS tsquery
  LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT CASE WHEN a IS NULL THEN b WHEN b IS NULL THEN a ELSE a || b END $$;
CREATE AGGREGATE public.search_and_all(tsquery) (SFUNC = public.search_and, STYPE = tsquery);
CREATE AGGREGATE public.search_or_any(tsquery) (SFUNC = public.search_or, STYPE = tsquery);

-- Lexemes are letters and digits, so quote_literal never needs an E'' escape here.
CREATE OR REPLACE FUNCTION public.search_any_lexeme(lexemes text[]) RETURNS tsquery
  LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT public.search_or_any(quote_literal(l)::tsquery) FROM unnest(lexemes) l WHERE l <> '' $$;

CREATE OR REPLACE FUNCTION public.search_prefix(w text) RETURNS tsquery
  LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT (quote_literal(w) || ':*')::tsquery $$;

-- A synonym term as a query: each of its words in any of its forms, stop words left out.
CREATE OR REPLACE FUNCTION public.search_term_query(term text) RETURNS tsquery
  LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT public.search_and_all(public.search_any_lexeme(public.search_word_lexemes(w)) ORDER BY k)
  FROM unnest(public.search_split(term)) WITH ORDINALITY AS x(w, k)
  WHERE NOT public.search_is_stop_word(w) $$;

-- Whether a query spelling one term would match the other: the same number of
-- words, each sharing a form with its counterpart (as public.search_query
-- matches terms). Staff's groups may not share such terms (lib/synonyms).
CREATE OR REPLACE FUNCTION public.search_terms_meet(a jsonb, b jsonb) RETURNS boolean
  LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT jsonb_array_length(a) = jsonb_array_length(b) AND NOT EXISTS (
    SELECT 1 FROM generate_series(0, jsonb_array_length(a) - 1) AS k
    WHERE NOT (ARRAY(SELECT jsonb_array_elements_text(a -> k)) && ARRAY(SELECT jsonb_array_elements_text(b -> k)))) $$;

CREATE OR REPLACE FUNCTION public.synonym_terms_refresh(ids text[]) RETURNS void
  LANGUAGE sql AS $$
  DELETE FROM "SynonymTerm" WHERE "groupId" = ANY(ids);
  INSERT INTO "SynonymTerm" ("groupId", "position", "term", "words", "first", "query")
  SELECT g."id", t.n, t.term, w.words, w.first, public.search_term_query(t.term)
  FROM "SynonymGroup" g, unnest(g."terms") WITH ORDINALITY AS t(term, n),
  LATERAL (
    SELECT jsonb_agg(to_jsonb(public.search_word_lexemes(x.word)) ORDER BY x.k) AS words,
      public.search_word_lexemes((public.search_split(t.term))[1]) AS first
    FROM unnest(public.search_split(t.term)) WITH ORDINALITY AS x(word, k)
  ) w
  WHERE g."id" = ANY(ids) AND w.words IS NOT NULL $$;

CREATE OR REPLACE FUNCTION public.synonym_group_changed() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  PERFORM public.synonym_terms_refresh(ARRAY(SELECT "id" FROM new_rows));
  PERFORM public.search_words_add(ARRAY(SELECT array_to_string("terms", ' ') FROM new_rows));
  RETURN NULL;
END $$;

CREATE TRIGGER "SynonymGroup_search_ins_trg" AFTER INSERT ON "SynonymGroup"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public.synonym_group_changed();
CREATE TRIGGER "SynonymGroup_search_upd_trg" AFTER UPDATE ON "SynonymGroup"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public.synonym_group_changed();

-- Indexed words within one typo of an unaccented query word (5+ letters).
CREATE OR REPLACE FUNCTION public.search_typo_words(u text) RETURNS text[]
  LANGUAGE sql STABLE AS $$
  SELECT coalesce(array_agg(DISTINCT v."plain"), '{}') FROM "SearchWordVariant" v
  WHERE char_length(u) >= 5 AND v."variant" = ANY(public.search_variants(u)) AND v."plain" <> u
    AND public.search_edit_distance(v."plain", u, 1) <= 1 $$;

-- Each query word with its alternatives (synonyms aside), in order.
CREATE OR REPLACE FUNCTION public.search_query_words(words text[], prefix boolean) RETURNS SETOF public.search_query_word
  LANGUAGE sql STABLE AS $$
  WITH split AS (
    SELECT left(p.w, 64) AS w, row_number() OVER (ORDER BY x.o, p.o) AS k
    FROM unnest(words) WITH ORDINALITY AS x(w, o), unnest(public.search_split(x.w)) WITH ORDINALITY AS p(w, o)
  ), lexed AS (
    -- u: the word as the word list and prefixes hold it
    SELECT k, public.f_unaccent(w) AS u, public.search_word_lexemes(w) AS lex, public.search_is_stop_word(w) AS stop
    FROM split WHERE k <= 10
  ), kept AS (
    -- stop words are left out, unless nothing else is left
    SELECT k, u, lex, cardinality(lex) > 0
      AND (NOT stop OR NOT EXISTS (SELECT 1 FROM lexed l WHERE cardinality(l.lex) > 0 AND NOT l.stop)) AS kept
    FROM lexed
  ), marked AS (
    SELECT *, kept AND prefix AND char_length(u) >= 2 AND k = max(k) FILTER (WHERE kept) OVER () AS typing,
      CASE WHEN kept THEN public.search_typo_words(u) ELSE '{}' END AS typos
    FROM kept
  ), near AS (
    SELECT m.*, array(SELECT l FROM unnest(m.typos) t, unnest(public.search_word_lexemes(t)) l
                      EXCEPT SELECT unnest(m.lex)) AS near
    FROM marked m
  )
  SELECT n.u, n.lex, n.near, n.kept, e.exact,
    public.search_or(e.exact, public.search_or(public.search_any_lexeme(n.near),
      CASE WHEN n.typing THEN (SELECT public.search_or_any(public.search_prefix(t)) FROM unnest(n.typos) t) END))
  FROM near n,
    LATERAL (SELECT CASE WHEN n.kept THEN public.search_or(public.search_any_lexeme(n.lex),
                                                      CASE WHEN n.typing THEN public.search_prefix(n.u) END) END AS exact) e
  ORDER BY n.k $$;

CREATE OR REPLACE FUNCTION public.search_query(words text[], prefix boolean DEFAULT true) RETURNS public.search_query
  LANGUAGE plpgsql STABLE AS $$
DECLARE
  w public.search_query_word[] := array(SELECT x FROM public.search_query_words(words, prefix) x);
  n int := coalesce(cardinality(w), 0);
  i int := 1;
  j int;
  span int;
  grp text;
  spelt boolean;
  synonyms tsquery;
  seg_words tsquery;
  seg_full tsquery;
  result public.search_query;
BEGIN
  WHILE i <= n LOOP
    -- The longest synonym term that the words from here on spell, also with
    -- a typo in them (a term spelt right wins a tie).
    SELECT jsonb_array_length(st."words"), st."groupId", t.spelt INTO span, grp, spelt
    FROM "SynonymTerm" st,
      LATERAL (
        SELECT bool_and(l.term && ((w[i + g.o])."lexemes" || (w[i + g.o])."word")) AS spelt,
               bool_and(l.term && ((w[i + g.o])."lexemes" || (w[i + g.o])."near" || (w[i + g.o])."word")) AS near
        FROM generate_series(0, jsonb_array_length(st."words") - 1) AS g(o),
          LATERAL (SELECT ARRAY(SELECT jsonb_array_elements_text(st."words" -> g.o)) AS term) l
      ) t
    WHERE st."first" && ((w[i])."lexemes" || (w[i])."near" || (w[i])."word")
      AND jsonb_array_length(st."words") <= n - i + 1
      AND t.near
    ORDER BY jsonb_array_length(st."words") DESC, t.spelt DESC, st."groupId"
    LIMIT 1;
    IF FOUND THEN
      SELECT public.search_or_any(st."query" ORDER BY st."position") INTO synonyms
      FROM "SynonymTerm" st WHERE st."groupId" = grp;
    ELSE
      span := 1;
      spelt := false;
      synonyms := NULL;
    END IF;
    seg_words := NULL;
    seg_full := NULL;
    FOR j IN i..i + span - 1 LOOP
      CONTINUE WHEN NOT (w[j])."kept";
      seg_words := public.search_and(seg_words, (w[j])."exact");
      seg_full := public.search_and(seg_full, (w[j])."full");
    END LOOP;
    result."words" := public.search_and(result."words", seg_words);
    result."exact" := public.search_and(result."exact", CASE WHEN spelt THEN public.search_or(seg_words, synonyms) ELSE seg_words END);
    result."full" := public.search_and(result."full", public.search_or(seg_full, synonyms));
    i := i + span;
  END LOOP;
  RETURN result;
END $$;

-- "Did you mean": for each query word the search knows nothing of (neither
-- as typed nor in any form), the closest indexed word as written (within two
-- edits from 5 letters, one from 3), else NULL. The caller checks that the
-- corrected query finds something before offering it.
CREATE OR REPLACE FUNCTION public.search_suggest(words text[]) RETURNS text[]
  LANGUAGE sql STABLE AS $$
  SELECT array_agg(s.suggestion ORDER BY s.k) FROM (
    SELECT x.k, CASE
      WHEN char_length(a.u) < 3 OR EXISTS (
        SELECT 1 FROM "SearchWord" w WHERE w."plain" = a.u OR w."word" = ANY(public.search_word_lexemes(x.w)))
      THEN NULL
      ELSE (SELECT w."word" FROM "SearchWord" w
            WHERE w."shown" AND w."plain" % a.u AND public.search_edit_distance(w."plain", a.u, a.max) <= a.max
            ORDER BY public.search_edit_distance(w."plain", a.u, a.max), similarity(w."plain", a.u) DESC, w."word"
            LIMIT 1)
      END AS suggestion
    FROM unnest(words) WITH ORDINALITY AS x(w, k),
      LATERAL (SELECT public.f_unaccent(lower(x.w)) AS u,
                      CASE WHEN char_length(x.w) >= 5 THEN 2 ELSE 1 END AS max) a
  ) s $$;

-- Relevance of a matching record: the words as typed first, then through a
-- synonym, then only with a typo; within each, ts_rank with the weights
-- title A 1.0, summary B 0.4, descriptions C 0.2, names and labels D 0.1.
CREATE OR REPLACE FUNCTION public.search_rank(v tsvector, q public.search_query) RETURNS real
  LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT (CASE WHEN v @@ q."words" THEN 2 WHEN v @@ q."exact" THEN 1 ELSE 0 END
          + ts_rank('{0.1, 0.2, 0.4, 1.0}', v, q."full"))::real $$;

-- ─── Innovations ────────────────────────────────────────────────────────────
ALTER TABLE "Innovation" ADD COLUMN "search_head" tsvector STORAGE MAIN;

-- Weighted: titles A, summaries B, the long descriptions C; then D for what
-- the record shows besides its own text: its implementers', supporters' and
-- experts' organisations, its planning region and municipality, its themes
-- and target groups (names and labels in both languages). Latvian fields
-- through sikc_lv, English ones through sikc_en.
CREATE OR REPLACE FUNCTION public.innovation_search_related(
  innovation text, themes text[], target_groups text[], region text, municipality text, OUT lv text, OUT en text)
  LANGUAGE sql STABLE AS $$
  SELECT string_agg(x.lv, ' '), string_agg(x.en, ' ') FROM (
    SELECT o."nameLv" AS lv, o."nameEn" AS en
    FROM "InnovationOrganisation" io JOIN "Organisation" o ON o."id" = io."organisationId"
    WHERE io."innovationId" = innovation
    UNION ALL
    -- experts are shown (and so searchable) only when they agreed to be
    SELECT o."nameLv", o."nameEn"
    FROM "InnovationExpert" e JOIN "Contact" c ON c."id" = e."contactId" JOIN "Organisation" o ON o."id" = c."organisationId"
    WHERE e."innovationId" = innovation AND c."showPublicly"
    UNION ALL
    SELECT t."labelLv", t."labelEn" FROM "Term" t
    WHERE (t."vocabulary" = 'THEME' AND t."key" = ANY(themes))
       OR (t."vocabulary" = 'TARGET_GROUP' AND t."key" = ANY(target_groups))
       OR (t."vocabulary" = 'REGION' AND t."key" = region)
       OR (t."vocabulary" = 'MUNICIPALITY' AND t."key" = municipality)
  ) x $$;

-- What the record shows besides its own text, as the D part of its vector.
CREATE OR REPLACE FUNCTION public.innovation_search_shown(i "Innovation") RETURNS tsvector
  LANGUAGE sql STABLE AS $$
  SELECT setweight(public.search_lv(r.lv) || public.search_en(r.en), 'D')
  FROM public.innovation_search_related(i."id", i."themes", i."targetGroups", i."region", i."municipality") r $$;

-- The titles (weight A) and summaries (B) of a record. The titles are also
-- kept on their own (search_head): small enough to stay in the row, so
-- ranking thousands of matches reads no out-of-line vector.
CREATE OR REPLACE FUNCTION public.innovation_search_head(i "Innovation") RETURNS tsvector
  LANGUAGE sql IMMUTABLE AS $$
  SELECT setweight(public.search_lv(i."titleLv") || public.search_en(i."titleEn"), 'A') $$;

CREATE OR REPLACE FUNCTION public.innovation_search_summary(i "Innovation") RETURNS tsvector
  LANGUAGE sql IMMUTABLE AS $$
  SELECT setweight(public.search_lv(i."summaryLv") || public.search_en(i."summaryEn"), 'B') $$;

CREATE OR REPLACE FUNCTION public.innovation_search_body(i "Innovation") RETURNS tsvector
  LANGUAGE sql IMMUTABLE AS $$
  SELECT setweight(
    public.search_lv(concat_ws(' ', i."problemLv", i."solutionLv", i."noveltyLv", i."impactLv",
      i."resultsLv", i."transferabilityLv")) ||
    public.search_en(concat_ws(' ', i."problemEn", i."solutionEn", i."noveltyEn", i."impactEn",
      i."resultsEn", i."transferabilityEn")), 'C') $$;

-- The record's own words, for the word list.
CREATE OR REPLACE FUNCTION public.innovation_search_text(i "Innovation") RETURNS text
  LANGUAGE sql IMMUTABLE AS $$
  SELECT concat_ws(' ', i."titleLv", i."titleEn", i."summaryLv", i."summaryEn", i."problemLv", i."problemEn",
    i."solutionLv", i."solutionEn", i."noveltyLv", i."noveltyEn", i."impactLv", i."impactEn",
    i."resultsLv", i."resultsEn", i."transferabilityLv", i."transferabilityEn") $$;

-- Organisation.type of IMPLEMENTER and Organisation.slug of SUPPORTER
-- organisations are copied beside the vector, so facet counts need no join
-- per row. A changed link, name or label only touches the D part: the
-- record's own text keeps its lexemes (the dictionary is the slow part), unless
-- `whole` asks for everything again (a new dictionary, a rebuild).
CREATE OR REPLACE FUNCTION public.innovation_search_refresh(ids text[], whole boolean DEFAULT false) RETURNS void
  LANGUAGE sql AS $$
  UPDATE "Innovation" i SET
    "search_head" = CASE WHEN whole OR i."search_head" IS NULL THEN h.head ELSE i."search_head" END,
    "search_vector" = CASE WHEN whole OR i."search_vector" IS NULL
                        THEN h.head || public.innovation_search_summary(i) || public.innovation_search_body(i)
                             || public.innovation_search_shown(i)
                        ELSE ts_filter(i."search_vector", '{a,b,c}') || public.innovation_search_shown(i) END,
    "search_implementer_types" = coalesce((
      SELECT array_agg(DISTINCT o."type" ORDER BY o."type")
      FROM "InnovationOrganisation" io JOIN "Organisation" o ON o."id" = io."organisationId"
      WHERE io."innovationId" = i."id" AND io."role" = 'IMPLEMENTER'), '{}'),
    "search_supporters" = coalesce((
      SELECT array_agg(DISTINCT o."slug" ORDER BY o."slug")
      FROM "InnovationOrganisation" io JOIN "Organisation" o ON o."id" = io."organisationId"
      WHERE io."innovationId" = i."id" AND io."role" = 'SUPPORTER'), '{}')
  FROM (SELECT x."id", CASE WHEN whole OR x."search_head" IS NULL THEN public.innovation_search_head(x) END AS head
        FROM "Innovation" x WHERE x."id" = ANY(ids)) h
  WHERE i."id" = h."id" $$;

CREATE OR REPLACE FUNCTION public.innovation_search_row() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  NEW."search_head" := public.innovation_search_head(NEW);
  NEW."search_vector" := NEW."search_head" || public.innovation_search_summary(NEW) || public.innovation_search_body(NEW)
    || public.innovation_search_shown(NEW);
  RETURN NEW;
END $$;

CREATE TRIGGER "Innovation_search_vector_trg"
  BEFORE INSERT OR UPDATE OF "titleLv", "titleEn", "summaryLv", "summaryEn", "problemLv", "problemEn",
    "solutionLv", "solutionEn", "noveltyLv", "noveltyEn", "impactLv", "impactEn", "resultsLv", "resultsEn",
    "transferabilityLv", "transferabilityEn", "themes", "targetGroups", "region", "municipality"
  ON "Innovation" FOR EACH ROW EXECUTE FUNCTION public.innovation_search_row();

CREATE OR REPLACE FUNCTION public.innovation_search_words() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM public.search_words_add(ARRAY(SELECT public.innovation_search_text(n) FROM new_rows n));
    PERFORM public.search_lexemes_add(ARRAY(SELECT n."search_vector" FROM new_rows n));
  ELSE
    PERFORM public.search_words_add(ARRAY(
      SELECT public.innovation_search_text(n) FROM new_rows n JOIN old_rows o USING ("id")
      WHERE public.innovation_search_text(n) IS DISTINCT FROM public.innovation_search_text(o)));
    PERFORM public.search_lexemes_add(ARRAY(
      SELECT CASE WHEN public.innovation_search_text(n) IS DISTINCT FROM public.innovation_search_text(o)
                  THEN n."search_vector" ELSE ts_filter(n."search_vector", '{d}') END
      FROM new_rows n JOIN old_rows o USING ("id")
      WHERE n."search_vector" IS DISTINCT FROM o."search_vector"));
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "Innovation_search_words_ins_trg" AFTER INSERT ON "Innovation"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public.innovation_search_words();
CREATE TRIGGER "Innovation_search_words_upd_trg" AFTER UPDATE ON "Innovation"
  REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION public.innovation_search_words();

-- Links to organisations and experts: the record shows their names.
CREATE OR REPLACE FUNCTION public.innovation_link_changed() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM public.innovation_search_refresh(ARRAY(SELECT DISTINCT "innovationId" FROM new_rows));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM public.innovation_search_refresh(ARRAY(SELECT DISTINCT "innovationId" FROM old_rows));
  ELSE
    PERFORM public.innovation_search_refresh(ARRAY(
      SELECT "innovationId" FROM new_rows UNION SELECT "innovationId" FROM old_rows));
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "InnovationOrganisation_search_ins_trg" AFTER INSERT ON "InnovationOrganisation"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public.innovation_link_changed();
CREATE TRIGGER "InnovationOrganisation_search_upd_trg" AFTER UPDATE ON "InnovationOrganisation"
  REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION public.innovation_link_changed();
CREATE TRIGGER "InnovationOrganisation_search_del_trg" AFTER DELETE ON "InnovationOrganisation"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION public.innovation_link_changed();
CREATE TRIGGER "InnovationExpert_search_ins_trg" AFTER INSERT ON "InnovationExpert"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public.innovation_link_changed();
CREATE TRIGGER "InnovationExpert_search_upd_trg" AFTER UPDATE ON "InnovationExpert"
  REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION public.innovation_link_changed();
CREATE TRIGGER "InnovationExpert_search_del_trg" AFTER DELETE ON "InnovationExpert"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION public.innovation_link_changed();

-- ─── Organisations (the directory, and the innovations that show them) ──────
ALTER TABLE "Organisation" ADD COLUMN "search_vector" tsvector;
CREATE INDEX "Organisation_search_vector_idx" ON "Organisation" USING GIN ("search_vector");

CREATE OR REPLACE FUNCTION public.organisation_search_document(o "Organisation") RETURNS tsvector
  LANGUAGE sql STABLE AS $$
  SELECT
    setweight(public.search_lv(o."nameLv") || public.search_en(o."nameEn"), 'A') ||
    setweight(public.search_lv(o."descriptionLv") || public.search_en(o."descriptionEn"), 'B') ||
    setweight(public.search_lv(string_agg(t."labelLv", ' ')) || public.search_en(string_agg(t."labelEn", ' ')), 'D')
  FROM (SELECT 1) one LEFT JOIN "Term" t ON
       (t."vocabulary" = 'ORGANISATION_TYPE' AND t."key" = o."type")
    OR (t."vocabulary" = 'REGION' AND t."key" = o."region")
    OR (t."vocabulary" = 'MUNICIPALITY' AND t."key" = o."municipality")
    OR (t."vocabulary" = 'ECOSYSTEM_ROLE' AND t."key" = ANY(o."roles"))
    OR (t."vocabulary" = 'SUPPORT_TYPE' AND t."key" = ANY(o."supportTypes")) $$;

CREATE OR REPLACE FUNCTION public.organisation_search_row() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  NEW."search_vector" := public.organisation_search_document(NEW);
  IF TG_OP = 'INSERT' OR NEW."nameLv" IS DISTINCT FROM OLD."nameLv" OR NEW."nameEn" IS DISTINCT FROM OLD."nameEn"
     OR NEW."descriptionLv" IS DISTINCT FROM OLD."descriptionLv" OR NEW."descriptionEn" IS DISTINCT FROM OLD."descriptionEn" THEN
    PERFORM public.search_words_add(ARRAY[concat_ws(' ', NEW."nameLv", NEW."nameEn", NEW."descriptionLv", NEW."descriptionEn")]);
    PERFORM public.search_lexemes_add(ARRAY[NEW."search_vector"]);
  END IF;
  RETURN NEW;
END $$;

CREATE TRIGGER "Organisation_search_vector_trg"
  BEFORE INSERT OR UPDATE OF "nameLv", "nameEn", "descriptionLv", "descriptionEn", "type", "region", "municipality",
    "roles", "supportTypes"
  ON "Organisation" FOR EACH ROW EXECUTE FUNCTION public.organisation_search_row();

-- A renamed organisation (or a new slug or type) is shown on, and faceted
-- by, every innovation linked to it, also through its experts.
CREATE OR REPLACE FUNCTION public.organisation_shown_changed() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  PERFORM public.innovation_search_refresh(ARRAY(
    SELECT io."innovationId" FROM "InnovationOrganisation" io WHERE io."organisationId" = NEW."id"
    UNION
    SELECT e."innovationId" FROM "InnovationExpert" e JOIN "Contact" c ON c."id" = e."contactId"
    WHERE c."organisationId" = NEW."id"));
  RETURN NULL;
END $$;

CREATE TRIGGER "Organisation_search_shown_trg" AFTER UPDATE OF "nameLv", "nameEn", "slug", "type" ON "Organisation"
  FOR EACH ROW WHEN (OLD."nameLv" IS DISTINCT FROM NEW."nameLv" OR OLD."nameEn" IS DISTINCT FROM NEW."nameEn"
    OR OLD."slug" IS DISTINCT FROM NEW."slug" OR OLD."type" IS DISTINCT FROM NEW."type")
  EXECUTE FUNCTION public.organisation_shown_changed();

CREATE OR REPLACE FUNCTION public.contact_shown_changed() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  PERFORM public.innovation_search_refresh(ARRAY(SELECT "innovationId" FROM "InnovationExpert" WHERE "contactId" = NEW."id"));
  RETURN NULL;
END $$;

CREATE TRIGGER "Contact_search_shown_trg" AFTER UPDATE OF "organisationId", "showPublicly" ON "Contact"
  FOR EACH ROW WHEN (OLD."organisationId" IS DISTINCT FROM NEW."organisationId" OR OLD."showPublicly" IS DISTINCT FROM NEW."showPublicly")
  EXECUTE FUNCTION public.contact_shown_changed();

-- ─── Resources (the toolkit) ────────────────────────────────────────────────
ALTER TABLE "Resource" ADD COLUMN "search_vector" tsvector;
CREATE INDEX "Resource_search_vector_idx" ON "Resource" USING GIN ("search_vector");

CREATE OR REPLACE FUNCTION public.resource_search_document(r "Resource") RETURNS tsvector
  LANGUAGE sql STABLE AS $$
  SELECT
    setweight(public.search_lv(r."titleLv") || public.search_en(r."titleEn"), 'A') ||
    setweight(public.search_lv(r."summaryLv") || public.search_en(r."summaryEn"), 'B') ||
    setweight(public.search_lv(r."publisher"), 'C') ||
    setweight(public.search_lv(string_agg(t."labelLv", ' ')) || public.search_en(string_agg(t."labelEn", ' ')), 'D')
  FROM (SELECT 1) one LEFT JOIN "Term" t ON
       (t."vocabulary" = 'RESOURCE_TYPE' AND t."key" = r."type")
    OR (t."vocabulary" = 'THEME' AND t."key" = ANY(r."themes"))
    OR (t."vocabulary" = 'AUDIENCE' AND t."key" = ANY(r."audiences"))
    OR (t."vocabulary" = 'STAGE' AND t."key" = ANY(r."stages")) $$;

CREATE OR REPLACE FUNCTION public.resource_search_row() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  NEW."search_vector" := public.resource_search_document(NEW);
  PERFORM public.search_words_add(ARRAY[concat_ws(' ', NEW."titleLv", NEW."titleEn", NEW."summaryLv", NEW."summaryEn", NEW."publisher")]);
  PERFORM public.search_lexemes_add(ARRAY[NEW."search_vector"]);
  RETURN NEW;
END $$;

CREATE TRIGGER "Resource_search_vector_trg"
  BEFORE INSERT OR UPDATE OF "titleLv", "titleEn", "summaryLv", "summaryEn", "publisher", "type", "themes", "audiences", "stages"
  ON "Resource" FOR EACH ROW EXECUTE FUNCTION public.resource_search_row();

-- ─── Vocabulary labels ──────────────────────────────────────────────────────
-- A relabelled term is shown on (and searchable in) every record using it.
CREATE OR REPLACE FUNCTION public.term_label_changed() RETURNS trigger
  LANGUAGE plpgsql AS $$
DECLARE
  k text := NEW."key";
BEGIN
  PERFORM public.search_words_add(ARRAY[concat_ws(' ', NEW."labelLv", NEW."labelEn")]);
  PERFORM public.search_lexemes_add(ARRAY[public.search_lv(NEW."labelLv") || public.search_en(NEW."labelEn")]);
  IF TG_OP = 'INSERT' THEN
    RETURN NULL;
  END IF;
  PERFORM public.innovation_search_refresh(ARRAY(SELECT i."id" FROM "Innovation" i WHERE
    CASE NEW."vocabulary"
      WHEN 'THEME' THEN i."themes" @> ARRAY[k]
      WHEN 'TARGET_GROUP' THEN i."targetGroups" @> ARRAY[k]
      WHEN 'REGION' THEN i."region" = k
      WHEN 'MUNICIPALITY' THEN i."municipality" = k
      ELSE false END));
  UPDATE "Organisation" o SET "search_vector" = public.organisation_search_document(o) WHERE
    CASE NEW."vocabulary"
      WHEN 'ORGANISATION_TYPE' THEN o."type" = k
      WHEN 'REGION' THEN o."region" = k
      WHEN 'MUNICIPALITY' THEN o."municipality" = k
      WHEN 'ECOSYSTEM_ROLE' THEN o."roles" @> ARRAY[k]
      WHEN 'SUPPORT_TYPE' THEN o."supportTypes" @> ARRAY[k]
      ELSE false END;
  UPDATE "Resource" r SET "search_vector" = public.resource_search_document(r) WHERE
    CASE NEW."vocabulary"
      WHEN 'RESOURCE_TYPE' THEN r."type" = k
      WHEN 'THEME' THEN r."themes" @> ARRAY[k]
      WHEN 'AUDIENCE' THEN r."audiences" @> ARRAY[k]
      WHEN 'STAGE' THEN r."stages" @> ARRAY[k]
      ELSE false END;
  RETURN NULL;
END $$;

CREATE TRIGGER "Term_search_label_trg" AFTER INSERT OR UPDATE OF "labelLv", "labelEn" ON "Term"
  FOR EACH ROW EXECUTE FUNCTION public.term_label_changed();

-- ─── Rebuild (this migration, npm run search:reindex, a new dictionary) ─────
CREATE OR REPLACE FUNCTION public.search_rebuild() RETURNS void
  LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "SearchWordVariant";
  DELETE FROM "SearchWord";
  PERFORM public.innovation_search_refresh(ARRAY(SELECT "id" FROM "Innovation"), true);
  UPDATE "Organisation" o SET "search_vector" = public.organisation_search_document(o);
  UPDATE "Resource" r SET "search_vector" = public.resource_search_document(r);
  PERFORM public.synonym_terms_refresh(ARRAY(SELECT "id" FROM "SynonymGroup"));
  PERFORM public.search_words_add(ARRAY(
    SELECT public.innovation_search_text(i) FROM "Innovation" i
    UNION ALL SELECT concat_ws(' ', "nameLv", "nameEn", "descriptionLv", "descriptionEn") FROM "Organisation"
    UNION ALL SELECT concat_ws(' ', "titleLv", "titleEn", "summaryLv", "summaryEn", "publisher") FROM "Resource"
    UNION ALL SELECT concat_ws(' ', "labelLv", "labelEn") FROM "Term"
    UNION ALL SELECT array_to_string("terms", ' ') FROM "SynonymGroup"));
  PERFORM public.search_lexemes_add(ARRAY(
    SELECT "search_vector" FROM "Innovation"
    UNION ALL SELECT "search_vector" FROM "Organisation"
    UNION ALL SELECT "search_vector" FROM "Resource"));
END $$;

SELECT public.search_rebuild();
