-- AlterTable
ALTER TABLE "Innovation" ADD COLUMN     "search_seq" SERIAL NOT NULL;

-- CreateTable
CREATE TABLE "SearchDocument" (
    "seq" INTEGER NOT NULL,
    "document" tsvector NOT NULL,
    "title" tsvector NOT NULL,

    CONSTRAINT "SearchDocument_pkey" PRIMARY KEY ("seq")
);

-- CreateTable
CREATE TABLE "SearchState" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "version" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "SearchState_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SearchDocument_document_idx" ON "SearchDocument" USING GIN ("document");

-- CreateIndex
CREATE INDEX "SearchDocument_title_idx" ON "SearchDocument" USING GIN ("title");

-- CreateIndex
CREATE UNIQUE INDEX "Innovation_search_seq_key" ON "Innovation"("search_seq");


-- The PostgreSQL engine (lib/search/postgres.ts) counts facets, sorts and
-- pages in memory (lib/search/facet-index*.ts); PostgreSQL answers only which
-- rows a text matches, as search_seq numbers, and reads the page's rows.

-- (1) Text matching reads SearchDocument: one narrow row per innovation (its
-- number inline, both vectors out of line), so the heap visit after a GIN scan
-- touches ~70 bytes per row, not the ~900 of the Innovation heap (at 100 000
-- rows: 830 pages instead of 11 000). Title matches, for relevance, come from
-- the title vector's own GIN index. Kept equal to Innovation's vectors by the
-- trigger below (search_seq is never written by the application).
ALTER TABLE "SearchDocument" SET (toast_tuple_target = 128);

CREATE OR REPLACE FUNCTION public.search_document_sync() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    DELETE FROM "SearchDocument" d USING old_rows o WHERE d."seq" = o."search_seq";
  ELSIF TG_OP = 'INSERT' THEN
    INSERT INTO "SearchDocument" ("seq", "document", "title")
      SELECT n."search_seq", coalesce(n."search_vector", ''), coalesce(n."search_title", '') FROM new_rows n
      ON CONFLICT ("seq") DO UPDATE SET "document" = EXCLUDED."document", "title" = EXCLUDED."title";
  ELSE
    INSERT INTO "SearchDocument" ("seq", "document", "title")
      SELECT n."search_seq", coalesce(n."search_vector", ''), coalesce(n."search_title", '')
      FROM new_rows n JOIN old_rows o USING ("id")
      WHERE n."search_vector" IS DISTINCT FROM o."search_vector" OR n."search_title" IS DISTINCT FROM o."search_title"
      ON CONFLICT ("seq") DO UPDATE SET "document" = EXCLUDED."document", "title" = EXCLUDED."title";
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "Innovation_search_document_ins_trg" AFTER INSERT ON "Innovation"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public.search_document_sync();
CREATE TRIGGER "Innovation_search_document_upd_trg" AFTER UPDATE ON "Innovation"
  REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION public.search_document_sync();
CREATE TRIGGER "Innovation_search_document_del_trg" AFTER DELETE ON "Innovation"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION public.search_document_sync();

INSERT INTO "SearchDocument" ("seq", "document", "title")
  SELECT "search_seq", coalesce("search_vector", ''), coalesce("search_title", '') FROM "Innovation";

-- (2) Processes rebuild their in-memory copy when this version moves. It
-- moves in the same transaction as any change to an innovation (including the
-- trigger-maintained organisation facets), so a search that starts after a
-- commit never sees an older copy. A deferred constraint trigger bumps it at
-- commit, once per transaction: the row lock on SearchState is held only for
-- the commit itself, so concurrent writers never wait on each other mid-way.
INSERT INTO "SearchState" ("id", "version") VALUES (1, 0);

CREATE OR REPLACE FUNCTION public.search_state_bump() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  -- transaction-local flag (reset at commit or rollback, also of a savepoint)
  IF current_setting('sikc.search_state_bumped', true) = 'on' THEN
    RETURN NULL;
  END IF;
  PERFORM set_config('sikc.search_state_bumped', 'on', true);
  UPDATE "SearchState" SET "version" = "version" + 1 WHERE "id" = 1;
  RETURN NULL;
END $$;

CREATE CONSTRAINT TRIGGER "Innovation_search_state_trg"
  AFTER INSERT OR UPDATE OR DELETE ON "Innovation"
  DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION public.search_state_bump();

CREATE TRIGGER "Innovation_search_state_truncate_trg"
  AFTER TRUNCATE ON "Innovation"
  FOR EACH STATEMENT EXECUTE FUNCTION public.search_state_bump();
