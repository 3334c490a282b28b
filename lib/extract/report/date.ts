import { matchesOf } from "../text/matches";
import { lineRole, type MetaLine } from "./lines";

// Dates as pages and signatures write them, on normalized text (full-width digits are ASCII,
// 二〇二四年 is 2024年): 2025-03-28, 2025/3/28, 2025.3.28, 2025年3月28日, 2024年三月二十八日,
// and 05.06.2018 (day.month.year, as one aggregator prints it).
// one kind of separator throughout (2024-03-05, 2024年3月5日): 2023年1-12月 is a span of months, no date
const YMD = /(?<!\d)((?:19|20)\d{2})\s*(?:([-/.])\s*(\d{1,2})\s*\2|年\s*(\d{1,2})\s*月)\s*(\d{1,2})(?!\d)/g;
const YMD_CHINESE = /(?<!\d)((?:19|20)\d{2})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日/g;
const DMY = /(?<![\d.])(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})(?![\d.])/g;

function chineseNumber(s: string): number {
  // 十 = 10, 十二 = 12, 二十 = 20, 二十八 = 28, 三十一 = 31
  const digits = "一二三四五六七八九";
  const ten = s.indexOf("十");
  if (ten < 0) return digits.indexOf(s) + 1;
  const tens = ten === 0 ? 1 : digits.indexOf(s[0]) + 1;
  const ones = ten === s.length - 1 ? 0 : digits.indexOf(s[ten + 1]) + 1;
  return tens * 10 + ones;
}

function iso(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCMonth() !== month - 1) return null;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

export interface FoundDate {
  iso: string;
  index: number;
  length: number;
}

/** Every date in `s`, in order. */
export function findDates(s: string): FoundDate[] {
  const found: FoundDate[] = [];
  for (const m of matchesOf(YMD, s)) {
    const date = iso(Number(m[1]), Number(m[3] ?? m[4]), Number(m[5]));
    if (date) found.push({ iso: date, index: m.index, length: m[0].length });
  }
  for (const m of matchesOf(YMD_CHINESE, s)) {
    const date = iso(Number(m[1]), chineseNumber(m[2]), chineseNumber(m[3]));
    if (date) found.push({ iso: date, index: m.index, length: m[0].length });
  }
  for (const m of matchesOf(DMY, s)) {
    const date = iso(Number(m[3]), Number(m[2]), Number(m[1]));
    if (date) found.push({ iso: date, index: m.index, length: m[0].length });
  }
  return found.sort((a, b) => a.index - b.index);
}

export function findDate(s: string): FoundDate | null {
  return findDates(s)[0] ?? null;
}

const SITTING = /^\s*[—–-]{1,2}\s*((?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*在[^。]{2,40}会议上/;
const DATE_LABEL = /(发布|发表|成文|印发|更新|公开)?(时间|日期)\s*[:：|]?\s*$/;
const SITE_CLOCK = /^\s*日?\s*(?:星期|礼拜|周)[一二三四五六日天]/;
const PUBLISHED_LABEL = /(发布|发表|公开)(时间|日期)\s*[:：|]?\s*$/;

/**
 * The publication date the text states: a page's metadata line near the top (发布时间: …, a line
 * that starts with a date), else the date under the signature at the end of the report.
 */
export function detectPublishedOn(head: MetaLine[], tail: MetaLine[]): string | null {
  let seen = 0;
  let previous = "";
  for (const line of head) {
    if (!line.text) continue;
    if (++seen > 30) break;
    const label = previous;
    previous = line.text;
    // ——2023年11月29日在市六届人大常委会第五次会议上: a report to a congress, dated by the sitting it was given at
    const sitting = SITTING.exec(line.text);
    if (sitting) {
      const date = findDate(sitting[1]);
      if (date) return date.iso;
    }
    const role = lineRole(line);
    if (role === "body") continue;
    const dates = findDates(line.text);
    if (dates.length === 0) continue;
    // • 发布日期 / • 2016-09-28: a metadata table read out one cell a line, its date under its label
    if (PUBLISHED_LABEL.test(label) && /^[\s•·|]*$/.test(line.text.slice(0, dates[0].index))) return dates[0].iso;
    // 成文日期 | 2025-06-13 | 发布日期 | 2025-06-30: the publication date wins
    const labelled = dates.filter((d) => DATE_LABEL.test(line.text.slice(0, d.index)));
    const published = labelled.find((d) => PUBLISHED_LABEL.test(line.text.slice(0, d.index)));
    if (published ?? labelled[0]) return (published ?? labelled[0]).iso;
    // a line that is just a date, often in brackets under the title: （2024年3月29日）
    // (2019年12月3日星期二: the site's clock in its header, the day the page was saved or built, not the text's date)
    const clock = SITE_CLOCK.test(line.text.slice(dates[0].index + dates[0].length));
    if (/^[(（]?$/.test(line.text.slice(0, dates[0].index)) && line.text.length <= 60 && !clock) return dates[0].iso;
    // a dateline: a source and a time stamp (西安商报 2017-04-21 06:02)
    const stamp = dates[0];
    if (line.text.length <= 40 && /^\s*\d{1,2}:\d{2}/.test(line.text.slice(stamp.index + stamp.length))) return stamp.iso;
  }
  // a signature date stands on its own line (or after the issuer) among the last lines
  const last = tail.filter((l) => l.text).slice(-15);
  for (let i = last.length - 1; i >= 0; i--) {
    const t = last[i].text;
    if (t.length > 40) continue;
    const date = findDate(t);
    if (!date || date.index + date.length < t.length - 1 || !/日$|\d$/.test(t)) continue;
    // a date alone or under the issuer's name, not the date beside a related article's title
    if (date.index === 0 || /(人民政府|政府|委|办公室|局)\s*$/.test(t.slice(0, date.index))) return date.iso;
  }
  return null;
}
