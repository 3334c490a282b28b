import type { ReportKind } from "../types";

// What kind of document a text is, from its title, else from how its body opens.
// annual_report: a government's own account of its year (年度报告, 情况的报告, 工作情况, 总结, or an
//   untitled text that opens on its year / says 现将…报告如下);
// work_plan: 工作要点 / 计划 / 安排 / 实施方案, and news announcing one;
// other: everything else — news, yearbook entries, statistics, interpretations, the 政府信息公开
//   年度报告 (a different report). A department's or a town's 法治政府建设 report is an annual report
//   of its place, with none of its own counts as values (byDepartment).

const INFO_DISCLOSURE = /政府信息公开/;
// (《政府工作报告》 is the government's report to the people's congress, and its progress tables are no
// 法治政府建设 report)
// (2020年上半年法治政府建设工作总结, 1-9月…情况: a part of the year's summary is no report on the year: gathered/666, 1457)
const OTHER_DOC = /上半年|下半年|前三季度|[一二三四]季度|第[一二三四]季度|(?<!\d)(?!1\s*[-—至到~]\s*12\s*月)\d{1,2}\s*[-—至到~]\s*\d{1,2}\s*月|半年|年鉴|统计公报|公报|解读|图解|问答|答记者问|通报|考核结果|评估报告|第三方评估|述法|述职|第一责任人职责|(?<!法治)政府工作报告/;
const NEWS = /召开|审议|听取|举行|举办|调研|督察|督导|检查|座谈|推进会|培训|观摩|考核|专题学习|会议|走访|宣讲|发布会/;
const PLAN = /要点|计划|工作安排|安排部署|实施方案|工作方案|任务分解|任务清单|重点任务/;
const ANNUAL = /报告|总结|工作情况|建设情况|情况$/;
// the report on building rule-of-law government, as against a field's statistics or analysis
// (行政复议、行政应诉案件统计报告, 行政审判白皮书) or a department's general work summary
const RULE_OF_LAW = /法治政府|依法行政|法治建设|依法治[省市县区州旗盟]/;
// (关于2024年政府规章和行政规范性文件备案审查工作情况的报告: the filing review's report to the congress)
// (关于办理…代表建议、批评和意见情况的报告, 提案工作情况的报告: the handling of suggestions or proposals, one field)
const FIELD_REPORT =
  /统计|分析报告|白皮书|审查报告|案件情况|备案审查工作|(?:行政复议|行政应诉|行政诉讼|复议应诉|行政审判)[^。,]{0,8}(?:工作)?(?:报告|总结|情况)|(?:建议|提案|议案)[^。,\n]{0,16}(?:情况|工作)的?(?:报告|总结)/;
// 2025年,云南省将行政复议工作融入…: an untitled text opening on one field's year is that field's review
const FIELD_OPENING = /^(?:19|20)\d{2}年度?,[^。]{0,20}?(?:行政复议|行政应诉|行政诉讼|人民调解|法律援助|公共法律服务)工作/;

// (记者 张鸿雨)3月20日上午,…汇报会举行 / 3月25日,我市召开2016年建议提案交办会 / 2024年4月30日,桐柏县人民法院召开…新闻发布会:
// an untitled news item, known by its dateline and its event, whose year is the year of its figures (docs/indicators.md)
const NEWS_OPENING = /^\s*(?:[(（][^)）]{0,20}[)）]\s*)?(?:(?:(?:19|20)\d{2}年)?\d{1,2}月\d{1,2}日|日前|近日|昨天|今天)(?:上午|下午|晚)?[,，]?[^。\n]{0,36}?(?:召开|举行|举办)/;

/** an untitled news item's first line: its dateline and its event */
export function opensAsNews(line: string): boolean {
  return NEWS_OPENING.test(line);
}

/** a news headline (召开…会议, 举行, 调研…): its year names the event, not always the figures' */
export function isNewsTitle(title: string): boolean {
  return NEWS.test(title) && !PLAN.test(title);
}

export type IssuerKind = "government" | "government_office" | "department" | "subunit" | "unknown";

// the issuer is the part of a title before what it is about
const SUBJECT_STARTS = "关于|(?<!依)法治|依法行政|出台|召开|印发|发布|制定";
const ISSUER_END = new RegExp(`${SUBJECT_STARTS}|(?:19|20)\\d{2}`);

