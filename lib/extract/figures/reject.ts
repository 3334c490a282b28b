import type { Quantity } from "./quantities";
import { legalOfficeActsFor } from "./legal-office";
import { subUnitIn } from "./subunit";
import { mentionFrom, topicAt } from "./topics";
import { matchesOf } from "../text/matches";

/**
 * Reasons a figure that looks like an indicator is not this year's achievement for the whole
 * jurisdiction. Each test reads the words before the number within its clause or sentence; the
 * first reason found is kept so a reviewer can see why a figure was left out.
 */
export type RejectReason =
  | "ordinal"
  | "target"
  | "change"
  | "cumulative"
  | "other_year"
  | "subtotal"
  | "sub_unit"
  | "topical_subset"
  | "lower_bound"
  | "listed_separately"
  | "participants"
  | "not_committees"
  | "no_period"
  | "per_unit"
  | "not_done"
  | "honoured";

export interface RejectContext {
  /** the year the report is about, when known */
  year: number | null;
  /** the year the text was published, when it says */
  publishedYear?: number | null;
  key: string;
  /** a figure of the same key stands before this one in its sentence or the one before: a 其中 after it makes a part */
  totalBefore?: boolean;
  /**
   * the text looks back on its whole year (an annual report, a 年度报告 or 工作总结, or a text published
   * after the year ended): 今年以来 in it is that year. In a news item written during the year it is
   * the year so far, a part of it.
   */
  looksBackOnYear?: boolean;
  /**
   * the text is a 政府信息公开 report: by law its statistics run from 1 January to 31 December of its
   * year, so 全县累计公开政府信息21597条 there is the year's total, not several years'
   */
  yearsStatistics?: boolean;
  /**
   * a news item or notice (no annual report) published the year after its year: 今年 in it is the year it was
   * written in (2023年全市…共接办建议161件…今年以来,市政府共接办…173件, in April 2024), not its year
   */
  writtenTheYearAfter?: boolean;
  /** an earlier sentence of the paragraph opened on a part of the year (今年1-6月,…) and none since on the year */
  paragraphInPartOfYear?: boolean;
}

// 确保了 is an achievement; 要 only as a modal (要达到, 要完成), not inside 重要/主要/需要
const TARGET_IN_CLAUSE =
  /确保(?!了)|力争|争取|目标|预计|不低于|不少于|至少|每年|每季度|每半年|每月|每周|应当|必须|(?<![重主需纪首只必摘提])要(?=[达实完做确在])|将(?=[达实完力])|计划(?=[在到于])/;
// 未审结19件, 尚未办结, 暂未受理: what was not done (a case still open is carried over, its own key)
// (清理往年未办结复议案件12件: cases of earlier years now cleared)
const NOT_DONE = /(?<!往年|历年|积存|以往)(?:未|没有)(?:审结|办结|结案|受理|办理|办复|答复|调解成功|化解|审查|备案)[^,;。]{0,6}$/;
// 每人配备一名法律顾问, 每个村(社区)1名: so many for each person or unit, not how many in all
const PER_UNIT = /每(?:一)?(?:个|人|位|名|村|户|家|所|镇|乡|社区|单位|部门|名领导)[^,;。\d]{0,8}$/;
const TARGET_IN_SENTENCE = /力争|争取|目标(?:是|为)|预计|计划(?:到|于|在)(?:20)?\d/;
const CHANGE = /同比|环比|较上年|较去年|比上年|比去年|较20\d\d|比20\d\d|增长|增加|减少|下降|上升|降低|提高|提升|增幅|降幅|翻番/;
// 增至64名, 由63.2%提升至95.1%: the figure after 至/到 is the level reached, not the change
const LEVEL_REACHED = /(?:增|提升|提高|增加|上升|增长|下降|降低|减少|发展)(?:至|到)$/;
// 由2020年的63.2%…: the level the change started from
const FROM_WHEN = "(?:(?:19|20)\\d{2}年|上年度?|去年|上一年度?)(?:底|末)?的?";
const CHANGE_FROM = new RegExp(`由(?:${FROM_WHEN})?$`);
const FROM_YEAR = new RegExp(`由${FROM_WHEN}`, "g");
// 宪法宣传周期间, 活动当天, 上半年, 1-7月, 前三季度, 截至9月底: a part of the year (1-12月 is all of it); 当日受理,
// 当天办结 and 全天在线 say how the work is done, not when
const SUB_PERIOD =
  /期间|(?:活动|宣传日|开放日|现场|仪式|集中宣传)当[天日]|(?<![一二三四五六七八九十\d])全天(?=[,，共])|上半年|下半年|(?<![\d-])(?:[1-9]|1[0-2])月份|本月|当月|上月|第?[一二三四1-4]季度|前[一二三两]季度|(?<![\d.])(?:[1-9]|1[01]|[一二三四五六七八九十]|十一)(?:月份?)?[-—–~至到](?:[1-9]|1[01]|[一二三四五六七八九十]|十一)月(?!\d)|截[至止](?:(?:19|20)\d{2}年)?(?:[1-9]|1[01]|[一二三四五六七八九十]|十一)月/;
