import { near, type Rule } from "./types";

// 行政复议: the measure verb picks the key, the topic comes from the clause or the sentence
// (受理20件,已结案16件 after 收到行政复议申请27件). Cases against the government (被复议,
// 被申请人) are another topic and never reach these rules.
const CASES = ["件", "宗", "起", "个"] as const;
// 以县政府为被申请人的行政复议案件: the government as respondent, not as the reconsideration body
const RESPONDENT = /被申请人|被复议|被申请/;
// 治安管理类案件13件: one category of cases (各类 is all of them)
const CATEGORY = "(?<![各两])类(?:行政)?(?:复议)?案件";
const NOT_A_CASE_COUNT = new RegExp(`被申请人|被复议|被申请|不予|未予|转送|告知|信访|来信|受理点|受理窗口|意见书|建议书|决定书|听证|调解|和解|纠错|撤销|变更|确认违法|驳回|维持|终止|${CATEGORY}`);

export const reconsiderationRules: Rule[] = [
  {
    kind: "count",
    key: "reconsideration.received",
    units: CASES,
    forms: [
      // 新收 alone is received (the catalogue): 新收行政复议申请312件, 全区新收行政复议案件88件
      { lead: near("收到|接收|接到|收件|收案(?!件)|新收(?!.{0,12}受理)", 12), topic: "reconsideration" },
      // 行政复议申请量达到215件
      { lead: near("复议申请(?:量|数|件数|数量)(?:为|达|达到|是)?", 0) },
    ],
    exclude: NOT_A_CASE_COUNT,
  },
  {
    kind: "count",
    key: "reconsideration.accepted",
    units: CASES,
    forms: [{ lead: near("依法受理|受理|新受理|立案", 12), topic: "reconsideration" }],
    exclude: NOT_A_CASE_COUNT,
  },
  {
    kind: "count",
    key: "reconsideration.concluded",
    units: CASES,
    forms: [{ lead: near("审结|办结|结案|已结|审理终结|作出(?:行政)?复议决定", 8), topic: "reconsideration" }],
    exclude: new RegExp(`被申请人|被复议|被申请|未结|旧存|不予|驳回|维持|撤销|变更|确认违法|纠错|终止|调解|和解|其他方式|${CATEGORY}`),
  },
  {
    kind: "count",
    key: "reconsideration.carried_over",
    units: CASES,
    forms: [{ lead: near("结转(?:下年度?|至下年度?)?|上年度?(?:未结|遗留|转入|积存)|旧存", 6), topic: "reconsideration" }],
    exclude: RESPONDENT,
    allowsPreviousYear: true,
  },
  { kind: "rate", key: "reconsideration.conclusion_rate", term: /结案率|办结率|审结率/, topic: "reconsideration", exclude: RESPONDENT },
  { kind: "rate", key: "reconsideration.correction_rate", term: /纠错率/, topic: "reconsideration", exclude: RESPONDENT },
];
