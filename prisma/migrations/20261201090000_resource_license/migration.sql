-- AlterTable
ALTER TABLE "Resource" ADD COLUMN     "license" TEXT;
