/**
 * The indicator catalogue: the contract between extraction, database, charts and evaluation.
 * Mirrors docs/indicators.md (a test keeps the two in step). Keys are stable: URLs, exports
 * and stored rows name indicators by key.
 */

export const INDICATOR_GROUPS = [
  { id: "reconsideration", zh: "行政复议", en: "Administrative reconsideration" },
  { id: "litigation", zh: "行政应诉", en: "Administrative litigation" },
  { id: "mediation", zh: "人民调解", en: "People's mediation" },
  { id: "normative", zh: "规范性文件与合法性审查", en: "Normative documents & legality review" },
  { id: "enforcement", zh: "行政执法", en: "Administrative enforcement" },
  { id: "education", zh: "普法", en: "Legal education" },
  { id: "transparency", zh: "政务公开", en: "Government transparency" },
  { id: "supervision", zh: "监督", en: "Supervision" },
] as const;

export type IndicatorGroupId = (typeof INDICATOR_GROUPS)[number]["id"];
export type IndicatorUnit = "件" | "%" | "个" | "名" | "宗/卷" | "场" | "条";
export type Scope = "area" | "own";

export interface IndicatorDefinition {
  key: string;
  zh: string;
  en: string;
  unit: IndicatorUnit;
  group: IndicatorGroupId;
  /** true when a higher value is the better outcome; null when "better" is not meaningful (a count of cases). */
  higherIsBetter: boolean | null;
  /** the scope the catalogue assumes when the wording does not say */
  defaultScope: Scope;
  /**
   * The values a report can plausibly state, for a whole province at most: anything outside is a
   * misreading or a typo, and is withheld by the extractor and refused by the correction API.
   * Rates 0–100; counts whole numbers from 0 to the key's ceiling (COUNT_CEILINGS).
   */
  range: { min: number; max: number };
}

/**
 * The largest count a whole province could state, each an order of magnitude or more above what
 * the largest provinces report, so a real figure is never refused; what they stop is a misread
 * number (a date or a phone number taken for a count, 1e17 advisers) that would wreck a chart's
 * scale and every median and rank it enters.
 */
const COUNT_CEILINGS: Record<string, number> = {
  // reconsideration bodies nationwide take in a few hundred thousand applications a year
  "reconsideration.received": 1_000_000,
  "reconsideration.accepted": 1_000_000,
  "reconsideration.concluded": 1_000_000,
  "reconsideration.carried_over": 1_000_000,
  // the courts nationwide hear a few hundred thousand first-instance administrative cases a year
  "litigation.cases": 1_000_000,
  // mediation nationwide handles around ten million disputes a year; a province's screening
  // (排查) counts reach millions, so the ceiling is the national order, not a province's
  "mediation.disputes": 10_000_000,
  "mediation.resolved": 10_000_000,
  // one committee per village and neighbourhood: about 700,000 in the whole country, a tenth of
  // that in the largest province
  "mediation.committees": 500_000,
  // about three million mediators in the whole country, a few hundred thousand in the largest province
  "mediation.mediators": 2_000_000,
  // a county issues tens of normative documents a year, a province's governments at all levels thousands
  "normative_docs.issued": 100_000,
  "normative_docs.filed": 100_000,
  // decisions, contracts and documents reviewed: a county hundreds to thousands a year
  "legality_review.items": 1_000_000,
  // a few advisers per government body: thousands in a province, not more
  "legal_advisors.count": 100_000,
  // about a hundred thousand public-sector lawyers in the whole country
  "public_lawyers.count": 100_000,
  // a province reviews tens of thousands of enforcement case files a year
  "enforcement.case_files_reviewed": 1_000_000,
  // training is often counted per attendance (人次); a province has a few hundred thousand officers
  "enforcement.officers_trained": 5_000_000,
  // a county holds hundreds to thousands of events a year, a large province hundreds of thousands
  "legal_education.events": 5_000_000,
  // governments at all levels of a province publish hundreds of thousands to millions of items a year
  "transparency.disclosures": 50_000_000,
  // information requests nationwide number a few hundred thousand a year
  "transparency.requests": 1_000_000,
  // deputies' suggestions and members' proposals: about a thousand a year to a provincial
  // congress or committee, tens of thousands across a province's levels
  "supervision.npc_proposals": 100_000,
  "supervision.cppcc_proposals": 100_000,
};

const def = (
  key: string,
  zh: string,
  en: string,
  unit: IndicatorUnit,
  group: IndicatorGroupId,
  higherIsBetter: boolean | null,
  defaultScope: Scope,
): IndicatorDefinition => ({
  key, zh, en, unit, group, higherIsBetter, defaultScope,
  range: { min: 0, max: unit === "%" ? 100 : COUNT_CEILINGS[key] },
});

