import { add, decimalFromInt, decimalFromString, isZero, shift, ZERO, type Decimal } from "./decimal";

/**
 * A number's body as written, without its approximation words: Arabic digits with separators,
 * Chinese numerals (九十八点三五, 二十万零五, 两万), and the two mixed (3万5千, 1.2亿). Exact:
 * every scale step shifts a decimal, none multiplies a float.
 */
export const CN_DIGIT: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const SMALL_UNIT: Record<string, number> = { 十: 1, 百: 2, 千: 3 };
export const LARGE_UNIT: Record<string, number> = { 万: 4, 亿: 8 };
export const CN_CHARS = /[零〇一二两三四五六七八九十百千万亿]/;

export function isAsciiDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= "0" && ch <= "9";
}

const FULL_WIDTH_NUMERAL = /[\uff0c\uff0e\uff10-\uff19]/;

export function toAsciiDigits(s: string): string {
  if (!FULL_WIDTH_NUMERAL.test(s)) return s;
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

/** "98" or "98.35": most numbers in a report, read without the general parser's regexes */
function plainDecimal(s: string): Decimal | null {
  let dot = -1;
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (code === 0x2e && dot < 0 && i > 0 && i < s.length - 1) dot = i;
    else if (code < 0x30 || code > 0x39) return null;
  }
  if (s.length === 0) return null;
  if (dot < 0) return { mantissa: BigInt(s), exp: 0 };
  return { mantissa: BigInt(s.slice(0, dot) + s.slice(dot + 1)), exp: s.length - dot - 1 };
}

/** A number body without its approximation words: 1,156 / 3.63万 / 九十八点三五 / 3万5千. */
export function parseNumberBody(raw: string): Decimal | null {
  const plain = plainDecimal(raw);
  if (plain) return plain;
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

