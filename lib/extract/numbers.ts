import { shift, toNumber } from "./decimal";
import { CN_CHARS, CN_DIGIT, LARGE_UNIT, isAsciiDigit, parseNumberBody, toAsciiDigits } from "./numerals";

export { parseNumberBody };

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

const CN_CHARS_OR_DIGIT = /[0-9零〇一二两三四五六七八九十百千万亿]/;
// the Chinese characters a number (or 百分之) can start with, by code
const NUMBER_START = new Set(Array.from("零〇一二两三四五六七八九十百千万亿", (c) => c.charCodeAt(0)));
const APPROX_PREFIX = /(?:将近|接近|大约|近|约|逾)$/;
// 几十, 数百, 上千, 若干: vague amounts, not numbers
const VAGUE_BEFORE = /[几数上若好成]$/;

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
    // most characters start no number: skip them by code, without making a string of each
    const code = text.charCodeAt(i);
    if (!(code >= 0x30 && code <= 0x39) && !NUMBER_START.has(code)) {
      i++;
      continue;
    }
    let percent = false;
    let bodyStart = i;
    if (text.startsWith("百分之", i) && i + 3 < text.length && CN_CHARS_OR_DIGIT.test(text[i + 3])) {
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
    // 近千, 近万, and 百分之百: a bare scale word that is a number after all
    if (!decimal && (prefix || percent) && /^[十百千万亿]+$/.test(body)) decimal = parseNumberBody(`一${body}`);
    if (!decimal || vague || (!prefix && !percent && /^[十百千万亿]+$/.test(body) && body !== "十")) {
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