// a part of the year named earlier in a sentence governs it until a clause speaks of the year again
const WHOLE_YEAR_AGAIN = /全年|年度|本年|今年|当年|(?:19|20)\d{2}年(?![上下前]|\d{1,2}月|第)/g;
const WHOLE_YEAR_AGAIN_ONCE = new RegExp(WHOLE_YEAR_AGAIN.source);

// 政协十一届四次会议期间转交…提案96件: the session whose suggestions and proposals are the year's, no part of it
// (for them alone: 两会期间 a 普法 campaign's events are a part of the year)
const SESSION = /会议期间|两会期间/g;

// 今年1-6月,武义县新收行政复议案件96件…。行政诉讼案件14件: a sentence that opens on a part of the year sets it for
// the sentences after it in its paragraph, until one opens on the year again (全年, 2024年度)
// (the calendar's parts only: a campaign's days, “12·4”国家宪法日期间…67场, set no time for what follows them)
const CALENDAR_PART =
  /上半年|下半年|第?[一二三四1-4]季度|前[一二三两]季度|(?<![\d.])(?:[1-9]|1[01]|[一二三四五六七八九十]|十一)(?:月份?)?[-—–~至到](?:[1-9]|1[01]|[一二三四五六七八九十]|十一)月(?!\d)|截[至止](?:(?:19|20)\d{2}年)?(?:[1-9]|1[01]|[一二三四五六七八九十]|十一)月/;
const OPENS_ON_PERIOD = new RegExp(`^[^,;。]{0,12}?(?:${CALENDAR_PART.source})`);
const OPENS_ON_WHOLE_YEAR = /^[^,;。]{0,8}?(?:全年|年度|本年|当年|1\s*[-—–~至到]\s*12\s*月|(?:19|20)\d{2}年(?![上下前]|\d{1,2}月|\d{1,2}[-—–~至到]|第|[一二三四五六七八九十]{1,2}月))/;

