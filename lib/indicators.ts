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
}

const def = (
  key: string,
  zh: string,
  en: string,
  unit: IndicatorUnit,
  group: IndicatorGroupId,
  higherIsBetter: boolean | null,
  defaultScope: Scope,
): IndicatorDefinition => ({ key, zh, en, unit, group, higherIsBetter, defaultScope });

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

export const HEADLINE_INDICATORS = [
  "reconsideration.accepted",
  "mediation.success_rate",
  "litigation.head_appearance_rate",
] as const;
