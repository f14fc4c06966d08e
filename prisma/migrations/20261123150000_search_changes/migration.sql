-- The PostgreSQL engine now matches words in memory from posting lists of the
-- innovations' own search vectors (lib/search/text-index.ts), so the narrow
-- SearchDocument copy made for GIN scans has no reader left.
DROP TRIGGER "Innovation_search_document_ins_trg" ON "Innovation";
DROP TRIGGER "Innovation_search_document_upd_trg" ON "Innovation";
DROP TRIGGER "Innovation_search_document_del_trg" ON "Innovation";
DROP FUNCTION public.search_document_sync();
DROP TABLE "SearchDocument";

-- AlterTable
ALTER TABLE "SearchState" ADD COLUMN     "floor" BIGINT NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "SearchChange" (
    "version" BIGINT NOT NULL,
    "seq" INTEGER NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SearchChange_pkey" PRIMARY KEY ("version","seq")
);

-- Each process patches its in-memory copy with the rows changed since its
-- version (lib/search/facet-index-load.ts) instead of reading every row
-- again. The commit-time trigger that bumps the version once per transaction
-- now also records which rows (by search_seq) that version changed. Versions
-- are handed out under SearchState's row lock in commit order, so a snapshot
-- that sees version v sees every change of versions up to v.
CREATE OR REPLACE FUNCTION public.search_state_bump() RETURNS trigger
  LANGUAGE plpgsql AS $$
DECLARE
  v bigint := nullif(current_setting('sikc.search_state_version', true), '')::bigint;
BEGIN
  -- transaction-local (reset at commit or rollback)
  IF v IS NULL THEN
    UPDATE "SearchState" SET "version" = "version" + 1 WHERE "id" = 1 RETURNING "version" INTO v;
    PERFORM set_config('sikc.search_state_version', v::text, true);
  END IF;
  INSERT INTO "SearchChange" ("version", "seq")
    VALUES (v, CASE WHEN TG_OP = 'DELETE' THEN OLD."search_seq" ELSE NEW."search_seq" END)
    ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;

-- TRUNCATE names no rows: every copy older than it must be read anew.
CREATE OR REPLACE FUNCTION public.search_state_reset() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "SearchState" SET "version" = "version" + 1, "floor" = "version" + 1 WHERE "id" = 1;
  RETURN NULL;
END $$;

DROP TRIGGER "Innovation_search_state_truncate_trg" ON "Innovation";
CREATE TRIGGER "Innovation_search_state_truncate_trg"
  AFTER TRUNCATE ON "Innovation"
  FOR EACH STATEMENT EXECUTE FUNCTION public.search_state_reset();
