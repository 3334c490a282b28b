import { add, decimalFromInt, decimalFromString, isZero, shift, toNumber, ZERO, type Decimal } from "./decimal";

/**
 * The one number reader for report text: Arabic numerals with thousands separators, full-width
 * digits, Chinese numerals, mixed forms (3万5千, 1.2亿), 百分之…, and the approximation markers
 * 余/多/近/约. Every scale step is exact (decimal shifting, no float multiplication).
 */

export interface NumberToken {
  /** span of the whole token, approximation words and % included */
  start: number;
  end: number;
  value: number;
  approx: boolean;
  percent: boolean;
  /** 第N: an ordinal, never a quantity */
  ordinal: boolean;
}

const CN_DIGIT: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const SMALL_UNIT: Record<string, number> = { 十: 1, 百: 2, 千: 3 };
const LARGE_UNIT: Record<string, number> = { 万: 4, 亿: 8 };
const CN_CHARS = /[零〇一二两三四五六七八九十百千万亿]/;
const APPROX_PREFIX = /(?:将近|接近|大约|近|约|逾)$/;
// 几十, 数百, 上千, 若干: vague amounts, not numbers
const VAGUE_BEFORE = /[几数上若好成]$/;

function isAsciiDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= "0" && ch <= "9";
}

function toAsciiDigits(s: string): string {
  return s.replace(/[\uff10-\uff19]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)).replace(/\uff0c/g, ",").replace(/\uff0e/g, ".");
}

type Part = { kind: "num"; value: Decimal } | { kind: "zero" } | { kind: "small"; power: number } | { kind: "large"; power: number };

function tokenizeBody(body: string): Part[] | null {
  const parts: Part[] = [];
  let i = 0;
  while (i < body.length) {
    const ch = body[i];
    if (isAsciiDigit(ch)) {
      const m = /^\d+(?:,\d{3})*(?:\.\d+)?/.exec(body.slice(i));
      const value = m && decimalFromString(m[0]);
      if (!m || !value) return null;
      parts.push({ kind: "num", value });
      i += m[0].length;
    } else if (ch === "零" || ch === "〇") {
      parts.push({ kind: "zero" });
      i++;
    } else if (ch in CN_DIGIT) {
      parts.push({ kind: "num", value: decimalFromInt(CN_DIGIT[ch]) });
      i++;
    } else if (ch in SMALL_UNIT) {
      parts.push({ kind: "small", power: SMALL_UNIT[ch] });
      i++;
    } else if (ch in LARGE_UNIT) {
      parts.push({ kind: "large", power: LARGE_UNIT[ch] });
      i++;
    } else {
      return null;
    }
  }
  return parts;
}

/** 二〇二三 read digit by digit, as years and codes are written */
function digitSequence(parts: Part[]): Decimal | null {
  if (parts.length < 2 || !parts.every((p) => p.kind === "num" || p.kind === "zero")) return null;
  let s = "";
  for (const p of parts) {
    if (p.kind === "zero") s += "0";
    else if (p.kind === "num" && p.value.exp === 0 && p.value.mantissa < BigInt(10)) s += p.value.mantissa.toString();
    else return null;
  }
  return decimalFromString(s);
}

function readIntegerPart(parts: Part[]): Decimal | null {
  if (parts.length === 0) return null;
  const seq = digitSequence(parts);
  if (seq) return seq;
  let total = ZERO; // completed 亿 groups
  let section = ZERO; // within the current 万 group
  let pending: Decimal | null = null;
  let lastUnit = 0; // power of the unit just read, for 三万五 (= 三万五千)
  let sawZero = false;
  for (const p of parts) {
    if (p.kind === "num") {
      if (pending) return null; // two numbers side by side
      pending = p.value;
    } else if (p.kind === "zero") {
      sawZero = true;
      lastUnit = 0;
    } else if (p.kind === "small") {
      section = add(section, shift(pending ?? decimalFromInt(1), p.power));
      pending = null;
      lastUnit = p.power;
      sawZero = false;
    } else {
      const group = add(section, pending ?? ZERO);
      if (isZero(group) && isZero(total)) return null; // a bare 万 or 亿
      total = p.power === 8 ? shift(add(total, group), 8) : add(total, shift(group, 4));
      section = ZERO;
      pending = null;
      lastUnit = p.power;
      sawZero = false;
    }
  }
  if (pending) {
    // 一百五 = 150, 三万五 = 35000; 二十万零五 = 200005
    const abbreviated = !sawZero && lastUnit > 1 && pending.exp === 0 && pending.mantissa < BigInt(10);
    section = add(section, abbreviated ? shift(pending, lastUnit - 1) : pending);
  }
  return add(total, section);
}

