-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "JurisdictionLevel" AS ENUM ('province', 'city', 'district', 'county');

-- CreateEnum
CREATE TYPE "ReportKind" AS ENUM ('annual_report', 'work_plan', 'other');

-- CreateEnum
CREATE TYPE "Scope" AS ENUM ('area', 'own');

-- CreateTable
CREATE TABLE "Jurisdiction" (
    "code" CHAR(6) NOT NULL,
    "name" TEXT NOT NULL,
    "level" "JurisdictionLevel" NOT NULL,
    "parentCode" CHAR(6),

    CONSTRAINT "Jurisdiction_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "Report" (
    "id" SERIAL NOT NULL,
    "jurisdictionCode" CHAR(6) NOT NULL,
    "year" INTEGER NOT NULL,
    "kind" "ReportKind" NOT NULL,
    "title" TEXT,
    "publishedOn" DATE,
    "sourceUrl" TEXT,
    "fileName" TEXT,
    "fileType" TEXT,
    "text" TEXT NOT NULL,
    "textSha256" CHAR(64) NOT NULL,
    "extractorVersion" TEXT NOT NULL,
    "warnings" JSONB NOT NULL DEFAULT '[]',
    "uploadedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "uploadedBy" TEXT,
    "isCurrent" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "Report_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IndicatorValue" (
    "id" SERIAL NOT NULL,
    "reportId" INTEGER NOT NULL,
    "jurisdictionCode" CHAR(6) NOT NULL,
    "year" INTEGER NOT NULL,
    "key" TEXT NOT NULL,
    "scope" "Scope" NOT NULL,
    "value" DOUBLE PRECISION NOT NULL,
    "unit" TEXT NOT NULL,
    "approx" BOOLEAN NOT NULL DEFAULT false,
    "derived" BOOLEAN NOT NULL DEFAULT false,
    "evidence" TEXT NOT NULL,
    "evidenceStart" INTEGER NOT NULL,
    "evidenceEnd" INTEGER NOT NULL,
    "warnings" JSONB NOT NULL DEFAULT '[]',
    "editedBy" TEXT,
    "editedAt" TIMESTAMP(3),
    "previousValue" DOUBLE PRECISION,

    CONSTRAINT "IndicatorValue_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Jurisdiction_parentCode_idx" ON "Jurisdiction"("parentCode");

-- CreateIndex
CREATE INDEX "Jurisdiction_name_idx" ON "Jurisdiction"("name");

-- CreateIndex
CREATE UNIQUE INDEX "Report_textSha256_key" ON "Report"("textSha256");

-- CreateIndex
CREATE INDEX "Report_jurisdictionCode_year_idx" ON "Report"("jurisdictionCode", "year");

-- CreateIndex
CREATE INDEX "Report_year_idx" ON "Report"("year");

-- CreateIndex
CREATE INDEX "Report_uploadedAt_idx" ON "Report"("uploadedAt");

-- CreateIndex
CREATE INDEX "IndicatorValue_key_year_idx" ON "IndicatorValue"("key", "year");

-- CreateIndex
CREATE INDEX "IndicatorValue_jurisdictionCode_year_idx" ON "IndicatorValue"("jurisdictionCode", "year");

-- CreateIndex
CREATE INDEX "IndicatorValue_reportId_idx" ON "IndicatorValue"("reportId");

-- AddForeignKey
ALTER TABLE "Jurisdiction" ADD CONSTRAINT "Jurisdiction_parentCode_fkey" FOREIGN KEY ("parentCode") REFERENCES "Jurisdiction"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Report" ADD CONSTRAINT "Report_jurisdictionCode_fkey" FOREIGN KEY ("jurisdictionCode") REFERENCES "Jurisdiction"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndicatorValue" ADD CONSTRAINT "IndicatorValue_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "Report"("id") ON DELETE CASCADE ON UPDATE CASCADE;
