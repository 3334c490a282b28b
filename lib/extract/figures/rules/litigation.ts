import { near, type Rule } from "./types";

// 行政应诉: cases the government answers in court. The rates have names of their own, so they
// need no topic; a court's own caseload (法院受理) is a sub-unit and is stopped by the filters.
export const litigationRules: Rule[] = [
  {
    kind: "count",
    key: "litigation.cases",
    units: ["件", "宗", "起", "个"],
    forms: [
      { lead: near("应诉案件|诉讼案件|被诉(?:行政)?案件|行政应诉|行政诉讼", 4) },
      // 行政诉讼一审案件收案298件
      { lead: near("(?:行政应诉|行政诉讼|被诉)[^、,;]{0,6}案件(?:收案|新收|共|数)", 1) },
      // 提起行政诉讼的新收一审案件有73件
      { lead: near("(?:行政应诉|行政诉讼)[^、,;]{0,12}(?:一审)?案件(?:有|共|为)", 0) },
      // 以市政府为被告的一审行政案件45件: the government before the court, as the law says it
      { lead: near("被告的?(?:新收)?(?:一审)?(?:行政)?(?:诉讼)?案件(?:共计|合计|共)?(?:有|为|达)?", 0) },
    ],
    exclude: /二审|再审|败诉|胜诉|撤诉|审结|结案|旧存|出庭|开庭|旁听|调解|和解|协调|化解|复议|刑事|民事|民商事|商事|法律顾问|律师|公益诉讼|检察|(?<![各两])类(?:行政)?(?:诉讼)?案件/,
  },
  { kind: "rate", key: "litigation.head_appearance_rate", term: /出庭(?:应诉)?(?:率|比例|比率)/ },
  { kind: "rate", key: "litigation.win_rate", term: /胜诉率/, exclude: /法律顾问|律师|代理|复议/ },
  { kind: "rate", key: "litigation.loss_rate", term: /败诉率/, exclude: /法律顾问|律师|代理|复议/ },
  {
    kind: "rate",
    key: "litigation.judgment_fulfillment_rate",
    term: /(?:判决|裁判|裁定|判决书|文书)(?:的)?(?:自动|主动)?履行率/,
  },
];
