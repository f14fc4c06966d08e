-- The toolkit's free-text search (lib/resources/public-queries.ts) reads the
-- resource's search vector through the shared text layer. A resource names
-- its publisher by a directory organisation's slug or by a plain name; where
-- it is a slug, the vector also carries that organisation's names in both
-- languages (as a record shows them), and renaming the organisation
-- recomputes the resources it publishes, in the same transaction.

CREATE OR REPLACE FUNCTION public.resource_search_document(r "Resource") RETURNS tsvector
  LANGUAGE sql STABLE AS $$
  SELECT
    setweight(public.search_lv(r."titleLv") || public.search_en(r."titleEn"), 'A') ||
    setweight(public.search_lv(r."summaryLv") || public.search_en(r."summaryEn"), 'B') ||
    setweight(public.search_lv(concat_ws(' ', r."publisher", p."nameLv")) || public.search_en(p."nameEn"), 'C') ||
    setweight(public.search_lv(string_agg(t."labelLv", ' ')) || public.search_en(string_agg(t."labelEn", ' ')), 'D')
  FROM (SELECT 1) one
  LEFT JOIN LATERAL (SELECT o."nameLv", o."nameEn" FROM "Organisation" o WHERE o."slug" = r."publisher") p ON true
  LEFT JOIN "Term" t ON
       (t."vocabulary" = 'RESOURCE_TYPE' AND t."key" = r."type")
    OR (t."vocabulary" = 'THEME' AND t."key" = ANY(r."themes"))
    OR (t."vocabulary" = 'AUDIENCE' AND t."key" = ANY(r."audiences"))
    OR (t."vocabulary" = 'STAGE' AND t."key" = ANY(r."stages"))
  -- at most one organisation has the slug: one group
  GROUP BY p."nameLv", p."nameEn" $$;

CREATE OR REPLACE FUNCTION public.organisation_resources_changed() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "Resource" r SET "search_vector" = public.resource_search_document(r)
  WHERE r."publisher" IN (OLD."slug", NEW."slug");
  RETURN NULL;
END $$;

CREATE TRIGGER "Organisation_search_resources_trg" AFTER UPDATE OF "nameLv", "nameEn", "slug" ON "Organisation"
  FOR EACH ROW WHEN (OLD."nameLv" IS DISTINCT FROM NEW."nameLv" OR OLD."nameEn" IS DISTINCT FROM NEW."nameEn"
    OR OLD."slug" IS DISTINCT FROM NEW."slug")
  EXECUTE FUNCTION public.organisation_resources_changed();

UPDATE "Resource" r SET "search_vector" = public.resource_search_document(r);
