import { Prisma, getPrisma, type JurisdictionLevel, type Scope } from "../db/client";
import { getIndicator } from "../indicators";
import { peerStanding, type PeerStanding } from "../indicators/peer-standing";

export interface PeerFigure {
  key: string;
  scope: Scope;
  value: number;
}

export interface PeerStandings {
  key: string;
  scope: Scope;
  /** among every place of the same level with a latest figure for the key and scope */
  country: PeerStanding;
  /** among those of the same province */
  province: PeerStanding;
}

interface CountsRow {
  key: string;
  scope: Scope;
  count: number;
  above: number;
  below: number;
  from_year: number | null;
  to_year: number | null;
  p_count: number;
  p_above: number;
  p_below: number;
  p_from_year: number | null;
  p_to_year: number | null;
}

/**
 * Where each of a place's figures stands among the latest figures of the places of its level,
 * in the country and in its province: one statement counting, per figure, the peers above and
 * below it (LatestValue's [key, scope, level, value] index), never fetching the peers' rows.
 * Peers' figures are each one's latest, whatever its year: the standings say which years.
 */
export async function readPeerStandings(
  place: { code: string; level: JurisdictionLevel },
  figures: PeerFigure[],
): Promise<PeerStandings[]> {
  if (figures.length === 0) return [];
  const province = `${place.code.slice(0, 2)}0000`;
  const inProvince = Prisma.sql`l."provinceCode" = ${province}`;
  const rows = await getPrisma().$queryRaw<CountsRow[]>`
    SELECT t.key, t.scope,
      count(*)::int AS count,
      count(*) FILTER (WHERE l.value > t.value)::int AS above,
      count(*) FILTER (WHERE l.value < t.value)::int AS below,
      min(l.year) AS from_year, max(l.year) AS to_year,
      count(*) FILTER (WHERE ${inProvince})::int AS p_count,
      count(*) FILTER (WHERE ${inProvince} AND l.value > t.value)::int AS p_above,
      count(*) FILTER (WHERE ${inProvince} AND l.value < t.value)::int AS p_below,
      min(l.year) FILTER (WHERE ${inProvince}) AS p_from_year, max(l.year) FILTER (WHERE ${inProvince}) AS p_to_year
    FROM unnest(${figures.map((f) => f.key)}::text[], ${figures.map((f) => f.scope)}::text[], ${figures.map((f) => f.value)}::float8[]) AS t(key, scope, value)
    JOIN "LatestValue" AS l ON l.key = t.key AND l.scope = t.scope::"Scope" AND l.level = ${place.level}::"JurisdictionLevel"
    GROUP BY t.key, t.scope`;
  return rows.map((r) => {
    const lowerIsBetter = getIndicator(r.key)?.higherIsBetter === false;
    return {
      key: r.key,
      scope: r.scope,
      country: peerStanding({ count: r.count, above: r.above, below: r.below, fromYear: r.from_year, toYear: r.to_year }, lowerIsBetter),
      province: peerStanding({ count: r.p_count, above: r.p_above, below: r.p_below, fromYear: r.p_from_year, toYear: r.p_to_year }, lowerIsBetter),
    };
  });
}

export interface PlaceLikeThis {
  code: string;
  name: string;
}

/**
 * Places like this one: the same level in the same province (a province's: the other provinces)
 * with reports, those sharing most of its indicators first, then those with most figures.
 */
export async function readPlacesLikeThis(
  place: { code: string; level: JurisdictionLevel },
  figures: Pick<PeerFigure, "key" | "scope">[],
  limit: number,
): Promise<PlaceLikeThis[]> {
  const province = place.level === "province" ? Prisma.empty : Prisma.sql`AND left(j.code, 2) = ${place.code.slice(0, 2)}`;
  const slots = [...new Set(figures.map((f) => `${f.key}@${f.scope}`))];
  return getPrisma().$queryRaw<PlaceLikeThis[]>`
    SELECT j.code, j.name
    FROM "Jurisdiction" AS j LEFT JOIN "LatestValue" AS l ON l."jurisdictionCode" = j.code
    WHERE j.level = ${place.level}::"JurisdictionLevel" AND j.code <> ${place.code} ${province}
      AND EXISTS (SELECT 1 FROM "Report" AS r WHERE r."jurisdictionCode" = j.code)
    GROUP BY j.code, j.name
    ORDER BY count(*) FILTER (WHERE l.key || '@' || l.scope = ANY(${slots}::text[])) DESC, count(l.key) DESC, j.code
    LIMIT ${limit}`;
}
