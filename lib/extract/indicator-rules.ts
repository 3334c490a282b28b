/**
 * Each catalogue key as a small table: which unit may follow the number, which measure words
 * must stand just before it (or, for "569名行政执法人员…培训" phrasing, just after), which topic the
 * sentence must be about, and what rules it out. Written from the catalogue's wording and the
 * general phrasing of the reports, not from single sample sentences.
 */
export interface IndicatorRule {
  key: string;
  /** the unit right after the number */
  unit: RegExp;
  /** must match the clause text before the number, or `after` must match */
  before: RegExp;
  /** alternative for number-first phrasing: matches the text right after the unit */
  after?: RegExp;
  /** the sentence (up to the number) must mention this */
  topic?: RegExp;
  /** rules the key out when found in the clause before the number or just after it */
  exclude?: RegExp;
  /** rules the key out when found right after the number and its unit */
  excludeAfter?: RegExp;
  /** people and organisations are counted across the area unless the clause itself says otherwise */
  scopeFromClauseOnly?: boolean;
  /** the measure word is a noun ("调解员1156名"): right after another figure it is that figure's noun */
  nounBefore?: boolean;
}

const CASES = /^(件|宗|起)/;
const RATE = /^%/;
const PEOPLE = /^(名|人|位)(?!次)/;
const RECON = /复议/;
const NOT_RESPONDENT = /被复议|被申请|作为被/;