/** A number body without its approximation words: 1,156 / 3.63万 / 九十八点三五 / 3万5千. */
export function parseNumberBody(raw: string): Decimal | null {
  const body = toAsciiDigits(raw);
  if (!body) return null;
  const dot = body.indexOf("点");
  if (dot >= 0) {
    const intPart = readIntegerPart(tokenizeBody(body.slice(0, dot)) ?? []);
    const frac = body.slice(dot + 1);
    if (!intPart || !frac || ![...frac].every((c) => c in CN_DIGIT || isAsciiDigit(c))) return null;
    const fracDigits = [...frac].map((c) => (isAsciiDigit(c) ? c : String(CN_DIGIT[c]))).join("");
    return add(intPart, { mantissa: BigInt(fracDigits), exp: fracDigits.length });
  }
  const parts = tokenizeBody(body);
  return parts ? readIntegerPart(parts) : null;
}

export interface ParsedNumber {
  value: number;
  approx: boolean;
  percent: boolean;
}

/** A whole string as one number ("两万余", "百分之九十八", "约1.2亿", "98.35%"), or null. */
export function parseNumber(input: string): ParsedNumber | null {
  const s = toAsciiDigits(input.trim()).replace(/\uff05/g, "%");
  const tokens = scanNumbers(s);
  if (tokens.length !== 1 || tokens[0].start !== 0 || tokens[0].end !== s.length) return null;
  const { value, approx, percent } = tokens[0];
  return { value, approx, percent };
}

function scanBody(text: string, i: number): number {
  let j = i;
  while (j < text.length) {
    const ch = text[j];
    if (isAsciiDigit(ch)) {
      j++;
      while (isAsciiDigit(text[j])) j++;
      // thousands groups: exactly three digits after each comma (20,300 but not "受理20,审结18")
      while (text[j] === "," && /^\d{3}(?!\d)/.test(text.slice(j + 1, j + 5))) j += 4;
      if (text[j] === "." && isAsciiDigit(text[j + 1])) {
        j++;
        while (isAsciiDigit(text[j])) j++;
      }
    } else if (CN_CHARS.test(ch)) {
      j++;
    } else if (ch === "点" && j > i && CN_CHARS.test(text[j - 1]) && text[j + 1] !== undefined && text[j + 1] in CN_DIGIT) {
      j++;
    } else {
      break;
    }
  }
  return j;
}

function startsNumber(text: string, i: number): boolean {
  const ch = text[i];
  return isAsciiDigit(ch) || CN_CHARS.test(ch);
}

/** Every number in a text, left to right, in linear time. Text should be normalised (ASCII digits). */
export function scanNumbers(text: string): NumberToken[] {
  const out: NumberToken[] = [];
  let i = 0;
  while (i < text.length) {
    let percent = false;
    let bodyStart = i;
    if (text.startsWith("百分之", i) && startsNumber(text, i + 3)) {
      percent = true;
      bodyStart = i + 3;
    } else if (!startsNumber(text, i)) {
      i++;
      continue;
    }
    // a digit glued to Latin letters (5G, G20) is part of a name
    if (!percent && isAsciiDigit(text[i]) && /[A-Za-z]/.test(text[i - 1] ?? "")) {
      i = scanBody(text, i);
      continue;
    }
    const bodyEnd = scanBody(text, bodyStart);
    const before = text.slice(Math.max(0, i - 2), i);
    const prefix = APPROX_PREFIX.exec(before);
    const vague = !isAsciiDigit(text[bodyStart]) && VAGUE_BEFORE.test(before);
    const body = text.slice(bodyStart, bodyEnd);
    let decimal = parseNumberBody(body);
    if (!decimal && prefix && /^[十百千万亿]+$/.test(body)) decimal = parseNumberBody(`一${body}`); // 近千, 近万
    if (!decimal || vague || (!prefix && /^[十百千万亿]+$/.test(body) && body !== "十")) {
      i = Math.max(bodyEnd, i + 1);
      continue;
    }
    let end = bodyEnd;
    let approx = Boolean(prefix);
    if (text[end] === "余" || text[end] === "多") {
      approx = true;
      end++;
      // 20余万: the scale after the approximation word
      const scale = text[end] === "万" || text[end] === "亿" ? text[end] : null;
      if (scale) {
        decimal = shift(decimal, LARGE_UNIT[scale]);
        end++;
      }
    }
    if (!percent && (text[end] === "%" || text[end] === "\uff05")) {
      percent = true;
      end++;
    }
    out.push({
      start: prefix ? i - prefix[0].length : i,
      end,
      value: toNumber(decimal),
      approx,
      percent,
      ordinal: text[i - 1] === "第",
    });
    i = end;
  }
  return out;
}

