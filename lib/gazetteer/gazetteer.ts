import data from "./divisions.json";
import { changedDivisions } from "./changes";
import { nameForms, type NameFormKind } from "./names";
import type { Division, DivisionLevel } from "./types";

interface Index {
  all: Division[];
  byCode: Map<string, Division>;
  /** every written form -> divisions carrying it, with the kind of form */
  byForm: Map<string, { division: Division; kind: NameFormKind }[]>;
  children: Map<string, Division[]>;
}

let index: Index | undefined;

function buildIndex(): Index {
  const levels = data.levels as DivisionLevel[];
  const all: Division[] = [];
  for (const [parent, rows] of Object.entries(data.children as Record<string, (string | number)[][]>)) {
    for (const [code, name, level, dev] of rows) {
      all.push({
        code: String(code),
        name: String(name),
        level: levels[Number(level)],
        parentCode: parent || null,
        devZone: dev === 1,
      });
    }
  }
  all.push(...changedDivisions());

  const byCode = new Map<string, Division>();
  const byForm: Index["byForm"] = new Map();
  const children = new Map<string, Division[]>();
  for (const division of all) {
    // a code NBS gave to the successor (桥东区 130502 is now 襄都区) finds the current division
    if (division.code && !byCode.has(division.code)) byCode.set(division.code, division);
    if (division.parentCode) {
      const siblings = children.get(division.parentCode) ?? [];
      siblings.push(division);
      children.set(division.parentCode, siblings);
    }
    for (const form of nameForms(division)) {
      const entries = byForm.get(form.text) ?? [];
      entries.push({ division, kind: form.kind });
      byForm.set(form.text, entries);
    }
  }
  return { all, byCode, byForm, children };
}

function getIndex(): Index {
  index ??= buildIndex();
  return index;
}

/** Every division: the current ones, then the abolished and the newer ones from changes.ts. */
export function allDivisions(): readonly Division[] {
  return getIndex().all;
}

/** 6-digit code; 2- and 4-digit prefixes (11, 1301) are padded. */
export function getByCode(code: string): Division | undefined {
  return /^\d{2}(\d{2}){0,2}$/.test(code) ? getIndex().byCode.get(code.padEnd(6, "0")) : undefined;
}

export function parentOf(division: Division): Division | undefined {
  return division.parentCode ? getIndex().byCode.get(division.parentCode) : undefined;
}

/** Parents from the nearest up to the province. */
export function ancestorsOf(division: Division): Division[] {
  const out: Division[] = [];
  for (let p = parentOf(division); p; p = parentOf(p)) out.push(p);
  return out;
}

export function ancestors(code: string): Division[] {
  const division = getByCode(code);
  return division ? ancestorsOf(division) : [];
}

export function childrenOf(code: string): Division[] {
  return getIndex().children.get(code.padEnd(6, "0")) ?? [];
}

export function isWithin(division: Division, ancestorCode: string): boolean {
  return ancestorsOf(division).some((a) => a.code === ancestorCode);
}

/** Whether the division existed in `year` (abolished ones up to their year, new ones from theirs). */
export function existedIn(division: Division, year: number): boolean {
  if (division.abolished !== undefined && year > division.abolished) return false;
  if (division.since !== undefined && year < division.since) return false;
  return true;
}

export interface NameEntry {
  division: Division;
  kind: NameFormKind;
}

/** Every division written `text` in any form (official, alias or stem), without filtering. */
export function lookupForm(text: string): readonly NameEntry[] {
  return getIndex().byForm.get(text) ?? [];
}

/** All written forms, for building a scanner. */
export function allForms(): ReadonlyMap<string, readonly NameEntry[]> {
  return getIndex().byForm;
}

/**
 * Divisions a name can refer to: the official name first (鼓楼区 -> 4 districts), else a short
 * alias (昌吉州 -> 昌吉回族自治州), else a bare stem (宁夏 -> 宁夏回族自治区, 庆阳 -> 庆阳市).
 * With `year`, divisions that did not exist that year are left out.
 */
export function findByName(name: string, options: { year?: number } = {}): Division[] {
  const entries = lookupForm(name.trim()).filter(
    (e) => options.year === undefined || existedIn(e.division, options.year),
  );
  for (const kind of ["official", "alias", "stem"] as const) {
    const found = entries.filter((e) => e.kind === kind).map((e) => e.division);
    if (found.length > 0) return found;
  }
  return [];
}
