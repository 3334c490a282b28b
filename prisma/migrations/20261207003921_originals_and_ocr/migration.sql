-- AlterTable
ALTER TABLE "Report" ADD COLUMN     "ocr" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "originalSha256" CHAR(64);

-- AlterTable
ALTER TABLE "IndicatorValue" ADD COLUMN     "ocr" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "reviewedAt" TIMESTAMP(3),
ADD COLUMN     "reviewedBy" TEXT;

-- CreateTable
CREATE TABLE "StoredFile" (
    "sha256" CHAR(64) NOT NULL,
    "bytes" BYTEA NOT NULL,
    "size" INTEGER NOT NULL,
    "mediaType" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StoredFile_pkey" PRIMARY KEY ("sha256")
);

-- CreateIndex
CREATE INDEX "Report_originalSha256_idx" ON "Report"("originalSha256");

-- AddForeignKey
ALTER TABLE "Report" ADD CONSTRAINT "Report_originalSha256_fkey" FOREIGN KEY ("originalSha256") REFERENCES "StoredFile"("sha256") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Uploads are mostly compressed already (PDF, .docx, JPEG): out of line, without another round of compression
ALTER TABLE "StoredFile" ALTER COLUMN "bytes" SET STORAGE EXTERNAL;
