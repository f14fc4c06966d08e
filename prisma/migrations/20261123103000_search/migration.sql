-- PostgreSQL search engine (lib/search/postgres.ts). Everything here is
-- derived from the Innovation/Organisation rows by triggers, so the engine's
-- "index" is always as fresh as the committed data and needs no sync.

-- unaccent() is only STABLE (its dictionary could change), so it cannot be
-- used in an index or a stored expression; naming the dictionary explicitly
-- makes this wrapper safe to declare IMMUTABLE.
CREATE OR REPLACE FUNCTION public.f_unaccent(text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$;

-- Latvian alphabetical order for "sort by title" (ā after a, č after c …).
-- ICU may be missing on some builds: fall back to the database's default.
DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_collation WHERE collname = 'lv-x-icu') THEN
    CREATE COLLATION IF NOT EXISTS public.sikc_lv (provider = icu, locale = 'lv');
  ELSE
    CREATE COLLATION IF NOT EXISTS public.sikc_lv FROM "default";
  END IF;
END $$;

ALTER TABLE "Innovation"
  ADD COLUMN "search_vector" tsvector,
  -- Organisation.type of IMPLEMENTER and Organisation.slug of SUPPORTER
  -- organisations, copied here so facet counts need no join per row.
  ADD COLUMN "search_implementer_types" TEXT[] NOT NULL DEFAULT '{}',
  ADD COLUMN "search_supporters" TEXT[] NOT NULL DEFAULT '{}';

-- Every distinct word of the indexed text (4+ letters): typo tolerance looks
-- up similar words here with pg_trgm, then searches the tsvector for them,
-- which is far cheaper than trigram matching against whole documents.
CREATE TABLE "SearchLexicon" (
  "word" TEXT NOT NULL,
  CONSTRAINT "SearchLexicon_pkey" PRIMARY KEY ("word")
);

CREATE INDEX "SearchLexicon_word_trgm_idx" ON "SearchLexicon" USING GIN ("word" gin_trgm_ops);
CREATE INDEX "Innovation_search_vector_idx" ON "Innovation" USING GIN ("search_vector");
CREATE INDEX "Innovation_search_implementer_types_idx" ON "Innovation" USING GIN ("search_implementer_types");
CREATE INDEX "Innovation_search_supporters_idx" ON "Innovation" USING GIN ("search_supporters");

-- Weighted: title A, summary B, the long descriptions C; both languages, so a
-- Latvian query finds English-only records and vice versa.
CREATE OR REPLACE FUNCTION public.innovation_search_vector() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  NEW."search_vector" :=
    setweight(to_tsvector('simple', public.f_unaccent(lower(
      coalesce(NEW."titleLv", '') || ' ' || coalesce(NEW."titleEn", '')))), 'A') ||
    setweight(to_tsvector('simple', public.f_unaccent(lower(
      coalesce(NEW."summaryLv", '') || ' ' || coalesce(NEW."summaryEn", '')))), 'B') ||
    setweight(to_tsvector('simple', public.f_unaccent(lower(
      coalesce(NEW."problemLv", '') || ' ' || coalesce(NEW."problemEn", '') || ' ' ||
      coalesce(NEW."solutionLv", '') || ' ' || coalesce(NEW."solutionEn", '') || ' ' ||
      coalesce(NEW."noveltyLv", '') || ' ' || coalesce(NEW."noveltyEn", '') || ' ' ||
      coalesce(NEW."impactLv", '') || ' ' || coalesce(NEW."impactEn", '') || ' ' ||
      coalesce(NEW."resultsLv", '') || ' ' || coalesce(NEW."resultsEn", '')))), 'C');
  RETURN NEW;
END $$;

CREATE TRIGGER "Innovation_search_vector_trg"
  BEFORE INSERT OR UPDATE OF "titleLv", "titleEn", "summaryLv", "summaryEn", "problemLv", "problemEn",
    "solutionLv", "solutionEn", "noveltyLv", "noveltyEn", "impactLv", "impactEn", "resultsLv", "resultsEn"
  ON "Innovation" FOR EACH ROW EXECUTE FUNCTION public.innovation_search_vector();

