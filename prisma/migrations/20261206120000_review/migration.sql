-- Annual ecosystem review (issue 16): stage history, supporters' reports
-- through signed links, frozen snapshots of published reviews.

-- A report is accepted or returned to the supporter for correction; nothing
-- was ever stored as REJECTED (no form wrote reports before this migration).
ALTER TYPE "SupporterReportStatus" RENAME VALUE 'REJECTED' TO 'RETURNED';

-- AlterTable
ALTER TABLE "AnnualReview" ADD COLUMN     "challenges" JSONB NOT NULL DEFAULT '[]',
ADD COLUMN     "snapshot" JSONB;

-- AlterTable
ALTER TABLE "SupporterReport" DROP COLUMN "amountEur",
DROP COLUMN "beneficiaries",
ADD COLUMN     "consultations" INTEGER,
ADD COLUMN     "grantedEur" DECIMAL(14,2),
ADD COLUMN     "inviteEmail" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "invitedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "lentEur" DECIMAL(14,2),
ADD COLUMN     "locale" TEXT NOT NULL DEFAULT 'lv',
ADD COLUMN     "returnReason" TEXT,
ADD COLUMN     "reviewedAt" TIMESTAMP(3),
ADD COLUMN     "reviewedById" TEXT,
ADD COLUMN     "tokenVersion" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "trainingParticipants" INTEGER,
ADD COLUMN     "trainings" INTEGER;
ALTER TABLE "SupporterReport" ALTER COLUMN "inviteEmail" DROP DEFAULT;

-- CreateTable
CREATE TABLE "InnovationStageChange" (
    "id" BIGSERIAL NOT NULL,
    "innovationId" TEXT NOT NULL,
    "fromStage" TEXT,
    "toStage" TEXT NOT NULL,
    "changedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "InnovationStageChange_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "InnovationStageChange_changedAt_idx" ON "InnovationStageChange"("changedAt");

-- CreateIndex
CREATE INDEX "InnovationStageChange_innovationId_changedAt_idx" ON "InnovationStageChange"("innovationId", "changedAt");

-- CreateIndex
CREATE INDEX "SupporterReport_reviewId_status_idx" ON "SupporterReport"("reviewId", "status");

-- AddForeignKey
ALTER TABLE "InnovationStageChange" ADD CONSTRAINT "InnovationStageChange_innovationId_fkey" FOREIGN KEY ("innovationId") REFERENCES "Innovation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupporterReport" ADD CONSTRAINT "SupporterReport_reviewedById_fkey" FOREIGN KEY ("reviewedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- Stage history: one row per insert and per change of "stage", written by
-- the database in the same transaction as the change itself, so no write
-- path (staff form, submission approval, CSV import, seed, SQL) can skip it.
CREATE FUNCTION public.innovation_stage_history() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO "InnovationStageChange" ("innovationId", "fromStage", "toStage")
      VALUES (NEW."id", NULL, NEW."stage");
  ELSIF NEW."stage" IS DISTINCT FROM OLD."stage" THEN
    INSERT INTO "InnovationStageChange" ("innovationId", "fromStage", "toStage")
      VALUES (NEW."id", OLD."stage", NEW."stage");
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "Innovation_stage_history_ins_trg"
  AFTER INSERT ON "Innovation"
  FOR EACH ROW EXECUTE FUNCTION public.innovation_stage_history();
CREATE TRIGGER "Innovation_stage_history_upd_trg"
  AFTER UPDATE OF "stage" ON "Innovation"
  FOR EACH ROW EXECUTE FUNCTION public.innovation_stage_history();

-- What is known about innovations older than the history: their stage today.
-- No earlier move is invented; the review says from when history is kept.
INSERT INTO "InnovationStageChange" ("innovationId", "fromStage", "toStage")
  SELECT "id", NULL, "stage" FROM "Innovation";