// 2024年上海市科委政府信息公开工作年度报告: a title that opens on its year names its issuer after it
const LEADING_YEAR = /^(?:19|20)\d{2}\s*年度?/;
const ISSUER_AFTER_YEAR_END = new RegExp(`${SUBJECT_STARTS}|政府信息公开|政务公开|工作`);

export function titleIssuer(title: string): string {
  const year = LEADING_YEAR.exec(title);
  if (year) {
    const rest = title.slice(year[0].length);
    const end = ISSUER_AFTER_YEAR_END.exec(rest);
    return (end ? rest.slice(0, end.index) : "").replace(/[\s,:、·]+$/, "");
  }
  const m = ISSUER_END.exec(title);
  return (m ? title.slice(0, m.index) : title).replace(/[\s,:、·]+$/, "");
}

export function issuerKind(issuer: string): IssuerKind {
  if (!issuer) return "unknown";
  if (/(乡|镇|街道|街道办事处|村|社区)(人民政府|党委|党工委|政府|委员会)?$/.test(issuer)) return "subunit";
  if (/依法治[省市县区州旗盟](委员会)?(办公室|办)$/.test(issuer)) return "government";
  if (/(人民政府|政府)(办公室|办公厅|办)$/.test(issuer)) return "government_office";
  // a 地区 or 盟 is governed by its 行政公署 (行署), which ends in 署 like an agency
  if (/(人民政府|政府|行政公署|行署|[省市县区州旗盟]委|党委)$/.test(issuer)) return "government";
  if (/(局|厅|委员会|委|办公室|办|中心|院|所|署|队|处|站|公司|集团|学校|学院|大学|协会|法院|检察院|监狱|馆)$/.test(issuer)) {
    return "department";
  }
  return "unknown";
}

export interface KindInput {
  /** normalized title, or null when the text has none */
  title: string | null;
  /** normalized body lines after the title */
  bodyLines: string[];
  /** how often the body speaks as a department (我局, 本委) and as a government (我市, 全县) */
  selfReference: { department: number; government: number };
}

// the text is the plan itself: 制定本要点, 特制定本方案, 现将2024年工作要点安排如下
const THIS_PLAN = /制定本(?:要点|计划|方案|安排)|特制定|现(?:制定|提出|印发)[^。\n]{0,30}(?:要点|计划|方案|安排)|(?:要点|计划|方案|安排)如下/;
// 现将2024年度…工作情况总结和2025年…工作计划如下: the year's summary with next year's plan after it is the summary's
// report (gathered/1347), as a summary-with-plan title is
const SUMMARY_WITH_PLAN = /(?:总结|情况|报告)(?:和|及|暨|与|并)[^。\n]{0,30}(?:要点|计划|方案|安排)如下/g;
// news of a plan, when its opening sentence says so (日前,某县印发2024年法治政府建设工作要点): a plan
// named later in a text (制定…工作要点等系列文件, 先后出台《…实施方案》) is one thing the year did
// (深入贯彻中央…战略部署,认真贯彻落实《…工作要点》: 部署 as a noun, and a plan followed, no plan issued)
const PLAN_NEWS = /(?:出台|印发|制定|发布|(?<!战略|决策|工作|要求|安排)部署)[^。\n]{0,30}(?:法治|依法)[^。\n]{0,20}(?:工作要点|工作计划|实施方案)/;

// a short first line without a full stop heads the text even when it is no 法治 title
function headlineKind(line: string): ReportKind | null {
  if (line.length > 50 || /[。,;]/.test(line)) return null;
  if (FIELD_REPORT.test(line) || OTHER_DOC.test(line)) return "other";
  const issuer = issuerKind(titleIssuer(line));
  if ((issuer === "department" || issuer === "government_office" || issuer === "subunit") && /总结|报告|情况/.test(line) && !RULE_OF_LAW.test(line)) return "other";
  return null;
}

// 鞍委〔2023〕20号: the document's number on a line of its own, no headline
const DOCUMENT_NUMBER = /^[\u4e00-\u9fff]{1,10}\s*[〔\[［(（]\s*(?:19|20)\d{2}\s*[〕\]］)）]\s*\d{1,4}\s*号$/;
// 省政府、市委、市人大: a report's addressees, on a line of their own before it opens
const ADDRESSEES = /^[^。,]{2,40}[:：]$/;
// the opening sentence says what the text is: a 政府信息公开 report, or statistics of cases
const OPENS_AS_OTHER = /政府信息公开(?:条例|工作)|统计(?:汇总|分析)/;
// 2024年,全省法院始终坚持…: the courts' year (a white paper), not the government's report
const COURT_OPENING = /^(?:19|20)\d{2}\s*年度?\s*[,，、]?\s*[^。,，；;]{0,12}?(?:法院|检察院)/;