export const INDICATORS: readonly IndicatorDefinition[] = [
  def("reconsideration.received", "行政复议申请收到数", "Reconsideration applications received", "件", "reconsideration", null, "own"),
  def("reconsideration.accepted", "行政复议案件受理数", "Reconsideration cases accepted", "件", "reconsideration", null, "own"),
  def("reconsideration.concluded", "行政复议案件审结数", "Reconsideration cases concluded", "件", "reconsideration", null, "own"),
  def("reconsideration.carried_over", "上年结转 / 结转下年", "Reconsideration cases carried over", "件", "reconsideration", null, "own"),
  def("reconsideration.conclusion_rate", "行政复议结案率", "Reconsideration conclusion rate", "%", "reconsideration", true, "own"),
  def("reconsideration.correction_rate", "行政复议纠错率", "Reconsideration correction rate", "%", "reconsideration", null, "own"),
  def("litigation.cases", "行政应诉案件数", "Administrative litigation cases", "件", "litigation", null, "area"),
  def("litigation.head_appearance_rate", "行政机关负责人出庭应诉率", "Agency heads appearing in court", "%", "litigation", true, "area"),
  def("litigation.win_rate", "行政诉讼胜诉率", "Administrative litigation win rate", "%", "litigation", true, "area"),
  def("litigation.loss_rate", "行政诉讼败诉率", "Administrative litigation loss rate", "%", "litigation", false, "area"),
  def("litigation.judgment_fulfillment_rate", "法院生效判决履行率", "Court judgments fulfilled", "%", "litigation", true, "area"),
  def("mediation.disputes", "调解/排查纠纷数", "Disputes mediated or screened", "件", "mediation", null, "area"),
  def("mediation.resolved", "调解成功数", "Disputes resolved by mediation", "件", "mediation", null, "area"),
  def("mediation.success_rate", "调解成功率", "Mediation success rate", "%", "mediation", true, "area"),
  def("mediation.committees", "人民调解委员会数", "People's mediation committees", "个", "mediation", null, "area"),
  def("mediation.mediators", "人民调解员数", "People's mediators", "名", "mediation", null, "area"),
  def("normative_docs.issued", "行政规范性文件制定/发布数", "Normative documents issued", "件", "normative", null, "own"),
  def("normative_docs.filed", "规范性文件备案审查数", "Normative documents filed for review", "件", "normative", null, "own"),
  def("legality_review.items", "合法性审查事项数", "Legality reviews", "件", "normative", null, "own"),
  def("legal_advisors.count", "政府法律顾问人数", "Government legal advisers", "名", "normative", null, "own"),
  def("public_lawyers.count", "公职律师人数", "Public-sector lawyers", "名", "normative", null, "area"),
  def("enforcement.case_files_reviewed", "行政执法案卷评查数", "Enforcement case files reviewed", "宗/卷", "enforcement", null, "area"),
  def("enforcement.officers_trained", "行政执法人员培训人数", "Enforcement officers trained", "名", "enforcement", null, "area"),
  def("legal_education.events", "普法宣传活动场次", "Legal education events", "场", "education", null, "area"),
  def("transparency.disclosures", "主动公开政府信息条数", "Government information proactively disclosed", "条", "transparency", null, "area"),
  def("transparency.requests", "依申请公开办理数", "Information requests handled", "件", "transparency", null, "area"),
  def("supervision.npc_proposals", "人大代表建议办理数", "NPC deputies' suggestions handled", "件", "supervision", null, "own"),
  def("supervision.cppcc_proposals", "政协提案办理数", "CPPCC proposals handled", "件", "supervision", null, "own"),
];

export type IndicatorKey = string;

const BY_KEY = new Map(INDICATORS.map((d) => [d.key, d]));

export function getIndicator(key: string): IndicatorDefinition | undefined {
  return BY_KEY.get(key);
}

export function isIndicatorKey(key: string): boolean {
  return BY_KEY.has(key);
}

/** Whether a value can be what a report means by this key (see IndicatorDefinition.range); false for unknown keys. */
export function isPlausibleValue(key: string, value: number): boolean {
  const def = BY_KEY.get(key);
  return def !== undefined && value >= def.range.min && value <= def.range.max && (def.unit === "%" || Number.isInteger(value));
}

/** The plausible values of a key in words, for messages: "0–100%", "整数 whole number 0–100000". */
export function describeRange(def: IndicatorDefinition): { zh: string; en: string } {
  const { min, max } = def.range;
  return def.unit === "%" ? { zh: `${min}–${max}%`, en: `${min}–${max}%` } : { zh: `${min}–${max} 的整数`, en: `a whole number ${min}–${max}` };
}

export const HEADLINE_INDICATORS = [
  "reconsideration.accepted",
  "mediation.success_rate",
  "litigation.head_appearance_rate",
] as const;
