import { matchesOf } from "../text/matches";
// The year a report is ABOUT, never the year it was published: a 2023 report is dated 2024, and
// its metadata lines say so. Read in this order, each on normalized text (二〇二三年 is 2023年):
// 1. the title (关于2023年法治政府建设情况的报告, 2024年法治政府建设工作要点);
// 2. the opening sentence of the body (2024年,我市坚持… / 【人民调解】2020年,县司法局…);
// 3. a year naming the work (出台2018年法治政府建设工作要点, 现将庐阳区2020年度法治政府建设情况报告如下);
// 4. the year written most often in the opening, outside dates, spans (2015年至2016年9月) and
//    starting points (2021年以来: a period reaching the present) and years compared with (比2023年多…);
// 5. with no year written: 今年/本年 or 去年/上年, read from the publication date;
// 6. the publication year itself, for a text that speaks only of now (目前, 日前) — never a year
//    guessed from a date that is not the text's own.

const MIN_YEAR = 1990;
const MAX_YEAR = 2100;

// YYYY年 / YYYY年度 that is not part of a date (2024年3月) nor of a span (2021-2025年, 2021至2025年)
// (截至2019年底 names the year the stock is of: 至 after 截/止 is no span's end)
const YEAR = /(?<![\d\-~—–])(?<!(?<![截止])[至到])((?:19|20)\d{2})\s*年(?!\s*\d{1,2}\s*月)(?![一二三四五六七八九十]{1,2}月)(?!度?以来)(?!\s*度?\s*(?:至|到|[-~—–])\s*(?:今|(?:19|20)\d{2}|\d{1,2}月))/g;
// 今年, 本年度 and 去年, 上年 name a year relative to when the text was written
const THIS_YEAR = /今年|本年度?(?![底末])/g;
const LAST_YEAR = /去年|上年度?(?![同底末])|上一年/g;
// 一年来, 过去一年, 过去五年, 政协十三届四次会议以来: a look back over time that ends when the text is written; in a text of
// January to March (a session's report, a new year's news) the time looked back on ended with the year before
// (docs/indicators.md: gathered/1015, 1513, 1522, 1524, 1525)
const LOOKING_BACK = /(?:过去|这)(?:的)?[一二三四五六七八九十两\d]{1,2}年|(?<![\d一二三四五六七八九十])[一二三四五六七八九十两\d]{1,2}年(?:来|以来)|届[一二三四五六七八九十\d]{1,2}次(?:全体)?会议以来/g;
const EARLY_MONTHS = 3;
const OPENING = /^(?:【[^】]{1,20}】)?\s*((?:19|20)\d{2})\s*年度?(?!\s*(?:至|到|[-~—–])\s*(?:19|20)\d{2})(?:[,、 ]|以来|上半年|全年|[^\d月])/;
// what may follow a year that names the work: 2018年法治政府建设工作要点, 2020年度法治政府建设情况
// (现发布《辽宁省2019年度政府信息公开工作报告》: a disclosure report names its own year the same way)
const NAMING_AFTER = /^度?[^,。;()《》\n]{0,12}?(?:法治政府|依法行政|法治建设|依法治|政府信息公开工作(?:年度)?报告)/;

function valid(year: number): number | null {
  return year >= MIN_YEAR && year <= MAX_YEAR ? year : null;
}

function yearMatches(s: string): { year: number; start: number; end: number }[] {
  const out: { year: number; start: number; end: number }[] = [];
  for (const m of matchesOf(YEAR, s)) {
    const year = valid(Number(m[1]));
    if (year !== null) out.push({ year, start: m.index, end: m.index + m[0].length });
  }
  return out;
}

// 2020年1月至7月, 2020年1-7月: a part of that year, which the text is about (a date, 2020年3月5日, is not)
// (2021年1月25—11月25日, a campaign's days within one year, as well)
const PERIOD_OF_YEAR = /(?<![\d\-~至到—–])((?:19|20)\d{2})\s*年\s*\d{1,2}\s*(?:月份?)?(?:\s*\d{1,2}\s*日?)?\s*(?:[-—–~至到])\s*\d{1,2}\s*月/g;

