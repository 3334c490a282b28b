-- CreateTable
CREATE TABLE "LatestValue" (
    "jurisdictionCode" CHAR(6) NOT NULL,
    "key" TEXT NOT NULL,
    "scope" "Scope" NOT NULL,
    "valueId" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "value" DOUBLE PRECISION NOT NULL,
    "level" "JurisdictionLevel" NOT NULL,
    "provinceCode" CHAR(6) NOT NULL,

    CONSTRAINT "LatestValue_pkey" PRIMARY KEY ("jurisdictionCode","key","scope")
);

-- CreateIndex
CREATE UNIQUE INDEX "LatestValue_valueId_key" ON "LatestValue"("valueId");

-- CreateIndex
CREATE INDEX "LatestValue_key_scope_level_value_idx" ON "LatestValue"("key", "scope", "level", "value");

-- AddForeignKey
ALTER TABLE "LatestValue" ADD CONSTRAINT "LatestValue_valueId_fkey" FOREIGN KEY ("valueId") REFERENCES "IndicatorValue"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Written by hand (Prisma does not model functions). Each place's latest current figure per key
-- and scope, rebuilt for the given places: the write path calls it in its transaction after
-- settle_current_values (lib/reports/current-values.ts) and after a value is corrected; call it
-- too after changing values by hand in SQL. Of two figures of one year the first row is kept.
CREATE FUNCTION "settle_latest_values"(codes char(6)[]) RETURNS void LANGUAGE sql AS $$
  DELETE FROM "LatestValue" WHERE "jurisdictionCode" = ANY(codes);
  INSERT INTO "LatestValue" ("jurisdictionCode", key, scope, "valueId", year, value, level, "provinceCode")
  SELECT DISTINCT ON (v."jurisdictionCode", v.key, v.scope)
         v."jurisdictionCode", v.key, v.scope, v.id, v.year, v.value, j.level, left(v."jurisdictionCode", 2) || '0000'
  FROM "IndicatorValue" AS v JOIN "Jurisdiction" AS j ON j.code = v."jurisdictionCode"
  WHERE v."jurisdictionCode" = ANY(codes) AND v."isCurrent"
  ORDER BY v."jurisdictionCode", v.key, v.scope, v.year DESC, v.id;
$$;

SELECT "settle_latest_values"(array_agg(code)) FROM "Jurisdiction";
