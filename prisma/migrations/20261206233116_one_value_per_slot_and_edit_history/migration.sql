-- CreateTable
CREATE TABLE "ReportEdit" (
    "id" SERIAL NOT NULL,
    "reportId" INTEGER NOT NULL,
    "field" TEXT NOT NULL,
    "fromValue" TEXT NOT NULL,
    "toValue" TEXT NOT NULL,
    "editedBy" TEXT NOT NULL,
    "editedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReportEdit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ValueEdit" (
    "id" SERIAL NOT NULL,
    "valueId" INTEGER NOT NULL,
    "fromValue" DOUBLE PRECISION NOT NULL,
    "toValue" DOUBLE PRECISION NOT NULL,
    "editedBy" TEXT NOT NULL,
    "editedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ValueEdit_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ReportEdit_reportId_idx" ON "ReportEdit"("reportId");

-- CreateIndex
CREATE INDEX "ValueEdit_valueId_idx" ON "ValueEdit"("valueId");

-- AddForeignKey
ALTER TABLE "ReportEdit" ADD CONSTRAINT "ReportEdit_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "Report"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ValueEdit" ADD CONSTRAINT "ValueEdit_valueId_fkey" FOREIGN KEY ("valueId") REFERENCES "IndicatorValue"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Written by hand (Prisma does not model functions).
-- One figure per jurisdiction-year-key-scope. IndicatorValue."isCurrent" used to copy its
-- report's edition flag, which is decided per jurisdiction-year-*kind*: an annual report and a
-- news item (kind other) of the same place and year were both current, and the pages showed
-- either figure. Now the value that speaks for a slot is chosen among the current editions that
-- are not plans: the annual report's first, then the newest upload's. A plan's values stay
-- stored but current for nothing, so a report relabelled a plan and back gets them all again.
-- Every write path calls this function for the places and years it touched, in its transaction,
-- after taking their locks (lib/reports/lock-editions.ts); a change made by hand in SQL should
-- call it too.
DROP TRIGGER "Report_sync_value_is_current" ON "Report";
DROP FUNCTION "sync_value_is_current"();

CREATE FUNCTION "settle_current_values"(codes char(6)[], years int[]) RETURNS void LANGUAGE sql AS $$
  UPDATE "IndicatorValue" AS target SET "isCurrent" = s.speaks
  FROM (
    SELECT c.id, c.eligible AND row_number() OVER (
             PARTITION BY c.code, c.year, c.key, c.scope, c.eligible
             ORDER BY c.annual DESC, c."uploadedAt" DESC, c."reportId" DESC, c.id) = 1 AS speaks
    FROM (SELECT DISTINCT code, year FROM unnest(codes, years) AS u(code, year)) AS p
    -- one index lookup per place and year, however large the table
    CROSS JOIN LATERAL (
      SELECT v.id, p.code, p.year, v.key, v.scope, v."reportId", r."uploadedAt",
             r."isCurrent" AND r.kind <> 'work_plan' AS eligible, r.kind = 'annual_report' AS annual
      FROM "IndicatorValue" AS v JOIN "Report" AS r ON r.id = v."reportId"
      WHERE v."jurisdictionCode" = p.code AND v.year = p.year
    ) AS c
  ) AS s
  WHERE target.id = s.id AND target."isCurrent" IS DISTINCT FROM s.speaks;
$$;

SELECT "settle_current_values"(array_agg(code), array_agg(year))
FROM (SELECT DISTINCT "jurisdictionCode" AS code, year FROM "IndicatorValue") AS p;

-- the one previous value kept so far becomes the first entry of each value's history
INSERT INTO "ValueEdit" ("valueId", "fromValue", "toValue", "editedBy", "editedAt")
SELECT id, "previousValue", value, coalesce("editedBy", 'unknown'), coalesce("editedAt", CURRENT_TIMESTAMP)
FROM "IndicatorValue" WHERE "previousValue" IS NOT NULL;