// 自2023年1月1日起至2023年12月31日止 (a disclosure report's statistics period): the whole of that year
const WHOLE_YEAR = /((?:19|20)\d{2})\s*年\s*1\s*月\s*1\s*日\s*起?\s*(?:至|到|[-~—–])\s*(?:(?:19|20)\d{2}\s*年\s*)?12\s*月\s*31\s*日/g;

// 与2023年基本持平, 比2023年多749件, 较2015年: the year compared with, not the one written about
const COMPARED_WITH = /(?:比|较|与|同|相比|对比)\s*$/;

/** the years `s` names; `notCompared`: a year compared with left out (when counting what a text is about) */
function yearsIn(s: string, notCompared = false): number[] {
  const written = yearMatches(s).filter((m) => !notCompared || !COMPARED_WITH.test(s.slice(Math.max(0, m.start - 3), m.start)));
  const periods = [...matchesOf(PERIOD_OF_YEAR, s), ...matchesOf(WHOLE_YEAR, s)].map((m) => Number(m[1]));
  return [...written.map((m) => m.year), ...periods.filter((y) => valid(y) !== null)];
}

// 与去年同期相比, 比上年, 较今年7月: the time compared with, not the one the text is about
const COMPARED_AFTER = /^(?:同期|\d{1,2}月(?:份)?)?[^。,\n]{0,3}?(?:相比|对比|比较)/;

/** where the first relative year (今年, 去年) that is not a time compared with stands, or Infinity */
function firstNotCompared(re: RegExp, body: string): number {
  for (const m of matchesOf(re, body)) {
    const before = body.slice(Math.max(0, m.index - 3), m.index);
    const after = body.slice(m.index + m[0].length, m.index + m[0].length + 10);
    // 自去年10月底…出台至今: where a span starts, not the time the text speaks of
    if (COMPARED_WITH.test(before) || COMPARED_AFTER.test(after) || /[自从]$/.test(before)) continue;
    return m.index;
  }
  return Infinity;
}

export function yearFromTitle(title: string): number | null {
  return yearsIn(title)[0] ?? null;
}

// a sentence that opens on a year and states figures (2019年,县政府系统共承办人大代表建议49件)
const DATED_FIGURES = /(?:^|[。\n])\s*((?:19|20)\d{2})\s*年度?[,、 ]?[^。\n]*?\d[\d.,]*[余多]?(?:件|个|名|人|场|次|条|%)/g;

/** the one year the text's dated figures are about, if they name exactly one */
function figuresYear(body: string): number | null {
  const years = new Set(matchesOf(DATED_FIGURES, body).map((m) => Number(m[1])));
  return years.size === 1 ? [...years][0] : null;
}

// a heading or byline line before the text opens (□ 高邮市司法局, 县司法局获评…先进集体): short, no full stop
const HEADING = (line: string) => line.length <= 50 && !/[。,;]/.test(line);

function yearOpening(line: string): number | null {
  const m = OPENING.exec(line);
  return m && valid(Number(m[1])) !== null && yearsIn(line.slice(0, m[0].length + 2)).length > 0 ? Number(m[1]) : null;
}

/** the year the opening sentence starts on: the first line's, or the first sentence's after heading lines */
function openingYear(bodyLines: string[]): number | null {
  const lines = bodyLines.filter((l) => l.length > 0);
  for (const line of lines.slice(0, 4)) {
    const year = yearOpening(line);
    if (year !== null || !HEADING(line)) return year;
  }
  return null;
}

