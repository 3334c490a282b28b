-- AlterTable
ALTER TABLE "Report" ADD COLUMN     "byDepartment" BOOLEAN NOT NULL DEFAULT false;

-- Which report of a jurisdiction-year-kind is its current edition: the newest government
-- report, and a department's own report (byDepartment) only where the slot has no government's.
-- One statement for every kind of the given places and years; run before settle_current_values.
CREATE FUNCTION "settle_current_editions"(codes char(6)[], years int[]) RETURNS void LANGUAGE sql AS $$
  UPDATE "Report" AS target SET "isCurrent" = s.newest
  FROM (
    SELECT r.id, row_number() OVER (
             PARTITION BY r."jurisdictionCode", r.year, r.kind
             ORDER BY r."byDepartment" ASC, r."uploadedAt" DESC, r.id DESC) = 1 AS newest
    FROM (SELECT DISTINCT code, year FROM unnest(codes, years) AS u(code, year)) AS p
    JOIN "Report" AS r ON r."jurisdictionCode" = p.code AND r.year = p.year
  ) AS s
  WHERE target.id = s.id AND target."isCurrent" IS DISTINCT FROM s.newest;
$$;

-- one figure per place-year-key-scope: the annual report's first, a government's before a
-- department's, then the newest upload
CREATE OR REPLACE FUNCTION "settle_current_values"(codes char(6)[], years int[]) RETURNS void LANGUAGE sql AS $$
  UPDATE "IndicatorValue" AS target SET "isCurrent" = s.speaks
  FROM (
    SELECT c.id, c.eligible AND row_number() OVER (
             PARTITION BY c.code, c.year, c.key, c.scope, c.eligible
             ORDER BY c.annual DESC, c."byDepartment" ASC, c."uploadedAt" DESC, c."reportId" DESC, c.id) = 1 AS speaks
    FROM (SELECT DISTINCT code, year FROM unnest(codes, years) AS u(code, year)) AS p
    CROSS JOIN LATERAL (
      SELECT v.id, p.code, p.year, v.key, v.scope, v."reportId", r."uploadedAt", r."byDepartment",
             r."isCurrent" AND r.kind <> 'work_plan' AS eligible, r.kind = 'annual_report' AS annual
      FROM "IndicatorValue" AS v JOIN "Report" AS r ON r.id = v."reportId"
      WHERE v."jurisdictionCode" = p.code AND v.year = p.year
    ) AS c
  ) AS s
  WHERE target.id = s.id AND target."isCurrent" IS DISTINCT FROM s.speaks;
$$;
