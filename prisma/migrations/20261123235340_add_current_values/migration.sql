-- DropIndex
DROP INDEX "IndicatorValue_key_year_idx";

-- DropIndex
DROP INDEX "IndicatorValue_jurisdictionCode_year_idx";

-- AlterTable
ALTER TABLE "IndicatorValue" ADD COLUMN     "isCurrent" BOOLEAN NOT NULL DEFAULT true;

-- CreateTable
CREATE TABLE "DataVersion" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "version" BIGINT NOT NULL,

    CONSTRAINT "DataVersion_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "IndicatorValue_key_scope_isCurrent_year_idx" ON "IndicatorValue"("key", "scope", "isCurrent", "year");

-- CreateIndex
CREATE INDEX "IndicatorValue_jurisdictionCode_isCurrent_year_idx" ON "IndicatorValue"("jurisdictionCode", "isCurrent", "year");

-- Written by hand (Prisma does not model triggers). Keep IndicatorValue.isCurrent equal to its
-- report's isCurrent whichever code changes the edition (upload, bulk import, delete, SQL).
UPDATE "IndicatorValue" AS v SET "isCurrent" = r."isCurrent" FROM "Report" AS r WHERE r.id = v."reportId" AND NOT r."isCurrent";

CREATE FUNCTION "sync_value_is_current"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "IndicatorValue" SET "isCurrent" = NEW."isCurrent" WHERE "reportId" = NEW.id;
  RETURN NULL;
END $$;

CREATE TRIGGER "Report_sync_value_is_current" AFTER UPDATE OF "isCurrent" ON "Report"
  FOR EACH ROW WHEN (OLD."isCurrent" IS DISTINCT FROM NEW."isCurrent") EXECUTE FUNCTION "sync_value_is_current"();

-- The data version: any statement that writes reports, values or jurisdictions moves it on, in
-- the writer's transaction, so a reader never sees new data under an old version for long nor
-- old data under a new one. A microsecond clock as the floor keeps it from ever repeating, even
-- after the row is lost to a TRUNCATE.
CREATE FUNCTION "bump_data_version"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "DataVersion" (id, version) VALUES (1, (extract(epoch FROM clock_timestamp()) * 1000000)::bigint)
  ON CONFLICT (id) DO UPDATE SET version = greatest("DataVersion".version + 1, EXCLUDED.version);
  RETURN NULL;
END $$;

CREATE TRIGGER "Report_bump_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Report"
  FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"();
CREATE TRIGGER "IndicatorValue_bump_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "IndicatorValue"
  FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"();
CREATE TRIGGER "Jurisdiction_bump_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Jurisdiction"
  FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"();

INSERT INTO "DataVersion" (id, version) VALUES (1, (extract(epoch FROM clock_timestamp()) * 1000000)::bigint);