export const INDICATOR_RULES: readonly IndicatorRule[] = [
  // rates first: a % is never a count
  { key: "reconsideration.conclusion_rate", unit: RATE, before: /(结案|办结|审结)率[^,]{0,3}$/, topic: RECON, exclude: NOT_RESPONDENT },
  { key: "reconsideration.correction_rate", unit: RATE, before: /纠错率[^,]{0,3}$/, topic: RECON, exclude: NOT_RESPONDENT },
  { key: "litigation.head_appearance_rate", unit: RATE, before: /出庭(应诉)?率/ },
  { key: "litigation.judgment_fulfillment_rate", unit: RATE, before: /(判决|裁判|裁定|法院)[^,]{0,8}履行率/ },
  { key: "litigation.win_rate", unit: RATE, before: /胜诉率[^,]{0,3}$/ },
  { key: "litigation.loss_rate", unit: RATE, before: /败诉率[^,]{0,3}$/ },
  { key: "mediation.success_rate", unit: RATE, before: /成功率[^,]{0,3}$/, topic: /调解|调处|纠纷|矛盾/ },

  // reconsideration counts
  { key: "reconsideration.carried_over", unit: CASES, before: /结转[^,]{0,8}$/, topic: RECON, exclude: NOT_RESPONDENT },
  { key: "reconsideration.received", unit: CASES, before: /(收到|接收|收案)[^,]{0,12}(申请|案件)?[^,]{0,4}$/, topic: RECON, exclude: /被复议|被申请|作为被|受理/ },
  { key: "reconsideration.accepted", unit: CASES, before: /((?<!不予)受理|新收)[^,]{0,12}$/, topic: RECON, exclude: NOT_RESPONDENT },
  { key: "reconsideration.concluded", unit: CASES, before: /(审结|办结|结案|已结|作出[^,]{0,6}决定)[^,]{0,10}$/, topic: RECON, exclude: /被复议|被申请|作为被|率|以[^,]{0,8}方式|其中/ },

  // litigation
  { key: "litigation.cases", unit: CASES, before: /(行政应诉|应诉|行政诉讼)[^,]{0,6}案件[^,]{0,6}$|办理[^,]{0,6}(行政应诉|行政诉讼)[^,]{0,6}$/, exclude: /出庭|败诉|胜诉|二审|旧存|复议|撤诉|调解|其中/ },

  // mediation
  { key: "mediation.resolved", unit: CASES, before: /((调解|调处|化解)成功|成功(调解|调处|化解)[^,]{0,10}|调结)[^,]{0,3}$/, topic: /调解|调处|纠纷|矛盾/ },
  { key: "mediation.disputes", unit: CASES, before: /(排查|调解|调处|化解|受理|发生|摸排|办理)[^,]{0,12}(纠纷|矛盾|调解案件)[^,]{0,3}$|(纠纷|矛盾)[^,]{0,4}(调解|调处)[^,]{0,3}$/, exclude: /成功|行政争议|信访|诉讼|复议|率/ },
  { key: "mediation.committees", unit: /^(个|家)/, before: /(人民调解委员会|调委会)[^,]{0,6}$/, after: /^(人民调解委员会|调解委员会|调委会)/, exclude: /入驻|进驻|接入|加入|上线|律师|行业性|专业性|新(建|成立|设)/, scopeFromClauseOnly: true, nounBefore: true },
  { key: "mediation.mediators", unit: PEOPLE, before: /调解员[^,]{0,6}$/, after: /^(人民)?调解员/, exclude: /培训|轮训|专职|表彰|优秀|评为|选为|获/, scopeFromClauseOnly: true, nounBefore: true },

  // normative documents and legality review
  { key: "normative_docs.filed", unit: /^(件|份)/, before: /备案[^,]{0,20}$/, topic: /规范性文件/, exclude: /清理|废止|纠正|撤销/ },
  { key: "normative_docs.issued", unit: /^(件|部)/, before: /(制定|发布|出台|印发|制发|新制)[^,]{0,14}$/, topic: /规范性文件/, exclude: /备案|清理|废止|修改|修订|审查|审核|现行有效|失效|征求|地方性法规|规章/ },
  { key: "legality_review.items", unit: /^(件|份|项)/, before: /(合法性审查|合法性审核|审查|审核)[^,]{0,30}$/, after: /^[^,]{0,6}(文件|事项|议题|合同|协议|决策)[^,]{0,4}(进行|开展)?了?(合法性)?(审查|审核)/, exclude: /备案|公平竞争|案卷|评查|复议|资格|资质|招标/, excludeAfter: /^[^,]{0,8}规范性文件/ },
  { key: "legal_advisors.count", unit: PEOPLE, before: /法律顾问[^,]{0,6}$/, after: /^[^,]{0,4}法律顾问/, exclude: /律师事务所|家|骨干|(及|和|与|、)法律顾问|等|优秀|评为|选为/, scopeFromClauseOnly: true, nounBefore: true },
  { key: "public_lawyers.count", unit: PEOPLE, before: /公职律师[^,]{0,6}$/, after: /^公职律师/, exclude: /优秀|表彰|评为|选为|获/, scopeFromClauseOnly: true, nounBefore: true },

  // enforcement
  { key: "enforcement.case_files_reviewed", unit: /^(宗|卷|份|件|本|个?案卷)/, before: /案卷[^,]{0,6}(评查|抽查)[^,]{0,4}$|(评查|抽查)[^,]{0,10}案卷[^,]{0,4}$/, after: /^[^,]{0,6}案卷[^,]{0,6}评查|^(个?案卷)?[^,]{0,4}(进行|开展)了?评查/ },
  { key: "enforcement.officers_trained", unit: /^(名|人次|人)/, before: /(培训|轮训|参训|参加培训)[^,]{0,10}执法人员[^,]{0,3}$/, after: /^[^,]{0,6}执法人员[^,]{0,30}(培训|轮训)/, scopeFromClauseOnly: true },

  // legal education, transparency, supervision
  { key: "legal_education.events", unit: /^(场|次|期)/, before: /(普法|法治宣传|宣传|宪法|民法典)[^,]{0,16}(活动)?[^,]{0,3}$|活动[^,]{0,3}$/, topic: /普法|法治宣传|宣传|法律[七八九十]进/, exclude: /学法|集体学习|理论|考试|培训|讲座|会议|宣讲/ },
  { key: "transparency.requests", unit: /^(件|条)/, before: /(依申请公开|信息公开申请)[^,]{0,8}$/ },
  { key: "transparency.disclosures", unit: /^(条|件)/, before: /政府信息[^,]{0,4}$/, exclude: /申请/ },
  { key: "supervision.npc_proposals", unit: /^件/, before: /(人大代表|人大)[^,]{0,4}(建议|议案)[^,]{0,4}$|代表建议[^,]{0,4}$/ },
  { key: "supervision.cppcc_proposals", unit: /^件/, before: /政协[^,]{0,4}提案[^,]{0,4}$|委员提案[^,]{0,4}$/ },
];
