import { getPrisma } from "@/lib/db/client";

/** LatestValue's rows that differ from each place's newest current figure computed afresh: none when the write paths keep it. */
export const latestValueDrift = () =>
  getPrisma().$queryRaw<unknown[]>`
    WITH fresh AS (
      SELECT DISTINCT ON ("jurisdictionCode", key, scope) "jurisdictionCode", key, scope, id, year, value
      FROM "IndicatorValue" WHERE "isCurrent" ORDER BY "jurisdictionCode", key, scope, year DESC, id)
    SELECT * FROM fresh f FULL JOIN "LatestValue" l USING ("jurisdictionCode", key, scope)
    WHERE f.id IS DISTINCT FROM l."valueId" OR f.value IS DISTINCT FROM l.value OR f.year IS DISTINCT FROM l.year`;