const FIRST_SECTION = /(?:^|\n)\s*[一二三四五六七八九十]+、([^\n]{0,40})/;
// 2023年,缙云县司法局深入学习…, 区司法局党组深入贯彻…: a bureau speaking of its own year (a government's report
// may open its sections the same way: 2023年,昌吉州人民政府始终坚持… / 一、2023年工作开展情况)
// (统筹全局深入推进: 全局, 大局 and 格局 are no bureau)
const DEPARTMENT_SUBJECT = /^[^。\n]{0,40}?(?:(?<![格大布全当结开僵时政残骗赌邮])局|厅)(?:党组|党委)?(?:坚持|始终|认真|深入|紧紧|紧扣|按照|围绕|全面|严格|积极|切实|不断|高度|坚决|聚焦)/;
const WORK_REVIEW_SECTION = /工作(?:开展)?(?:情况|总结)|重点工作|工作回顾/;
const RULE_OF_LAW_SECTION = /法治|依法行政|举措和成效|措施和成效|第一责任人/;

function kindFromBody(lines: string[], selfReference: KindInput["selfReference"]): ReportKind {
  const body = lines.filter((l) => l.length > 0);
  if (body.length > 1 && ADDRESSEES.test(body[0])) body.shift();
  if (body.length > 1 && DOCUMENT_NUMBER.test(body[0])) body.shift();
  const opening = body[0] ?? "";
  const text = body.join("\n");
  if (/^【[^】]{1,20}】/.test(opening) || /统计公报/.test(text.slice(0, 500))) return "other";
  const headline = headlineKind(opening);
  if (headline) return headline;
  const firstSentence = /^[^。\n]*/.exec(text.trimStart())?.[0] ?? "";
  if (THIS_PLAN.test(text.slice(0, 1500).replace(SUMMARY_WITH_PLAN, "")) || PLAN_NEWS.test(firstSentence)) return "work_plan";
  // 2024年4月30日,桐柏县人民法院召开行政审判工作新闻发布会: a news item, whatever year it goes on to name
  if (opensAsNews(opening)) return "other";
  // (左贡县人民政府2021年度 / 信息公开年度报告 / 根据《…年度报告格式》…: a 政府信息公开 report whose title the page broke)
  if (OPENS_AS_OTHER.test(firstSentence) || COURT_OPENING.test(firstSentence) || FIELD_OPENING.test(firstSentence) || isDisclosureReport("", text))
    return "other";
  const reportLike =
    /报告如下|现将[^。\n]{0,60}(?:报告|(?:法治|依法行政)[^。\n]{0,30}总结[^。\n]{0,40}如下)/.test(text) ||
    (/^(19|20)\d{2}年/.test(opening) && /法治政府建设|依法行政|法治建设/.test(text.slice(0, 800))) ||
    // 一、加强党对法治政府建设的全面领导。: a report's first section, its heading cut from the page
    /^[一二三四五六七八九十]+、[^。\n]{0,30}(?:法治政府建设|依法行政)/.test(opening);
  if (!reportLike) return "other";
  // 一、2023年工作开展情况 / 一、2022年工作总结: the first section of a department's year in review, where the
  // 法治政府建设 report's template opens on 一、…推进法治政府建设的主要举措和成效 or the leaders' duties
  const section = FIRST_SECTION.exec(text.slice(0, 1500))?.[1] ?? "";
  if (DEPARTMENT_SUBJECT.test(firstSentence) && WORK_REVIEW_SECTION.test(section) && !RULE_OF_LAW_SECTION.test(section)) return "other";
  // a department's report on its year is the place's annual report only when it is the 法治政府建设
  // report, not the department's general work summary
  if (selfReference.department > selfReference.government && !RULE_OF_LAW.test(text.slice(0, 300))) return "other";
  return "annual_report";
}

/**
 * A department's (or a government office's, or a town's or street's) own text: its title's issuer is one (某市司法局2023年…),
 * or, untitled, it speaks as one (我局, 本委) more than as a place (我市, 全县). Its own counts are
 * a sub-unit's; the figures it states for the whole place are the place's.
 */
