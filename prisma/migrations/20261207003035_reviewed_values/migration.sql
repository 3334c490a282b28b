-- AlterTable
ALTER TABLE "IndicatorValue" ADD COLUMN     "reviewedAt" TIMESTAMP(3),
ADD COLUMN     "reviewedBy" TEXT;
