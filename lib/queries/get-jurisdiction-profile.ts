import { getPrisma } from "../db/client";
import { cachedQuery } from "./cached-query";
import { readPeerStandings, readPlacesLikeThis, type PeerStandings, type PlaceLikeThis } from "./peer-standings";
import type { JurisdictionLevel, ReportKind, Scope } from "../db/client";

export interface ProfileValue {
  id: number;
  key: string;
  year: number;
  scope: Scope;
  value: number;
  unit: string;
  approx: boolean;
  derived: boolean;
  evidence: string;
  reportId: number;
  /** a person reviewed it (the report's review was saved, or it came from hand labels) */
  reviewed: boolean;
  /** the figure before a person corrected it, and who did when; null when it is as extracted */
  originalValue: number | null;
  editedBy: string | null;
  editedAt: string | null;
}

export interface ProfileReport {
  id: number;
  year: number;
  kind: ReportKind;
  title: string | null;
  isCurrent: boolean;
  valueCount: number;
  reviewed: boolean;
}

export interface JurisdictionProfile {
  code: string;
  name: string;
  level: JurisdictionLevel;
  /** from the nearest parent up */
  parents: { code: string; name: string; level: JurisdictionLevel }[];
  years: number[];
  /** values of the current edition of each year's reports; missing stays missing */
  values: ProfileValue[];
  reports: ProfileReport[];
  /** other jurisdictions under the same parent that have reports: natural comparisons */
  siblings: { code: string; name: string }[];
  /** for each key and scope given in one year only: where the figure stands among places of the same level */
  peers: PeerStandings[];
  /** the same level in the same province, sharing most indicators first: a comparison one click away */
  placesLikeThis: PlaceLikeThis[];
}

/** "Places like this" offered for a comparison: with the place itself, the eight a comparison holds. */
const PLACES_LIKE_THIS = 7;

async function readJurisdictionProfile(code: string): Promise<JurisdictionProfile | null> {
  if (!/^\d{6}$/.test(code)) return null;
  const prisma = getPrisma();
  const jurisdiction = await prisma.jurisdiction.findUnique({
    where: { code },
    select: {
      code: true,
      name: true,
      level: true,
      parent: { select: { code: true, name: true, level: true, parent: { select: { code: true, name: true, level: true } } } },
    },
  });
  if (!jurisdiction) return null;

  const parentCode = jurisdiction.parent?.code ?? null;
  const [reports, valueCounts, values, siblings] = await Promise.all([
    prisma.report.findMany({
      where: { jurisdictionCode: code },
      select: { id: true, year: true, kind: true, title: true, isCurrent: true, reviewedAt: true },
      orderBy: [{ year: "asc" }, { uploadedAt: "asc" }],
    }),
    // counted over this place's values (its index): Prisma's `_count` of a relation grouped every
    // value in the database, ~200 ms at national scale on the first request after a write
    prisma.indicatorValue.groupBy({ by: ["reportId"], where: { jurisdictionCode: code }, _count: { _all: true } }),
    prisma.indicatorValue.findMany({
      where: { jurisdictionCode: code, isCurrent: true },
      select: {
        id: true, key: true, year: true, scope: true, value: true, unit: true,
        approx: true, derived: true, evidence: true, reportId: true, reviewedAt: true, originalValue: true, editedBy: true, editedAt: true,
      },
      orderBy: [{ year: "asc" }, { key: "asc" }],
    }),
    parentCode
      ? prisma.jurisdiction.findMany({
          where: { parentCode, code: { not: code }, reports: { some: {} } },
          select: { code: true, name: true },
          orderBy: { code: "asc" },
          take: 12,
        })
      : Promise.resolve([]),
  ]);

  // figures given in one year only are read as numbers beside their peers, not as one-bar charts
  const yearsOf = new Map<string, Set<number>>();
  for (const v of values) yearsOf.set(`${v.key}@${v.scope}`, (yearsOf.get(`${v.key}@${v.scope}`) ?? new Set()).add(v.year));
  const oneYear = values.filter((v) => yearsOf.get(`${v.key}@${v.scope}`)!.size === 1);
  const place = { code, level: jurisdiction.level };
  const [peers, placesLikeThis] = await Promise.all([
    readPeerStandings(place, oneYear.map(({ key, scope, value }) => ({ key, scope, value }))),
    readPlacesLikeThis(place, values, PLACES_LIKE_THIS),
  ]);

  const countOf = new Map(valueCounts.map((g) => [g.reportId, g._count._all]));
  const parents = [];
  for (let p = jurisdiction.parent; p; p = "parent" in p ? (p.parent as typeof p | null) : null) {
    parents.push({ code: p.code, name: p.name, level: p.level });
  }
  return {
    code: jurisdiction.code,
    name: jurisdiction.name,
    level: jurisdiction.level,
    parents,
    years: [...new Set(reports.map((r) => r.year))].sort((a, b) => a - b),
    values: values.map(({ reviewedAt, editedAt, ...v }) => ({ ...v, reviewed: reviewedAt !== null, editedAt: editedAt?.toISOString() ?? null })),
    reports: reports.map((r) => ({
      // a plan's values are kept but shown nowhere (see getReport)
      id: r.id, year: r.year, kind: r.kind, title: r.title, isCurrent: r.isCurrent, valueCount: r.kind === "work_plan" ? 0 : (countOf.get(r.id) ?? 0),
      reviewed: r.reviewedAt !== null,
    })),
    siblings,
    peers,
    placesLikeThis,
  };
}

/** Cached until the data changes (see cached-query.ts). */
export const getJurisdictionProfile = cachedQuery(readJurisdictionProfile, { maxEntries: 256 });
