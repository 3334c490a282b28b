-- AlterTable
ALTER TABLE "Report" ADD COLUMN     "reviewedAt" TIMESTAMP(3),
ADD COLUMN     "reviewedBy" TEXT;

-- AlterTable
-- (its reviewedAt/reviewedBy came with originals_and_ocr)
ALTER TABLE "IndicatorValue" ADD COLUMN     "origin" TEXT NOT NULL DEFAULT 'extracted',
ADD COLUMN     "originReason" TEXT,
ADD COLUMN     "originalValue" DOUBLE PRECISION;

-- AlterTable
ALTER TABLE "ReportEdit" ADD COLUMN     "key" TEXT,
ADD COLUMN     "scope" "Scope",
ADD COLUMN     "valueId" INTEGER;

-- CreateTable
CREATE TABLE "ReportDeletion" (
    "id" SERIAL NOT NULL,
    "reportId" INTEGER NOT NULL,
    "jurisdictionCode" CHAR(6) NOT NULL,
    "year" INTEGER NOT NULL,
    "kind" "ReportKind" NOT NULL,
    "title" TEXT,
    "textSha256" CHAR(64) NOT NULL,
    "deletedBy" TEXT NOT NULL,
    "deletedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReportDeletion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Reviewer" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "tokenHash" CHAR(64) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revokedAt" TIMESTAMP(3),

    CONSTRAINT "Reviewer_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Reviewer_name_key" ON "Reviewer"("name");

-- CreateIndex
CREATE UNIQUE INDEX "Reviewer_tokenHash_key" ON "Reviewer"("tokenHash");

-- CreateIndex
CREATE INDEX "Report_reviewedAt_uploadedAt_idx" ON "Report"("reviewedAt", "uploadedAt");

-- Written by hand: a value corrected before this migration keeps its first figure as the original
UPDATE "IndicatorValue" AS v SET "originalValue" = first."fromValue"
FROM (SELECT DISTINCT ON ("valueId") "valueId", "fromValue" FROM "ValueEdit" ORDER BY "valueId", id) AS first
WHERE v.id = first."valueId";