export function byDepartment(title: string | null, selfReference: KindInput["selfReference"], opening = ""): boolean {
  if (isZoneReport(title, opening)) return true;
  title ??= citedOwnTitle(opening);
  if (title) {
    const issuer = issuerKind(titleIssuer(title));
    // (天津市河北区人民政府 / 2019年12月3日星期二: a site's banner names a government and no text; its opening decides)
    const bannerOnly = issuer === "government" && titleIssuer(title) === title;
    if (issuer !== "unknown" && !bannerOnly) return issuer === "department" || issuer === "government_office" || issuer === "subunit";
  }
  // 现将河西街道2019年度政府信息公开工作报告如下: a street's or a town's own report
  if (SUBUNIT_REPORTS.test(opening) || SUBUNIT_SUBJECT.test(firstSentenceOf(opening)) || SUBUNIT_SUBJECT.test(firstSentenceOf(afterOverview(opening)))) return true;
  if (SUBUNIT_CONTACT.test(contactOf(opening))) return true;
  return selfReference.department > selfReference.government;
}

// a development zone (经开区, 高新区, 保税区, 工业园区: not 新区, which names districts such as 浦东新区) is a
// sub-unit of the place it lies in (docs/indicators.md): its own report speaks for the zone, 全区 there included
const ZONE = "(?:经济技术开发区|经济开发区|高新技术产业开发区|开发区|经开区|高新区|保税区|工业园区|产业园区|产业园)(?:管委会|管理委员会|党工委)?";
const ZONE_ISSUER = new RegExp(`${ZONE}$`);
// what an organ does as the subject of a report's opening sentence (…认真贯彻落实, …坚持以…为指导)
// (…办公室以习近平新时代中国特色社会主义思想为指导: 以…为 as well)
const ACTS_AS_SUBJECT = "(?:将|坚持|始终|认真|深入|紧紧|紧扣|按照|围绕|全面|严格|积极|切实|不断|高度|以(?=[^。,]{0,30}为))";
const ZONE_OPENING = new RegExp(
  `(?:^|[。\n,])[^。\n,]{0,12}?${ZONE}${ACTS_AS_SUBJECT}|结合[^。\n]{0,14}${ZONE}[^。\n]{0,12}(?:编制|情况)|本(?:年度)?报告由[^。\n]{0,14}${ZONE}`,
);

const DISCLOSURE_REPORT_TITLE = /政府信息公开(?:工作)?(?:年度)?(?:报告|年报)/;
// an untitled 政府信息公开 report opens by saying so (本报告根据《…条例》编制, 《…关于做好2017年度政府信息公开
// 年度报告…的通知》) or with its first section on the 条例 (一、总体情况 / 2024年,我区深入贯彻落实《中华人民共和国
// 政府信息公开条例》), and its later sections carry the standard headings
const DISCLOSURE_REPORT_OPENING = new RegExp(
  [
    // 根据《中华人民共和国政府信息公开条例》…: the report's own first words (a news item citing one opens otherwise)
    "^\\s*(?:根据|依据|按照)《中华人民共和国政府信息公开条例》",
    // 根据《国务院办公厅…关于印发<中华人民共和国政府信息公开工作年度报告格式>的通知》…: the report's template as its ground
    "(?:^|\\n)\\s*(?:根据|依据|按照)《[^》\\n]{0,60}政府信息公开工作年度报告格式",
    // 本报告…, 现将/现发布《…政府信息公开工作年度报告》: the report naming itself, not a text citing one
    `(?:本(?:年度)?报告|现将|现(?:发布|公布)|特公布)[^。]{0,40}${DISCLOSURE_REPORT_TITLE.source}`,
    "^[^\\n]{0,12}总体情况\\s*\\n[^。]{0,80}政府信息公开条例",
    "收到和处理政府信息公开申请情况",
    "政府信息公开(?:的)?行政复议[、和及]?(?:提起)?行政诉讼",
  ].join("|"),
);

/**
 * A 政府信息公开 report, by its title or, when the page lost it, by its opening: its 行政复议/行政诉讼
 * counts are disputes about disclosure only (docs/indicators.md, "What a report is").
 */
export function isDisclosureReport(title: string, text: string): boolean {
  return DISCLOSURE_REPORT_TITLE.test(title) || DISCLOSURE_REPORT_OPENING.test(text.slice(0, 400));
}

// 现发布《苏银产业园管理委员会2025年政府信息公开工作年度报告》: a page that lost its title names it in its opening
const CITED_OWN_TITLE = /现(?:发布|公布|印发|将)《([^《》\n]{4,60}?(?:报告|年报))》/;

