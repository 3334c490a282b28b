import { isDigitCode, isLatinCode } from "../text/char-codes";
import { shift, toNumber } from "./decimal";
import { CN_DIGIT, LARGE_UNIT, parseNumberBody, toAsciiDigits } from "./numerals";

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
// the characters a number (or 百分之) can start with, one slot per code unit: the scan asks for
// every character of the text, and a Set lookup there was most of its time
const NUMBER_START = new Uint8Array(0x10000);
for (const c of "0123456789零〇一二两三四五六七八九十百千万亿") NUMBER_START[c.charCodeAt(0)] = 1;
const isChineseNumeral = (code: number) => code > 0x7f && NUMBER_START[code] === 1;
const APPROX_PREFIX = /(?:将近|接近|大约|近|约|逾)$/;
const BARE_SCALE = /^[十百千万亿]+$/;

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

const COMMA = 0x2c;
const DOT = 0x2e;
const PERCENT = 0x25;
const FULLWIDTH_PERCENT = 0xff05;
const POINT = "点".charCodeAt(0);
const APPROX_AFTER = new Set(Array.from("余多", (c) => c.charCodeAt(0)));
const SCALE_AFTER_APPROX = new Set(Array.from("万亿", (c) => c.charCodeAt(0)));
// the last characters of APPROX_PREFIX: only after one is the text before read
const APPROX_LAST = new Set(Array.from("近约逾", (c) => c.charCodeAt(0)));
// 几十, 数百, 上千, 若干: vague amounts, not numbers
const VAGUE_LAST = new Set(Array.from("几数上若好成", (c) => c.charCodeAt(0)));
const CN_DIGIT_CODES = new Set(Object.keys(CN_DIGIT).map((c) => c.charCodeAt(0)));
const ORDINAL = "第".charCodeAt(0);

// Character codes throughout: this runs over every character of every report (see sentences.ts).
function scanBody(text: string, i: number): number {
  let j = i;
  while (j < text.length) {
    const code = text.charCodeAt(j);
    if (isDigitCode(code)) {
      j++;
      while (isDigitCode(text.charCodeAt(j))) j++;
      // thousands groups: exactly three digits after each comma (20,300 but not "受理20,审结18")
      while (
        text.charCodeAt(j) === COMMA &&
        isDigitCode(text.charCodeAt(j + 1)) &&
        isDigitCode(text.charCodeAt(j + 2)) &&
        isDigitCode(text.charCodeAt(j + 3)) &&
        !isDigitCode(text.charCodeAt(j + 4))
      )
        j += 4;
      if (text.charCodeAt(j) === DOT && isDigitCode(text.charCodeAt(j + 1))) {
        j++;
        while (isDigitCode(text.charCodeAt(j))) j++;
      }
    } else if (isChineseNumeral(code)) {
      j++;
    } else if (code === POINT && j > i && isChineseNumeral(text.charCodeAt(j - 1)) && CN_DIGIT_CODES.has(text.charCodeAt(j + 1))) {
      j++;
    } else {
      break;
    }
  }
  return j;
}

/** Every number in a text, left to right, in linear time. Text should be normalised (ASCII digits). */
export function scanNumbers(text: string): NumberToken[] {
  const out: NumberToken[] = [];
  let i = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (NUMBER_START[code] !== 1) {
      i++;
      continue;
    }
    let percent = false;
    let bodyStart = i;
    if (text.startsWith("百分之", i) && i + 3 < text.length && CN_CHARS_OR_DIGIT.test(text[i + 3])) {
      percent = true;
      bodyStart = i + 3;
    }
    const previous = text.charCodeAt(i - 1);
    // a digit glued to Latin letters (5G, G20) is part of a name
    if (!percent && isDigitCode(code) && isLatinCode(previous)) {
      i = scanBody(text, i);
      continue;
    }
    const bodyEnd = scanBody(text, bodyStart);
    const prefix = APPROX_LAST.has(previous) ? APPROX_PREFIX.exec(text.slice(Math.max(0, i - 2), i)) : null;
    const vague = !isDigitCode(text.charCodeAt(bodyStart)) && VAGUE_LAST.has(previous);
    const body = text.slice(bodyStart, bodyEnd);
    let decimal = parseNumberBody(body);
    // 近千, 近万, and 百分之百: a bare scale word that is a number after all
    if (!decimal && (prefix || percent) && BARE_SCALE.test(body)) decimal = parseNumberBody(`一${body}`);
    if (!decimal || vague || (!prefix && !percent && body !== "十" && BARE_SCALE.test(body))) {
      i = Math.max(bodyEnd, i + 1);
      continue;
    }
    let end = bodyEnd;
    let approx = Boolean(prefix);
    if (APPROX_AFTER.has(text.charCodeAt(end))) {
      approx = true;
      end++;
      // 20余万: the scale after the approximation word
      if (SCALE_AFTER_APPROX.has(text.charCodeAt(end))) {
        decimal = shift(decimal, LARGE_UNIT[text[end]]);
        end++;
      }
    }
    if (!percent && (text.charCodeAt(end) === PERCENT || text.charCodeAt(end) === FULLWIDTH_PERCENT)) {
      percent = true;
      end++;
    }
    out.push({
      start: prefix ? i - prefix[0].length : i,
      end,
      value: toNumber(decimal),
      approx,
      percent,
      ordinal: previous === ORDINAL,
    });
    i = end;
  }
  return out;
}