// 您提出的《…》建议收悉,现答复如下 / 关于…第144号提案的答复: a reply to a deputy's suggestion or a member's proposal is
// about the year it answers in, whatever years its account of the work goes back to (2003年开始试点…); every labelling
// of such a reply takes the year of its date (gathered/400, 451, 985, 1310, 1313, 1320, 1321, 1323, 1324, 1326)
// (《…关于做好2023年度法治政府建设年度报告工作的通知》收悉,现将…报告如下: a report that acknowledges a notice is no reply)
// (对区人大代表建议、政协提案办理答复2件 in a 政府信息公开 report: replies counted, no reply)
const REPLY = /(?:建议|提案|议案)[^。\n]{0,40}?收悉|现(?:予以)?答复如下|(?:提案|建议|议案)(?:”|")?的答复|(?:提案|建议)办理(?:情况)?的?(?:答复|复函)(?![^。\n,;]{0,4}\d)/;
// its own number in the heading (舞司〔2022〕26号) when the page gives no date
const OWN_NUMBER = /[\u4e00-\u9fff]{1,6}[〔\[]((?:19|20)\d{2})[〕\]]\s*\d{1,4}\s*号/;

// (undefined: no reply; null: a reply with neither date nor number, whose years in its account of the work are not its
// own — 2019年,市人民政府重新聘请了10名法律顾问…今年… in a reply of an unnamed later year: gathered/1400)
function replyYear(title: string | null, bodyLines: string[], publishedOn: string | null): number | null | undefined {
  const opening = [title ?? "", ...bodyLines.slice(0, 12)].join("\n").slice(0, 600);
  const reply = REPLY.exec(opening);
  if (!reply || /报告如下/.test(opening)) return undefined;
  if (publishedOn !== null) return Number(publishedOn.slice(0, 4));
  const number = OWN_NUMBER.exec(opening.slice(0, reply.index + 200));
  return number ? valid(Number(number[1])) : null;
}

// 2024年以来,海北州始终坚持… in a text of February 2025: the year it looks back on (its own year, or the one just ended);
// a start further back opens a span of several years, no one year's
const SINCE_OPENING = /^(?:【[^】]{1,20}】)?\s*((?:19|20)\d{2})\s*年以来/;

function sinceOpening(bodyLines: string[], publishedOn: string | null): number | null {
  if (publishedOn === null) return null;
  const line = bodyLines.filter((l) => l.length > 0).find((l) => !HEADING(l)) ?? "";
  const m = SINCE_OPENING.exec(line);
  if (!m) return null;
  const year = Number(m[1]);
  const published = Number(publishedOn.slice(0, 4));
  return published - year === 0 || published - year === 1 ? year : null;
}

/**
 * `news`: the text is a news item (its title or heading line reports an event: 召开…会议); a
 * meeting in 2020 that reviews 2019's work is about the year of its figures (docs/indicators.md,
 * "Rules settled from real text").
 */
export function detectYear(title: string | null, bodyLines: string[], publishedOn: string | null = null, news = false): number | null {
  const reply = replyYear(title, bodyLines, publishedOn);
  if (reply !== undefined) return reply;
  if (news) {
    const figures = figuresYear(bodyLines.join("\n"));
    if (figures !== null) return figures;
  }
  if (title) {
    const y = yearFromTitle(title);
    if (y !== null) return y;
  }
  const opening = openingYear(bodyLines);
  if (opening !== null) return opening;
  const since = sinceOpening(bodyLines, publishedOn);
  if (since !== null) return since;
  const body = bodyLines.join("\n");
  const published = publishedOn === null ? null : Number(publishedOn.slice(0, 4));
  for (const m of yearMatches(body)) {
    // (八、2020年法治政府建设工作计划 in a report signed in December 2019: the year after, planned for)
    if (published !== null && m.year > published) continue;
    if (NAMING_AFTER.test(body.slice(m.end, m.end + 30))) return m.year;
  }
  const counts = new Map<number, number>();
  // a year after the publication is one the text plans for (谋划2018年度工作思路 in December 2017); in a news item, a year
  // before the one just ended is its background (自2012年成立…以来 in a page of March 2016: AE 1612), not the year it speaks
  // of (untitled texts were tried too and taken out: reposts published years later lost their year)
  const earliest = published !== null && news ? published - 1 : -Infinity;
  for (const y of yearsIn(body, true)) if (published === null || (y <= published && y >= earliest)) counts.set(y, (counts.get(y) ?? 0) + 1);
  let best: number | null = null;
  for (const [y, n] of counts) {
    const bestCount = best === null ? 0 : counts.get(best)!;
    // ties go to the earlier year: a report looks back on its year and ahead to the next
    if (n > bestCount || (n === bestCount && best !== null && y < best)) best = y;
  }
  if (best !== null || publishedOn === null || published === null) return best;
  const thisYear = firstNotCompared(THIS_YEAR, body);
  const lastYear = firstNotCompared(LAST_YEAR, body);
  // the first relative year named is the one the text speaks of (去年共收到…, 今年以来…)
  if (lastYear < thisYear) return published - 1;
  const month = Number(publishedOn.slice(5, 7));
  if (month >= 1 && month <= EARLY_MONTHS && firstNotCompared(LOOKING_BACK, body) < thisYear) return published - 1;
  return published;
}