function citedOwnTitle(opening: string): string | null {
  return CITED_OWN_TITLE.exec(opening.slice(0, 400))?.[1] ?? null;
}

/** the text is a development zone's own report: its title's issuer is a zone, or its opening speaks as one */
export function isZoneReport(title: string | null, opening: string): boolean {
  const named = title ?? citedOwnTitle(opening);
  if (named && ZONE_ISSUER.test(titleIssuer(named))) return true;
  return ZONE_OPENING.test(opening.slice(0, 400));
}

// (本报告…编制,全面总结西宁市城中区人民政府礼让街街道办事处2025年政府信息公开工作情况: the report says whose year it sums
// up; 总结了全县各部门、各乡镇街道2023年… is every unit's, the county's)
const SUBUNIT_REPORTS = /现将[^。\n]{1,16}?(?:街道|[镇乡])(?:人民政府|办事处)?(?:19|20)\d{2}年[^。\n]{0,24}报告如下|总结[^。\n各]{0,30}?(?:街道办事处|街道|[镇乡](?:人民政府)?)(?:19|20)\d{2}年/;
// 2023年,在区委、区政府的坚强领导下,官洲街道办事处认真贯彻落实《条例》: a street's or a town's office as
// the subject of the text's opening sentence
// (2025年,怀柔区政府办公室深入贯彻《条例》: the government's office, its own report; 2023年,长寿镇党委、政府坚持…: a town's)
const SUBUNIT_SUBJECT = new RegExp(
  `(?:^|[,。\n])[^,。\n]{0,10}?(?:街道办事处|街道办|[镇乡](?:党委[、和])?(?:人民)?政府|政府办公室|政府办公厅)${ACTS_AS_SUBJECT}` +
    // 2024年,宁安镇始终坚持…: a town by its name alone (not 各乡镇, 全镇, 城乡)
    `|(?:^|[,。\n])(?:(?:19|20)\\d{2}年度?,)?[^\\d\\s,。\n各全城县市区省州我本乡镇]{1,4}[镇乡]${ACTS_AS_SUBJECT}`,
);

// 如对本年报有疑问,请与石江乡党政办公室联系: a 政府信息公开 report names who answers for it, and a town or a street that
// answers is the report's issuer (a government names its office or a 政务服务局 it entrusts: no sign, so 局 is not read)
const CONTACT = /请与([^,。;()\n]{2,30}?)联系/;
const SUBUNIT_CONTACT = /(?:[镇乡](?:人民政府|政府)?|街道(?:办事处)?)(?:党政(?:综合)?办公室|党政办|办公室|政府办)?$/;

function contactOf(opening: string): string {
  return CONTACT.exec(opening)?.[1] ?? "";
}

// 依据《条例》…编制本报告。/ 一、总体情况 / 2025年,怀柔区政府办公室深入贯彻…: the first sentence under the overview
function afterOverview(opening: string): string {
  const at = /(?:^|\n)[^\n]{0,12}总体情况\s*\n/.exec(opening);
  return at ? opening.slice(at.index + at[0].length) : "";
}

function firstSentenceOf(opening: string): string {
  return /^[^。]*/.exec(opening.replace(/^[^\n]{0,30}(?:情况|总体情况)\s*\n/, ""))?.[0] ?? "";
}

export function detectKind(input: KindInput): ReportKind {
  const { title, bodyLines, selfReference } = input;
  if (!title) return kindFromBody(bodyLines, selfReference);
  if (INFO_DISCLOSURE.test(title) || OTHER_DOC.test(title)) return "other";
  const plan = PLAN.test(title);
  const annual = ANNUAL.test(title) && (RULE_OF_LAW.test(title) || !FIELD_REPORT.test(title));
  if (NEWS.test(title)) return plan && !annual ? "work_plan" : "other";
  const issuer = issuerKind(titleIssuer(title));
  // a department's or a town's 法治政府建设 report is an annual report of its place like the
  // government's (the catalogue: the form decides the kind, not the issuer); its counts stay its own
  const ownIssuer = issuer === "department" || issuer === "government_office" || issuer === "subunit";
  if (annual && (!ownIssuer || RULE_OF_LAW.test(title))) return "annual_report";
  if (plan) return "work_plan";
  if (ownIssuer) return "other";
  return kindFromBody(bodyLines, selfReference);
}