-- Statement-level with transition tables: a bulk insert adds its words in one
-- statement instead of one INSERT … ON CONFLICT per row. Words are never
-- removed: a stale word only yields a typo candidate that matches nothing.
CREATE OR REPLACE FUNCTION public.innovation_search_lexicon() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO "SearchLexicon" ("word")
      SELECT DISTINCT w FROM new_rows, unnest(tsvector_to_array(new_rows."search_vector")) AS w
      WHERE length(w) >= 4
      ON CONFLICT DO NOTHING;
  ELSE
    INSERT INTO "SearchLexicon" ("word")
      SELECT DISTINCT w FROM new_rows JOIN old_rows USING ("id"),
        unnest(tsvector_to_array(new_rows."search_vector")) AS w
      WHERE new_rows."search_vector" IS DISTINCT FROM old_rows."search_vector" AND length(w) >= 4
      ON CONFLICT DO NOTHING;
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "Innovation_search_lexicon_ins_trg" AFTER INSERT ON "Innovation"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public.innovation_search_lexicon();
CREATE TRIGGER "Innovation_search_lexicon_upd_trg" AFTER UPDATE ON "Innovation"
  REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION public.innovation_search_lexicon();

CREATE OR REPLACE FUNCTION public.innovation_refresh_org_facets(ids TEXT[]) RETURNS void
  LANGUAGE sql AS $$
  UPDATE "Innovation" i SET
    "search_implementer_types" = coalesce((
      SELECT array_agg(DISTINCT o."type" ORDER BY o."type")
      FROM "InnovationOrganisation" io JOIN "Organisation" o ON o."id" = io."organisationId"
      WHERE io."innovationId" = i."id" AND io."role" = 'IMPLEMENTER'), '{}'),
    "search_supporters" = coalesce((
      SELECT array_agg(DISTINCT o."slug" ORDER BY o."slug")
      FROM "InnovationOrganisation" io JOIN "Organisation" o ON o."id" = io."organisationId"
      WHERE io."innovationId" = i."id" AND io."role" = 'SUPPORTER'), '{}')
  WHERE i."id" = ANY(ids);
$$;

CREATE OR REPLACE FUNCTION public.innovation_org_link_changed() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM public.innovation_refresh_org_facets(ARRAY(SELECT DISTINCT "innovationId" FROM new_rows));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM public.innovation_refresh_org_facets(ARRAY(SELECT DISTINCT "innovationId" FROM old_rows));
  ELSE
    PERFORM public.innovation_refresh_org_facets(ARRAY(
      SELECT "innovationId" FROM new_rows UNION SELECT "innovationId" FROM old_rows));
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "InnovationOrganisation_search_ins_trg" AFTER INSERT ON "InnovationOrganisation"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public.innovation_org_link_changed();
CREATE TRIGGER "InnovationOrganisation_search_upd_trg" AFTER UPDATE ON "InnovationOrganisation"
  REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION public.innovation_org_link_changed();
CREATE TRIGGER "InnovationOrganisation_search_del_trg" AFTER DELETE ON "InnovationOrganisation"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION public.innovation_org_link_changed();

CREATE OR REPLACE FUNCTION public.organisation_search_changed() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  PERFORM public.innovation_refresh_org_facets(ARRAY(
    SELECT DISTINCT "innovationId" FROM "InnovationOrganisation" WHERE "organisationId" = NEW."id"));
  RETURN NULL;
END $$;

CREATE TRIGGER "Organisation_search_trg" AFTER UPDATE OF "type", "slug" ON "Organisation"
  FOR EACH ROW WHEN (OLD."type" IS DISTINCT FROM NEW."type" OR OLD."slug" IS DISTINCT FROM NEW."slug")
  EXECUTE FUNCTION public.organisation_search_changed();

-- Backfill existing rows (the BEFORE trigger computes the vector).
UPDATE "Innovation" SET "titleLv" = "titleLv";
SELECT public.innovation_refresh_org_facets(ARRAY(SELECT "id" FROM "Innovation"));
