import type { Scope } from "../../indicators";
import type { ResolvedJurisdiction } from "../types";
import { stemOf } from "../../gazetteer";
import { matchesOf } from "../text/matches";

/**
 * Scope words: 全市/全区/各级/市县(区)/两级 speak for the whole area; 本级, 以区政府名义,
 * 政府常务会议 and a government as the subject (区政府收到…, 政府共办理…) speak for the
 * government itself. 全市 in a district's report is the parent city, 我县 in a province's page one of its counties:
 * neither is this report's figure.
 */
export type ScopeMark = Scope | "parent" | "inside";

export interface ScopeContext {
  /** 区 for 庐阳区, 市 for 庆阳市, 县, 省, 州, 旗, 盟; null when the jurisdiction is unknown */
  ownSuffix: string | null;
  parentSuffixes: string[];
  /** how far down the jurisdiction stands (province 0, city 1, district or county 2): its level, not its name's last
   * character (瑞安市 is a county-level city, 北京市 a province) */
  ownRank?: number;
  /** the scope a figure naming none takes in this text, when its issuer says (城口县人民政府机关 … 年度报告: own) */
  issuerScope?: Scope;
  /** the report's place as a subject by its own name (2020年,浙江省收到行政复议申请12338件: the whole province) */
  placeAsSubject?: { names: string[]; pattern: RegExp };
}

const LEVEL_CHARS = "省市区县州旗盟";
// how far down a level word stands (a province's 市, 州, 盟 below it; their 区, 县, 旗 below them): 我县 in a province's
// page (a deputy from one county) speaks of a place inside it
const RANK: Record<string, number> = { 省: 0, 市: 1, 州: 1, 盟: 1, 地区: 1, 区: 2, 县: 2, 旗: 2 };
const LEVEL_RANK: Record<ResolvedJurisdiction["level"], number> = { province: 0, city: 1, district: 2, county: 2 };

function suffixOf(name: string): string | null {
  // 大兴安岭地区 speaks of itself as 全地区, not 全区
  if (name.endsWith("地区")) return "地区";
  const last = name[name.length - 1];
  return LEVEL_CHARS.includes(last) ? last : null;
}

export function scopeContextFor(jurisdiction: ResolvedJurisdiction | null): ScopeContext {
  if (!jurisdiction) return { ownSuffix: null, parentSuffixes: [] };
  const parentSuffixes = jurisdiction.parents.map((p) => suffixOf(p.name)).filter((s): s is string => s !== null);
  return {
    ownSuffix: suffixOf(jurisdiction.name) ?? suffixOf(jurisdiction.officialName),
    parentSuffixes,
    ownRank: LEVEL_RANK[jurisdiction.level],
    placeAsSubject: placeAsSubject(jurisdiction),
  };
}

// the place's name standing as a subject, not as its government's or an organ's (浙江省人民政府, 通化市司法局) nor as
// a name inside another (浙江省委, 浙江省法院); right before the figure too (a headline: 北京973件人大代表建议按期办结)
function placeAsSubject(j: ResolvedJurisdiction): { names: string[]; pattern: RegExp } {
  const names = [...new Set([j.officialName, j.name, stemOf(j.officialName) ?? ""])].filter((n) => n.length >= 2);
  // (the gazetteer's names are Chinese characters only: nothing in them to escape)
  return {
    names,
    pattern: new RegExp(`(?:^|[\\s,;:、。年])(?:${names.join("|")})(?=共|全年|累计|收到|受理|办理|审结|新收|有(?!关)|现有|建成|建立|调解|开展|发布|主动|审查|制定|备案|$)`, "g"),
  };
}

// 全市首例, 全省第一, 全国平台: a ranking or a name, not a subject
// 我区257件政协提案…: the place speaking of itself as a whole, like 全区 (我区政府 is its government)
const WHOLE = /(?:全|我)(地区|[省市区县州旗盟])(?![首第排前范平通推表示])(?!(?:人民)?政府)/g;
// 区政府及部门共206名法律顾问: the government with its departments is more than the government as
// one body (docs/indicators.md: `own` is the government itself as one body)
const AREA = /各级|(?<=政府)(?:及其?|和|与)(?:所属|组成|各)?部门|各县(?:\(市、?区\)|区|市区)?|市县(?:\((?:区|市、区)\))?|县\((?:市、?区|市|区)\)|县市区|县区|市、县|两级|三级|辖区内?/g;
const OWN = /本级|以(?:[省市区县州旗盟])?(?:人民)?政府(?:及其)?(?:办公室|办公厅)?(?:的)?名义|常务会/g;
// a government as subject: preceded by its level (区政府, 市委市政府) or by a clause opening; 政府办
// is its office, but 政府办理/办结 is the government acting; a 地区 or 盟 is governed by its 行政公署
// (…政府文件、政府会议… listed as what was disclosed are things, not the government acting; 银川市政府国有资产监督管理委员会
// is a department)
const GOVERNMENT = /(^|[,;:、。年委]|[省市区县州旗盟])(?:(?:人民)?政府(?![信网门采债规部工系机职服投购性各有关领主站建文会公令国]|办(?![理结]))|行政公署|行署)/g;

interface Mark {
  at: number;
  mark: ScopeMark;
}

function marksIn(region: string, ctx: ScopeContext): Mark[] {
  const out: Mark[] = [];
  for (const m of matchesOf(WHOLE, region)) {
    const level = m[1];
    if (!ctx.ownSuffix || level === ctx.ownSuffix) out.push({ at: m.index, mark: "area" });
    else if (ctx.parentSuffixes.includes(level)) out.push({ at: m.index, mark: "parent" });
    else if (RANK[level] !== undefined && ctx.ownRank !== undefined && RANK[level] > ctx.ownRank) out.push({ at: m.index, mark: "inside" });
  }
  // 全市各级: one subject, whose scope the 全X word decides; 我县已经建立县、镇、村三级…: the levels of another place
  // named before them are that place's
  const wholeAt = out.map((w) => w.at);
  const elsewhere = out.find((w) => w.mark === "parent" || w.mark === "inside")?.at ?? Infinity;
  for (const m of matchesOf(AREA, region)) {
    if (!wholeAt.some((at) => m.index > at && m.index <= at + 3) && m.index < elsewhere) out.push({ at: m.index, mark: "area" });
  }
  for (const m of matchesOf(OWN, region)) out.push({ at: m.index, mark: "own" });
  // (most regions name no place: a substring test spares the pattern, read for every figure's clause and sentence)
  const place = ctx.placeAsSubject;
  if (place && place.names.some((n) => region.includes(n))) for (const m of matchesOf(place.pattern, region)) out.push({ at: m.index, mark: "area" });
  for (const m of matchesOf(GOVERNMENT, region)) {
    const level = LEVEL_CHARS.includes(m[1]) && m[1] !== "" ? m[1] : null;
    // 市政府 in a district's report is the parent's government
    if (level && ctx.ownSuffix && level !== ctx.ownSuffix) continue;
    // 各县区政府, 市县区政府: the area word before it already said so
    if (level && /(?:各|级|县|两|、)$/.test(region.slice(Math.max(0, m.index - 2), m.index))) continue;
    out.push({ at: m.index + m[1].length, mark: "own" });
  }
  return out.sort((a, b) => a.at - b.at);
}

/** The scope the words of `region` state last, or null when they state none. */
export function statedScope(region: string, ctx: ScopeContext): ScopeMark | null {
  const marks = marksIn(region, ctx);
  return marks.length > 0 ? marks[marks.length - 1].mark : null;
}
