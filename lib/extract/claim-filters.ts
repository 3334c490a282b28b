/**
 * Why a figure is not the jurisdiction's value for the report's year. Each check returns the
 * reason (kept for the review screen) or null.
 */

// year-over-year changes: "同比下降59.5%", "较上年增长12件", "提高3个百分点"
const CHANGE = /同比|环比|较上年|比上年|较去年|比去年|较20\d\d年|比20\d\d年|增长|下降|减少|增加|提高|提升|上升|降低|增幅|降幅|翻番/;
// plans and targets: "力争", "确保…达到", "目标"
const TARGET = /力争|确保|目标|争取|预计|计划|拟|力求|要求|不低于|不少于/;
const PREVIOUS = /去年|上年(?!结转)|上一年|前年/;
// sums over several years: "累计", "近三年", "自…以来" (but "今年以来" is this year)
const CUMULATIVE = /累计|历年|近[一二两三四五六七八九十\d]+年|成立以来|(?<!今年|本年|年初|全年)以来|十[二三四]五期间/;
// one department, town, court or mediation room is not the jurisdiction
const SUBUNIT_STRONG = /驻所|调解室|调解工作室|派出所|人民法庭|司法所|工作站|人民法院(?!生效)|检察院|其中[^,]{0,6}\d+个/;
const SUBUNIT_LOCAL = /[^全本各市区县州省\d]{1,6}(镇|乡|街道)(?![级村)])|某/;
// 收到行政被复议案件: the government answering someone else's reconsideration body
const RESPONDENT = /被复议|被申请人|作为被申请/;
// a named department or a named (specialised) mediation committee acting on its own: its figures
// are not the jurisdiction's. Legality review, normative documents, reconsideration and advisers
// are done by an office on the government's behalf, so they keep theirs.
const NAMED_BODY = /(?<![各全级])(?:[\u4e00-\u9fa5]{1,10}(?:局|管委会|委员会|调委会|医调委)|部门)(?![^,]{0,2}(?:人民调解委员会|调委会))/;
const BODY_ACTS_FOR_GOVERNMENT = /^(legality_review|normative_docs|reconsideration|legal_advisors|mediation\.committees|mediation\.mediators|supervision)/;
const GENERAL_BODY = /(各级|全[市区县州旗省]|各类|各)[^,]{0,6}(人民调解委员会|调委会|调解组织|部门)/;
// counts of people and organisations after 其中 are a part of a total
const PART_OF_COUNT = /^(mediation\.committees|mediation\.mediators|public_lawyers|legal_advisors)/;
const OPENS_PART = /^(其中|此外|另外|另)/;

export interface ClaimContext {
  /** the clause text before the number (from the previous figure in the clause, if any) */
  localBefore: string;
  /** the whole clause before the number */
  clauseBefore: string;
  /** the sentence before the number */
  sentenceBefore: string;
  /** a few characters after the number and its unit */
  after: string;
  reportYear: number | null;
  key: string;
}

export function rejectReason(c: ClaimContext): string | null {
  if (c.key.startsWith("reconsideration.") && RESPONDENT.test(c.sentenceBefore)) return "respondent";
  // "由63.2%提升至95.1%": the figure after 至 is where it stands now
  const reachedNow = /(提升|提高|上升|下降|降低|增加|减少|增长)(至|到)$/.test(c.clauseBefore) && /由[^,]*$/.test(c.clauseBefore);
  if ((CHANGE.test(c.localBefore) && !reachedNow) || /^个?百分点/.test(c.after)) return "change";
  if (TARGET.test(c.clauseBefore)) return "target";
  if (c.key !== "reconsideration.carried_over" && PREVIOUS.test(c.clauseBefore)) return "previous_year";
  if (CUMULATIVE.test(c.sentenceBefore)) return "cumulative";
  const years = [...c.sentenceBefore.matchAll(/(20\d\d)年(?!度?以来)/g)].map((m) => Number(m[1]));
  if (!reachedNow && c.reportYear !== null && years.length > 0 && years.at(-1) !== c.reportYear) return "other_year";
  if (SUBUNIT_STRONG.test(c.clauseBefore) || SUBUNIT_LOCAL.test(c.clauseBefore)) return "sub_unit";
  if (OPENS_PART.test(c.sentenceBefore) && SUBUNIT_STRONG.test(c.sentenceBefore)) return "sub_unit";
  if (!BODY_ACTS_FOR_GOVERNMENT.test(c.key) && NAMED_BODY.test(c.clauseBefore) && !GENERAL_BODY.test(c.clauseBefore)) return "sub_unit";
  if (PART_OF_COUNT.test(c.key) && /其中/.test(c.clauseBefore)) return "part";
  if (/^以上/.test(c.after)) return "floor";
  return null;
}
