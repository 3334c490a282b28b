/**
 * Numbers as Chinese reports write them: 1,156 · 98.35% · 3.63万 · 1.2亿 · 580余 · 两万余 ·
 * 百分之九十八 · 九十八点三五 · 二十万零五 · 3万5千 · 近千. Why our own parser: every package tried
 * gets 百分之九十八 (→198), 3.63万 or 两万余 wrong (DESIGN.md §6). Decimals are scaled as integers
 * so 0.57万 is 5700 exactly, not 5699.999….
 */

const DIGIT: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const SMALL_UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const BIG_UNIT: Record<string, number> = { 万: 1e4, 亿: 1e8 };

/** exact decimal multiplication: "3.63" × 10000 → 36300 */
function scaleDecimal(text: string, factor: number): number {
  const [int, frac = ""] = text.split(".");
  const digits = Number(int + frac);
  const scale = 10 ** frac.length;
  return factor >= scale ? (digits * factor) / scale : Math.round((digits * factor * 1e6) / scale) / 1e6;
}

/** 二十万零五 → 200005; 九十八点三五 → 98.35; 近千 → 1000 (the 近 is the caller's) */
export function parseChineseNumeral(text: string): number | null {
  if (!text || !/^[零〇一二两三四五六七八九十百千万亿点]+$/.test(text)) return null;
  const [intPart, fracPart] = text.split("点");
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  for (const ch of intPart) {
    if (ch in DIGIT) {
      digit = DIGIT[ch];
    } else if (ch in SMALL_UNIT) {
      section += (digit ?? 1) * SMALL_UNIT[ch];
      digit = null;
    } else if (ch in BIG_UNIT) {
      total = (total + section + (digit ?? 0)) * BIG_UNIT[ch];
      if (total === 0) total = BIG_UNIT[ch];
      section = 0;
      digit = null;
    }
  }
  let value = total + section + (digit ?? 0);
  if (fracPart !== undefined) {
    if (!/^[零〇一二三四五六七八九]+$/.test(fracPart)) return null;
    value = Number(`${value}.${[...fracPart].map((c) => DIGIT[c]).join("")}`);
  }
  return Number.isFinite(value) ? value : null;
}

export interface ParsedNumber {
  value: number;
  approx: boolean;
  /** index just after the number (and its 余/多 suffix) in the input */
  end: number;
  start: number;
}

const APPROX_BEFORE = /(?:近|约|大约|将近|超过|逾|达到?近)$/;
const ARABIC = /^(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?:(万|亿)(?:(\d)千)?)?(余|多)?/;
const CHINESE = /^([零〇一二两三四五六七八九十百千万亿点]+?)([万亿])?(余|多)?(?=[件名个场次条宗卷份人项家所起册%]|$)/;

/**
 * Reads one number starting at `at` in an already ASCII-normalised string, or null.
 * `近`/`约` just before it mark it approximate.
 */
export function readNumber(text: string, at: number): ParsedNumber | null {
  const rest = text.slice(at, at + 40);
  const before = text.slice(Math.max(0, at - 4), at);
  const approxBefore = APPROX_BEFORE.test(before);
  const a = ARABIC.exec(rest);
  if (a) {
    const raw = a[1].replace(/,/g, "") + (a[2] ?? "");
    let value = a[3] ? scaleDecimal(raw, a[3] === "万" ? 1e4 : 1e8) : Number(raw);
    if (a[4]) value += Number(a[4]) * 1000;
    return { value, approx: approxBefore || Boolean(a[5]), start: at, end: at + a[0].length };
  }
  const c = CHINESE.exec(rest);
  // a lone 三 or 一 before a measure word is a word ("三项制度", "一件事"), not a figure
  const countsPeople = c !== null && /^[两二三四五六七八九]$/.test(c[1]) && /^[名位]/.test(rest.slice(c[0].length));
  if (c && (c[1].length >= 2 || c[2] || c[3] || approxBefore || countsPeople)) {
    const base = parseChineseNumeral(c[1]);
    if (base === null) return null;
    const value = c[2] ? base * BIG_UNIT[c[2]] : base;
    return { value, approx: approxBefore || Boolean(c[3]), start: at, end: at + c[0].length };
  }
  return null;
}

/** 百分之九十八 / 百分之98.5 → 98 / 98.5 */
export function readPercentWords(text: string, at: number): ParsedNumber | null {
  if (!text.startsWith("百分之", at)) return null;
  const n = readNumber(text, at + 3);
  return n ? { ...n, start: at } : null;
}
