import { ETHNIC_GROUPS } from "./ethnic-groups";
import type { Division } from "./types";

/**
 * How a division can be written:
 * - official: 昌吉回族自治州
 * - alias: a short form that is still a proper name with its level word (昌吉州, 宁夏自治区, 长阳县);
 *   safe to recognise anywhere in running text
 * - stem: the bare name (昌吉, 宁夏, 庆阳); also an ordinary word often enough (和平, 复兴, 平安, 合作)
 *   that callers should only trust it where a name is expected, e.g. at the start of a title
 */
export type NameFormKind = "official" | "alias" | "stem";

export interface NameForm {
  text: string;
  kind: NameFormKind;
}

const MIN_STEM = 2;

// longest first, so 土家族 is tried before 土族
const ETHNIC_SUFFIXES = ETHNIC_GROUPS.flatMap((g) => (g.length > 1 ? [`${g}族`, g] : [`${g}族`])).sort(
  (a, b) => b.length - a.length,
);

/** 湘西土家族苗族 -> 湘西; 鄂温克族 -> 鄂温克 (the whole name is the nationality); 内蒙古 stays. */
export function stripEthnicGroups(name: string): string {
  let rest = name;
  for (;;) {
    const suffix = ETHNIC_SUFFIXES.find((s) => rest.endsWith(s));
    if (!suffix) return rest;
    const shorter = rest.slice(0, -suffix.length);
    if (shorter.length === 0) return rest.endsWith("族") ? rest.slice(0, -1) : rest;
    if (shorter.length < MIN_STEM) return rest;
    rest = shorter;
  }
}

interface Shape {
  stem: string;
  /** level words the short alias may carry (州 for 自治州 -> 昌吉州) */
  aliasSuffixes: string[];
}

function shapeOf(name: string): Shape | null {
  const autonomous = /^(.+?)自治(区|州|县|旗)$/.exec(name);
  if (autonomous) {
    const kind = autonomous[2];
    const stem = stripEthnicGroups(autonomous[1]);
    return { stem, aliasSuffixes: [`自治${kind}`, ...(kind === "区" ? [] : [kind])] };
  }
  for (const suffix of ["特别行政区", "新区", "林区", "特区", "地区", "省", "市", "区", "县", "旗", "盟"]) {
    if (name.endsWith(suffix) && name.length > suffix.length) return { stem: name.slice(0, -suffix.length), aliasSuffixes: [] };
  }
  return null;
}

/** The bare name (庆阳市 -> 庆阳, 昌吉回族自治州 -> 昌吉), or null when too short to be a name by itself (沙县). */
export function stemOf(name: string): string | null {
  const shape = shapeOf(name);
  return shape && shape.stem.length >= MIN_STEM && shape.stem !== name ? shape.stem : null;
}

export function nameForms(division: Division): NameForm[] {
  const forms: NameForm[] = [{ text: division.name, kind: "official" }];
  // development zones are written out in full; their shortenings (高新区) are shared by hundreds
  if (division.devZone) return forms;
  const shape = shapeOf(division.name);
  if (!shape || shape.stem.length < MIN_STEM) return forms;
  const seen = new Set([division.name]);
  for (const suffix of shape.aliasSuffixes) {
    const text = shape.stem + suffix;
    if (!seen.has(text)) forms.push({ text, kind: "alias" });
    seen.add(text);
  }
  if (!seen.has(shape.stem)) forms.push({ text: shape.stem, kind: "stem" });
  return forms;
}
