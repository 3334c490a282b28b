import { codesToString, isDigitCode, isHanCode } from "../text/char-codes";
import { toSimplifiedCode } from "../text/traditional";
import { withoutBracketedLatin } from "../text/pinyin-annotations";

// A reading copy for finding the title, place names, years and dates. Offsets are not needed
// here (the meta fields carry none), so the copy may be shorter than the original; line breaks are
// kept so lines still line up with the original's.

const DIGIT_OF: Record<string, string> = {
  〇: "0", 零: "0", "○": "0", O: "0", Ｏ: "0", "0": "0",
  一: "1", 二: "2", 三: "3", 四: "4", 五: "5", 六: "6", 七: "7", 八: "8", 九: "9",
};

// 二〇二三年 -> 2023年 (and 二O二三年, 二零二三年, as typed by hand)
const CHINESE_YEAR = /[一二][〇零○OＯ0一二三四五六七八九]{3}(?=年)/g;

const SPACE = 0x20;
const TAB = 0x09;
const HYPHEN = 0x2d;

function mapCode(code: number): number {
  if (code < 0x80) return code;
  if (code >= 0xff01 && code <= 0xff5e) return code - 0xfee0;
  if (code === 0x3000 || code === 0x00a0) return SPACE;
  if ((code >= 0x2010 && code <= 0x2015) || code === 0x2212 || code === 0xfe58 || code === 0xfe63) return HYPHEN;
  return toSimplifiedCode(code);
}

const isJoinable = (code: number) => isHanCode(code) || isDigitCode(code);
const isBlank = (code: number) => code === SPACE || code === TAB || code === 0x3000 || code === 0x00a0;

const chineseYearToDigits = (s: string) => s.replace(CHINESE_YEAR, (m) => [...m].map((c) => DIGIT_OF[c] ?? c).join(""));

// one buffer for every line: the reading copy is made line by line, a few hundred times a report
let scratch = new Uint16Array(1024);

/** Full-width to ASCII, traditional to simplified, spaces inside Chinese dropped, Chinese-numeral years to digits. */
export function normalizeForMeta(input: string): string {
  const mapped = withoutBracketedLatin(input);
  if (scratch.length < mapped.length) scratch = new Uint16Array(mapped.length * 2);
  const out = scratch;
  let len = 0;
  let changed = false;
  for (let i = 0; i < mapped.length; i++) {
    const original = mapped.charCodeAt(i);
    const code = mapCode(original);
    if (code === SPACE || code === TAB) {
      // "2020年度 法治政府" / "年 度" from PDFs: a space between Chinese characters (or a Chinese
      // character and a digit) is layout, not a word break
      let j = i + 1;
      while (j < mapped.length && isBlank(mapped.charCodeAt(j))) j++;
      const before = len > 0 ? out[len - 1] : -1;
      const after = j < mapped.length ? mapCode(mapped.charCodeAt(j)) : -1;
      const keep = !(isJoinable(before) && isJoinable(after) && (isHanCode(before) || isHanCode(after)));
      if (keep) out[len++] = SPACE;
      if (!keep || original !== SPACE || j !== i + 1) changed = true;
      i = j - 1;
      continue;
    }
    if (code !== original) changed = true;
    out[len++] = code;
  }
  // most lines need no mapping at all: then they are kept as they are
  return chineseYearToDigits(changed ? codesToString(out, 0, len) : mapped);
}