/** what a sentence opening says of the period its paragraph's later figures are of: a part, the year, or nothing */
export function periodOpening(sentence: string): "part" | "year" | null {
  const opening = sentence.replace(/^\s*(?:[(（][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+、|\d+[.、])?\s*/, "");
  // (“宪法宣传周”期间…30场,全年开展…420场: a sentence that comes back to the year leaves it set)
  const part = OPENS_ON_PERIOD.exec(opening);
  // (截至10月底,全县已建成…工作室235个: a day a stock is counted on, no span for the flows after it)
  if (part && /截[至止]/.test(part[0])) return null;
  if (part) return WHOLE_YEAR_AGAIN_ONCE.test(opening.slice(part[0].length)) ? "year" : "part";
  if (OPENS_ON_WHOLE_YEAR.test(opening)) return "year";
  return null;
}

// 律师调解案件2469件,调解成功1490件,成功率56% / 诉前调解收案5175件,调解成功2640件: another kind of mediation named
// in the sentence governs the counts after it, until people's mediation is named again (mediation.* is 人民调解 only)
// (only as a subject with its own count: 律师调解案件2469件, 诉前调解收案5175件; 深入推进诉调对接工作 or 以行政调解为主导的…机制
// is a mechanism, no subject)
const ANOTHER_MEDIATION = /(?<!以)(?:律师调解|诉前调解|法院调解|行政调解|仲裁调解|商事调解|公证调解)(?=[^,;。]{0,4}(?:案件|收案|受理|共|成功|\d))/g;
const PEOPLES_MEDIATION = /人民调解|调委会|调解委员会/g;
// 全市各级各类调解组织受理纠纷3342件, 全省各类调解组织每年化解…: mediation bodies of every kind, people's mediation among them
// (gathered/437, 564 leave such counts `ambiguous`; 各级调解组织 alone stays people's mediation: 604, 682, pages/201)
const EVERY_KIND_OF_MEDIATION = /各(?:级)?各?类调解(?:组织|机构|力量)/g;

// (人民调解、行政调解、司法调解“三调联动”: kinds listed together name no subject)
const LISTED = /[、和与及]$/;

// 将家事、乡村振兴、城市生活、营商环境等四类矛盾纠纷作为工作重点,化解纠纷17.1万件: the kinds of disputes the sentence
// focuses on, a category of them (gathered/437)
const KINDS_IN_FOCUS = /[一二三四五六七八九十两\d]类(?:矛盾)?纠纷(?:作为|为)(?:工作)?重点/;

function anotherMediation(sentencePrefix: string): boolean {
  if (KINDS_IN_FOCUS.test(sentencePrefix)) return true;
  const other = [
    ...matchesOf(ANOTHER_MEDIATION, sentencePrefix).filter(
      (m) => !LISTED.test(sentencePrefix.slice(0, m.index)) && !/^[、和与及]/.test(sentencePrefix.slice(m.index + m[0].length)),
    ),
    ...matchesOf(EVERY_KIND_OF_MEDIATION, sentencePrefix),
  ]
    .sort((a, b) => a.index - b.index)
    .at(-1);
  if (!other) return false;
  const peoples = matchesOf(PEOPLES_MEDIATION, sentencePrefix).at(-1);
  return !peoples || peoples.index < other.index;
}

function inPartOfYear(q: Quantity, key: string, paragraphInPart = false): boolean {
  const session = (words: string) => (key.startsWith("supervision.") ? words.replace(SESSION, "") : words);
  if (paragraphInPart && !WHOLE_YEAR_AGAIN_ONCE.test(session(q.sentencePrefix))) return true;
  if (SUB_PERIOD.test(session(q.clausePrefix))) return true;
  const prefix = session(q.sentencePrefix);
  let from = 0;
  for (const m of matchesOf(WHOLE_YEAR_AGAIN, prefix)) from = m.index + m[0].length;
  const rest = prefix.slice(from);
  // only what the earlier clauses set: this clause was read above
  return SUB_PERIOD.test(rest.slice(0, Math.max(0, rest.length - session(q.clausePrefix).length)));
}
// several years together: 近三年, 十年来, 五年间, 连续4年开展…, 10年排查化解…(a headline's span), 以来, 历年, 累计
// (连续三年被评为…, 连续两年实现零增长: an honour or a record, no span of what follows)
const CUMULATIVE =
  /累计|近[一二三两四五六七八九十\d]+年|[一二三两四五六七八九十\d]+年来|(?<![\d一二三四五六七八九十])[两二三四五六七八九十\d]{1,2}年(?:间|里|中)|连续[两二三四五六七八九十\d]{1,2}年(?!被|获|荣获|实现|保持|位居|排名)|(?<![\d一二三四五六七八九十])[一二三两四五六七八九十\d]{1,2}年(?=共|排查|办理|化解|调解|受理)|历年|多年来|以来|截至目前|迄今|至今|总计历/;
// 五年,修改地方性法规24部…备案审查各类规范性文件964件: a span of years opening the sentence governs its
// flows (a stock stated there, 调解员达2.5万余名, is the count standing at the span's end)
const SPAN_OPENING = /^(?:过去|近|这)?[两二三四五六七八九十]年[,:]/;
// 累计 alone (no 以来, 近三年, 历年 beside it): the year's running total in a report of one year's statistics
// (截至2019年底,累计主动公开政府信息64627条: everything to that day, all years together)
const BARE_CUMULATIVE = /累计/g;
const TO_A_DATE = /截[至止]/;
// 一年来, 过去一年, 政协十三届一次会议以来 (one session to the next): the year itself, not several together
const THIS_YEAR_CUMULATIVE = /(?:全年|今年|本年度?|当年|年内|年度)累计|(?:今年|本年|年初)以来,?(?:共|全市|全县|全区)?累计|(?:今年|本年|年初)以来|(?<![\d一二三四五六七八九十])(?:这|过去)?一年(?:来|以来)|过去一年|届[一二三四五六七八九十\d]{1,2}次(?:全体)?会议以来/g;
const PREVIOUS_YEAR = /上年|去年|上一年|前年/;
// 比2015年上升13.4%, 较2020年同期: a year compared with, not the year of what follows
const COMPARED_WITH_YEAR = /(?:比|较|与|同)(?:19|20)\d{2}年(?:同期)?(?:相比)?/g;
// (包括2018年结转案件): an aside in brackets sets no year for the sentence
const BRACKETED = /\([^()]{0,40}\)/g;
// 结转上年后新收到…47件, 除上年结转外: this year's new ones, told apart from last year's
const BESIDES_CARRIED_OVER = /结转上年度?(?:后|外)|除上年度?结转(?:外|以外)?|扣除上年度?结转/g;
const YEAR_MENTION = /(?<![\d—\-~至到])((?:19|20)\d{2})(?:年)(?!\d)/g;
// ,2017年为89件, / ,上年同期为…: a clause that only compares governs nothing after it
const YEAR_COMPARISON = /(?:19|20)\d{2}年(?:同期)?(?:为|是)[^,;。]*[,;]/g;
// 其中本年度新制发4件 is this year's part of a stock; 其中市政府本级… is the own scope, not a sub-unit;
// 发布信息4583条,其中主动公开…2107条 is what was disclosed of what was released (pages/228)
const SUBTOTAL = /其中(?![,:]?(?:本年度?|今年|当年|全年|年内|新|主动公开|(?:19|20)\d{2}年|本级|(?:[省市区县州])?(?:人民)?政府本级|以(?:[省市区县州])?(?:人民)?政府名义))/;
const TOPICAL_SUBSET = /疫情|涉疫|防疫|抗疫|新冠/;
// 今年,她已成功调解9起矛盾纠纷: one person's own count (a mediator, a deputy), never the place's (AG1 1668)
const ONE_PERSON = /(?:^|[,;:,。])[^,;。]{0,8}?(?<![其])(?:他|她)(?:们)?(?!们)(?:已|先后|共|累计|个人|一人|一年)/;
// 连云港市首批24名公职律师持证上岗, 第二批法律顾问: one batch of them, not all (no label takes one: AE 1616)
const A_BATCH = /首批|第[一二三四五六七八九十\d]{1,2}批|新一批/;
// 司法部授予299个人民调解委员会…称号, 被评为…的调解员12名: bodies or people honoured are some of them
const HONOURED = /授予|表彰|命名|评为|评选出|荣获|获评|获得[^,;。]{0,12}称号/;
// 面对新冠肺炎疫情, 克服疫情影响, 统筹疫情防控和经济社会发展: the year's setting, not a subset of its work
const EPIDEMIC_AS_SETTING = /(?:面对|克服|应对|统筹|战胜|经受|顶住)[^,;。]{0,12}(?:疫情|新冠)[^,;。]{0,12}/g;
const UNIT_AFTER = /[\d一二三四五六七八九十百千万][\d.,]*[余多]?(件次|人次|场次|件|条|名|个|场|次|宗|卷|份|人|项|家|起|位)/g;
const UNIT_KINDS: Record<string, string> = { 名: "people", 人: "people", 位: "people", 人次: "people", 个: "bodies", 家: "bodies" };

function kindOfUnit(unit: string | undefined): string | null {
  if (!unit || unit === "%") return null;
  return UNIT_KINDS[unit] ?? "items";
}

// how far back in its sentence a 其中 still governs a clause
const SUBTOTAL_REACH = 200;

function lastYear(text: string): number | null {
  let year: number | null = null;
  for (const m of matchesOf(YEAR_MENTION, text)) year = Number(m[1]);
  return year;
}

// 去年以来,市司法局…,全年共开展…: a clause that names the year again speaks of that year, whatever
// span an earlier clause opened
const THE_YEAR = /[,;](?=[^,;]*(?:全年|本年度?|年内)(?!以来))/g;

function sinceTheYearNamed(prefix: string): string {
  let from = 0;
  for (const m of matchesOf(THE_YEAR, prefix)) from = m.index;
  return prefix.slice(from);
}

// patterns that name the report's year, built once per year
const yearPatterns = new Map<string, RegExp>();

function ofYear(source: string, flags = ""): RegExp {
  let re = yearPatterns.get(source + flags);
  if (!re) yearPatterns.set(source + flags, (re = new RegExp(source, flags)));
  return re;
}

// 今年以来, 今年来, 年初以来 (and 2025年以来 in a 2025 text): from the year's start up to the day the text was written
const YEAR_SO_FAR = /(?:今年|本年|年初)以?来/;

function sinceTheYearBegan(prefix: string, year: number | null): boolean {
  return YEAR_SO_FAR.test(prefix) || (year !== null && ofYear(`${year}年(?:初)?以来`).test(prefix));
}

/** 累计/以来 over more than the year; 全年累计, 今年以来 and 2023年以来 in a 2023 report are the year */
function isCumulative(prefix: string, year: number | null): boolean {
  let cleared = prefix.replace(THIS_YEAR_CUMULATIVE, "");
  // (2022年各级人民调解组织累计受理…: 累计 within a clause that names the year is that year's total)
  if (year !== null) cleared = cleared.replace(ofYear(`${year}年(?:初)?以来|${year}年(?:度)?[^,;。以]{0,16}?累计`, "g"), "");
  return CUMULATIVE.test(cleared);
}

/**
 * 其中 in an earlier clause still governs the clauses after it ("其中,…调处1297件,调处成功1289件")
 * until one turns to another topic ("…其中不予受理2件;行政应诉案件30件").
 */
function underSubtotal(q: Quantity, text: string): boolean {
  if (SUBTOTAL.test(q.clausePrefix)) return true;
  const from = Math.max(q.sentence.start, q.clause.start - SUBTOTAL_REACH);
  // read on into this clause, so 其中,|市政府本级… sees what follows its comma
  const m = SUBTOTAL.exec(text.slice(from, Math.min(q.token.start, q.clause.start + 24)));
  if (!m || from + m.index >= q.clause.start) return false;
  const at = from + m.index;
  // 直接纠错的案件有374件,其中确认违法70件,…,直接纠错率为20%: a rate named by the measure of
  // the total before 其中 is the total's, not a part's
  const rateStem = q.token.percent ? /([\u4e00-\u9fff]{2})率[^率]*$/.exec(q.lead)?.[1] : undefined;
  if (rateStem && text.slice(q.sentence.start, at).includes(rateStem)) return false;
  // 其中村调委会163个…,人民调解员856名: a count of another kind of thing than the one just
  // before it ends the breakdown (调处1297件,调处成功1289件 continues it)
  const previousUnits = matchesOf(UNIT_AFTER, text.slice(at, q.clause.start));
  const breakdownKind = kindOfUnit(previousUnits[previousUnits.length - 1]?.[1]);
  const ownKind = kindOfUnit(q.unit);
  if (breakdownKind && ownKind && breakdownKind !== ownKind && !q.token.percent) return false;
  const breakdownTopic = mentionFrom(q.mentions, at)?.topic ?? topicAt(q.mentions, at);
  return [...q.leadTopics].every((t) => t === breakdownTopic);
}

// 全县, 县政府, 本级: a clause that names the place or its government speaks for itself again
const NAMES_WHOLE = /全[省市区县州旗盟]|[省市区县州旗盟](?:人民)?政府|行政公署|行署|本级|我[省市区县州旗盟]|各级/;
const COUNTED_FIGURE = /[\d一二三四五六七八九十百千万两][\d.,]*[余多]?(?:%|件次|人次|场次|件|条|名|个|场|次|宗|卷|份|人|项|家|起|位)/g;

/**
 * 其中,新城街道调委会调解纠纷618件,调解成功率100%: a clause without a subject of its own goes on
 * speaking of the subject of the figure in the clause just before it (a bare 其中 may stand
 * between); this returns the words before that figure, or nothing.
 */
function subjectOfPreviousFigure(q: Quantity, text: string): string {
  for (let i = q.clauseIndex - 1; i >= 0; i--) {
    const clause = q.sentence.clauses[i];
    const words = text.slice(clause.start, clause.end);
    // the words leading to the clause's last figure (化解4960件永安镇派出所…调解纠纷579件: 永安镇派出所…)
    const figures = matchesOf(COUNTED_FIGURE, words);
    if (figures.length > 0) {
      // 全区建有198个调委会、8个驻所调解室: what follows a figure there is what was counted
      if (NAMES_WHOLE.test(words.slice(0, figures[0].index))) return "";
      const last = figures[figures.length - 1];
      const before = figures.length > 1 ? figures[figures.length - 2] : null;
      const from = before ? before.index + before[0].length : 0;
      // 各单位 is every unit, the whole again; what was set up (建有…行业性调解组织1503个) is
      // what that figure counts, and the clause after it goes on about those
      return words
        .slice(from, last.index)
        .replace(/各[^,;、]{0,2}单位/g, "")
        .replace(/^.*(?:建有|设立|成立|建立|组建)/, "");
    }
    // only a bare 其中 between: a clause saying something else starts afresh
    if (!/^\s*其中\s*[,:]?\s*$/.test(words)) return "";
  }
  return "";
}

const FILED_WITH_GOVERNMENT = /向[^,;。]{0,12}(?:政府|司法局|司法厅|法制办|人大)[^,;。]{0,6}(?:报送|报备|备案)/;

// 13家人民调解委员会…进驻网络平台, 180多名调解员参加了培训: those who took part, not all there are
const PARTICIPATION = /进驻|入驻|接入|加入|参加|参与|参训|获评|被评为|被命名|荣获|获得|受到/;
const PEOPLE_KEY = /^(?:mediation\.mediators|legal_advisors|public_lawyers|enforcement\.officers_trained)/;
const PEOPLE_AS_SUBJECT = /\d+[余多]?名[^,;。]{0,6}(律师|法律顾问|顾问|调解员|志愿者|专家)(?:参与|参加|共|先后|累计|办理|审查)/;
const COUNTS_OF_BODIES = /^(?:mediation\.(?:committees|mediators)|legal_advisors|public_lawyers)/;

// 人民调解组织381个,其中…调委会342个,个人调解工作室4个: organisations the text says include bodies that
// are not committees are not the committees' count (docs/indicators.md, "Rules settled from real text")
const ORGANISATIONS_COUNTED = /调解组织[^,;、]{0,8}$/;
// (…组织14420个、个人调解室168个 lists them beside: no breakdown)
const OTHER_BODIES = /^[^。]{0,4}(?:其中|包括|含)[^。]{0,60}?(?:调解室|工作室|调解小组|调解中心|调解站|调解庭)/;

// 全年共化解…: a flow that says it is a whole year's, even where the text never says which year
// (省政府年度重大行政决策事项目录: 年度 there names a list, not the period of what follows)
const A_WHOLE_YEAR = /全年|本年度?|年度内|年内|当年|一年来/;

// 审核各类合同6件, 法律顾问审查合同23份: contracts alone are one of the things a legality review counts
// (decisions, documents and contracts: the catalogue's legality_review.items), a category of it
const CONTRACTS_REVIEWED = /(?:审查|审核)了?([^,;、。]{0,12}(?:合同|协议)[^,;、。]{0,3})$/;
const OTHER_THINGS_REVIEWED = /文件|决策|事项|议题|纪要|等/;

function onlyContractsReviewed(lead: string): boolean {
  const m = CONTRACTS_REVIEWED.exec(lead);
  return m !== null && !OTHER_THINGS_REVIEWED.test(m[1]);
}

// 通过政务新媒体账号公开信息5994条: social media are one channel of disclosure; the portal's count (通过政府
// 网站…) is often the whole, labelled as such, and a count over both is the total
const THROUGH_NEW_MEDIA = /通过([^,;。]{0,24}?)(?:政务)?(?:新媒体|微博|微信|公众号|客户端|抖音|头条号|视频号)/;

// (宣传册、电子屏公开政府信息1876条, 政务新媒体发布信息465条: a clause opening on a channel other than the portal)
const OTHER_CHANNEL_OPENING = /^[^,;。]{0,4}(?:宣传册|电子屏|显示屏|公开栏|宣传栏|政务新媒体|新媒体|微博|微信|公众号)/;

function throughNewMediaOnly(prefix: string): boolean {
  if (OTHER_CHANNEL_OPENING.test(prefix)) return true;
  const m = THROUGH_NEW_MEDIA.exec(prefix);
  return m !== null && !/网|门户|平台/.test(m[1]);
}

// 截至目前, 至今: for a stock (committees, mediators, lawyers, advisers) the count standing now
const STANDING_NOW = /截[至止]目前|截[至止]当前|至今|迄今|目前/g;

export function rejectReason(q: Quantity, text: string, ctx: RejectContext, allowsPreviousYear: boolean): RejectReason | null {
  if (q.token.ordinal) return "ordinal";
  if (TARGET_IN_CLAUSE.test(q.clausePrefix) || TARGET_IN_SENTENCE.test(q.sentencePrefix)) return "target";
  if (PER_UNIT.test(q.clausePrefix)) return "per_unit";
  if (NOT_DONE.test(q.lead) && !ctx.key.endsWith(".carried_over")) return "not_done";
  if (q.token.percent && q.atLeast) return "lower_bound";
  if (CHANGE_FROM.test(q.lead)) return "change";
  if ((CHANGE.test(q.lead) && !LEVEL_REACHED.test(q.lead)) || /^个?百分点/.test(text.slice(q.token.end, q.token.end + 4))) return "change";
  if (/分别/.test(q.lead)) return "listed_separately";
  const stock = COUNTS_OF_BODIES.test(ctx.key);
  // a flow is counted over a period: in a text that tells no year (an undated news item, a forum
  // copy) a count like 共受理纠纷10199件 may be this year's so far or several years', so it is no
  // year's value; a stock (调解员1281人) stands whatever the date
  if (ctx.year === null && !stock && !A_WHOLE_YEAR.test(q.sentencePrefix)) return "no_period";
  const spanPrefix = sinceTheYearNamed(stock ? q.sentencePrefix.replace(STANDING_NOW, "") : q.sentencePrefix);
  const yearsRunningTotal = ctx.yearsStatistics && !TO_A_DATE.test(spanPrefix);
  if (isCumulative(yearsRunningTotal ? spanPrefix.replace(BARE_CUMULATIVE, "") : spanPrefix, ctx.year)) return "cumulative";
  if (!stock && SPAN_OPENING.test(q.sentencePrefix)) return "cumulative";
  // 去年 in a text published the year after its year is that year (陕西省去年收到…, in April 2017
  // of 2016); 上年 stays the year before the one reported on (较上年, 上年结转)
  const lastYearIsItsYear = ctx.year !== null && ctx.publishedYear === ctx.year + 1;
  const previous = q.clausePrefix.replace(FROM_YEAR, "").replace(BESIDES_CARRIED_OVER, "").replace(lastYearIsItsYear ? /去年/g : /(?!)/g, "");
  if (!allowsPreviousYear && PREVIOUS_YEAR.test(previous)) return "other_year";
  const mentioned = lastYear(q.sentencePrefix.replace(FROM_YEAR, "").replace(YEAR_COMPARISON, "").replace(COMPARED_WITH_YEAR, "").replace(BRACKETED, ""));
  if (ctx.year !== null && mentioned !== null && mentioned !== ctx.year) return "other_year";
  if (ctx.writtenTheYearAfter && mentioned === null && /今年/.test(sinceTheYearNamed(q.sentencePrefix))) return "other_year";
  if (ctx.totalBefore !== false && underSubtotal(q, text)) return "subtotal";
  // (截至9月22日,全省有律师25099人,其中公职律师5813人: a stock counted on a day of the year stands)
  if (TOPICAL_SUBSET.test(q.sentenceSubject.replace(EPIDEMIC_AS_SETTING, "")) || TOPICAL_SUBSET.test(q.clausePrefix) || (!stock && inPartOfYear(q, ctx.key, ctx.paragraphInPartOfYear))) return "topical_subset";
  if (HONOURED.test(q.clausePrefix)) return "honoured";
  if (A_BATCH.test(q.lead)) return "topical_subset";
  // a flow 今年以来 in a news item of August is the year so far (a stock counted then still stands)
  if (ctx.looksBackOnYear === false && !stock && sinceTheYearBegan(sinceTheYearNamed(q.sentencePrefix), ctx.year)) return "topical_subset";
  if (ctx.key === "legality_review.items" && onlyContractsReviewed(q.lead)) return "topical_subset";
  if (ctx.key === "transparency.disclosures" && throughNewMediaOnly(q.clausePrefix)) return "topical_subset";
  if (ctx.key.startsWith("mediation.") && anotherMediation(q.sentencePrefix)) return "topical_subset";
  const actsForGovernment = legalOfficeActsFor(ctx.key);

  // 市政府部门及乡镇…向市司法局报送备案规范性文件38件: the departments file, the government reviews
  if (ctx.key === "normative_docs.filed" && FILED_WITH_GOVERNMENT.test(q.clausePrefix)) return null;
  // (…落实省政府办公厅要求,…,2023年全区共主动公开…: a clause naming the whole area is the area's,
  // whatever the sentence opened on)
  if (ONE_PERSON.test(q.clausePrefix)) return "sub_unit";
  if (subUnitIn(q.clausePrefix, actsForGovernment)) return "sub_unit";
  // (姑苏区司法局持续发挥…,2022年各级人民调解组织累计受理…,调处成功10343件: a clause after the subject's that named
  // the whole speaks for the clauses after it)
  const wholeSinceSubject = NAMES_WHOLE.test(q.sentencePrefix.slice(q.sentenceSubject.length));
  if (q.clauseIndex > 0 && !NAMES_WHOLE.test(q.clausePrefix) && !wholeSinceSubject && subUnitIn(q.sentenceSubject, actsForGovernment)) return "sub_unit";
  if (q.clauseIndex > 0 && !NAMES_WHOLE.test(q.clausePrefix) && subUnitIn(subjectOfPreviousFigure(q, text), actsForGovernment)) return "sub_unit";
  if (COUNTS_OF_BODIES.test(ctx.key) && PARTICIPATION.test(q.clauseRest)) return "participants";
  if (ctx.key === "mediation.committees" && ORGANISATIONS_COUNTED.test(q.lead) && OTHER_BODIES.test(text.slice(q.unitEnd, Math.min(q.sentence.end, q.unitEnd + 80)))) return "not_committees";
  // 西安市30名公职律师参与审查行政决策27件…办理行政诉讼案件69件: a group of people's own work
  // (全市4321名人民调解员共调解矛盾纠纷6543件: mediators mediating is the area's mediation)
  const group = PEOPLE_AS_SUBJECT.exec(q.sentencePrefix);
  if (!PEOPLE_KEY.test(ctx.key) && group && !(ctx.key.startsWith("mediation.") && group[1] === "调解员")) return "participants";
  return null;
}
