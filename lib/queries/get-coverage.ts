import { getPrisma } from "../db/client";
import { cachedQuery } from "./cached-query";
import type { JurisdictionLevel, ReportKind } from "../db/client";

/**
 * Above this many rows the national table is not drawn: the page asks for a province instead. The
 * largest province (四川, ~205 places with its cities) still fits.
 */
export const COVERAGE_ROW_LIMIT = 250;

export interface CoverageCell {
  reportId: number;
  kind: ReportKind;
}

export interface CoverageRow {
  code: string;
  name: string;
  level: JurisdictionLevel;
  /** 0 for a province, 1 for its cities, 2 below */
  depth: number;
  /** false for a parent shown only to group the places under it */
  hasReports: boolean;
  /** one per year of Coverage.years; null: no report for that year */
  cells: (CoverageCell | null)[];
}

export interface Coverage {
  /** every year from the earliest to the latest report in the database */
  years: number[];
  /** jurisdictions with at least one current report, per province code (xx0000) */
  perProvince: Record<string, number>;
  /** per province code, how many jurisdictions have a report for each year of `years` */
  perProvinceYear: Record<string, number[]>;
  province: string | null;
  provinceName: string | null;
  /** province → city → county order; empty when `tooMany` */
  rows: CoverageRow[];
  /** no province chosen and more rows than COVERAGE_ROW_LIMIT */
  tooMany: boolean;
}

const KIND_ORDER: ReportKind[] = ["annual_report", "work_plan", "other"];

const provinceOf = (code: string) => `${code.slice(0, 2)}0000`;

/**
 * Two queries: every current report's (place, year, kind) — a few columns, ~35,000 rows at
 * national scale, needed anyway for the per-province counts — and the shown places with their
 * parents, for the grouping.
 */
async function readCoverage(q: { province?: string }): Promise<Coverage> {
  const prisma = getPrisma();
  const province = q.province && /^\d{2}0000$/.test(q.province) ? q.province : null;
  const reports = await prisma.report.findMany({
    where: { isCurrent: true },
    select: { id: true, jurisdictionCode: true, year: true, kind: true },
    orderBy: { id: "asc" },
  });

  const years =
    reports.length === 0
      ? []
      : range(
          reports.reduce((m, r) => Math.min(m, r.year), Infinity),
          reports.reduce((m, r) => Math.max(m, r.year), -Infinity),
        );
  const yearIndex = new Map(years.map((y, i) => [y, i]));

  const placesPerProvince = new Map<string, Set<string>>();
  const placesPerProvinceYear = new Map<string, Set<string>[]>();
  for (const r of reports) {
    const p = provinceOf(r.jurisdictionCode);
    if (!placesPerProvince.has(p)) {
      placesPerProvince.set(p, new Set());
      placesPerProvinceYear.set(p, years.map(() => new Set()));
    }
    placesPerProvince.get(p)!.add(r.jurisdictionCode);
    placesPerProvinceYear.get(p)![yearIndex.get(r.year)!].add(r.jurisdictionCode);
  }

  const shown = province ? reports.filter((r) => provinceOf(r.jurisdictionCode) === province) : reports;
  const shownCodes = [...new Set(shown.map((r) => r.jurisdictionCode))];
  const tooMany = !province && shownCodes.length > COVERAGE_ROW_LIMIT;

  const nodeSelect = { code: true, name: true, level: true, parentCode: true } as const;
  const [places, provinceRow] = await Promise.all([
    tooMany
      ? Promise.resolve([])
      : prisma.jurisdiction.findMany({
          where: { code: { in: shownCodes } },
          select: { ...nodeSelect, parent: { select: { ...nodeSelect, parent: { select: nodeSelect } } } },
        }),
    province ? prisma.jurisdiction.findUnique({ where: { code: province }, select: { name: true } }) : Promise.resolve(null),
  ]);

  const cells = new Map<string, (CoverageCell | null)[]>();
  for (const r of shown) {
    const row = cells.get(r.jurisdictionCode) ?? years.map(() => null);
    cells.set(r.jurisdictionCode, row);
    const i = yearIndex.get(r.year)!;
    // an annual report is what coverage is about; a work plan only fills an otherwise empty year
    if (!row[i] || KIND_ORDER.indexOf(r.kind) < KIND_ORDER.indexOf(row[i]!.kind)) row[i] = { reportId: r.id, kind: r.kind };
  }

  const nodes = new Map<string, { code: string; name: string; level: JurisdictionLevel; parentCode: string | null }>();
  for (const p of places) {
    for (const n of [p, p.parent, p.parent?.parent]) if (n && !nodes.has(n.code)) nodes.set(n.code, n);
  }

  return {
    years,
    perProvince: Object.fromEntries([...placesPerProvince].map(([p, s]) => [p, s.size])),
    perProvinceYear: Object.fromEntries([...placesPerProvinceYear].map(([p, sets]) => [p, sets.map((s) => s.size)])),
    province,
    provinceName: provinceRow?.name ?? null,
    rows: tooMany ? [] : treeOrder(nodes).map(({ node, depth }) => ({
      code: node.code,
      name: node.name,
      level: node.level,
      depth,
      hasReports: cells.has(node.code),
      cells: cells.get(node.code) ?? years.map(() => null),
    })),
    tooMany,
  };
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

/** Depth-first, children by code: a province, then each city followed by its counties. */
function treeOrder<T extends { code: string; parentCode: string | null }>(nodes: Map<string, T>): { node: T; depth: number }[] {
  const children = new Map<string | null, T[]>();
  for (const n of nodes.values()) {
    const parent = n.parentCode && nodes.has(n.parentCode) ? n.parentCode : null;
    const siblings = children.get(parent) ?? [];
    siblings.push(n);
    children.set(parent, siblings);
  }
  const out: { node: T; depth: number }[] = [];
  const visit = (parent: string | null, depth: number) => {
    for (const n of (children.get(parent) ?? []).sort((a, b) => a.code.localeCompare(b.code))) {
      out.push({ node: n, depth });
      visit(n.code, depth + 1);
    }
  };
  visit(null, 0);
  return out;
}

/** Cached until the data changes (see cached-query.ts). */
export const getCoverage = cachedQuery(readCoverage);
