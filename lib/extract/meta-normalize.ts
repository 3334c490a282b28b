import { toSimplifiedCode } from "./meta-traditional";

// A reading copy for finding the title, place names, years and dates. Offsets are not needed
// here (the meta fields carry none), so the copy may be shorter than the original; line breaks are
// kept so lines still line up with the original's.

const DIGIT_OF: Record<string, string> = {
  〇: "0", 零: "0", "○": "0", O: "0", Ｏ: "0", "0": "0",
  一: "1", 二: "2", 三: "3", 四: "4", 五: "5", 六: "6", 七: "7", 八: "8", 九: "9",
};

// 實現(xiàn): pinyin a converter inserted after a character (data/corpus/104.txt)
const PINYIN_AFTER_CJK = /(?<=[\u3400-\u9fff])\([a-zA-Z\u00c0-\u024f]{1,8}\)/g;
// 二〇二三年 -> 2023年 (and 二O二三年, 二零二三年, as typed by hand)
const CHINESE_YEAR = /[一二][〇零○OＯ0一二三四五六七八九]{3}(?=年)/g;

function mapChar(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code < 0x80) return ch;
  if (code >= 0xff01 && code <= 0xff5e) return String.fromCharCode(code - 0xfee0);
  if (code === 0x3000 || code === 0x00a0) return " ";
  if ((code >= 0x2010 && code <= 0x2015) || code === 0x2212 || code === 0xfe58 || code === 0xfe63) return "-";
  const simplified = toSimplifiedCode(code);
  return simplified === code ? ch : String.fromCharCode(simplified);
}

/** true when some character is mapped by mapChar or is a space or tab (which may be dropped) */
function needsMapping(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (code < 0x80) {
      if (code === 0x20 || code === 0x09) return true;
    } else if (mapChar(s[i]) !== s[i]) {
      return true;
    }
  }
  return false;
}

function isCjk(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const code = ch.charCodeAt(0);
  return code >= 0x3400 && code <= 0x9fff;
}

function isJoinable(ch: string | undefined): boolean {
  return ch !== undefined && (isCjk(ch) || (ch >= "0" && ch <= "9"));
}

/** Full-width to ASCII, traditional to simplified, spaces inside Chinese dropped, Chinese-numeral years to digits. */
export function normalizeForMeta(input: string): string {
  const mapped = input.replace(PINYIN_AFTER_CJK, "");
  // most lines need no mapping at all: then they are kept as they are, without a string per character
  if (!needsMapping(mapped)) return mapped.replace(CHINESE_YEAR, (m) => [...m].map((c) => DIGIT_OF[c] ?? c).join(""));
  const chars: string[] = [];
  for (let i = 0; i < mapped.length; i++) {
    const ch = mapChar(mapped[i]);
    if (ch === " " || ch === "\t") {
      // "2020年度 法治政府" / "年 度" from PDFs: a space between Chinese characters (or a Chinese
      // character and a digit) is layout, not a word break
      let j = i + 1;
      while (j < mapped.length && (mapped[j] === " " || mapped[j] === "\t" || mapped[j] === "\u3000" || mapped[j] === "\u00a0")) j++;
      const before = chars[chars.length - 1];
      const after = j < mapped.length ? mapChar(mapped[j]) : undefined;
      const keep = !(isJoinable(before) && isJoinable(after) && (isCjk(before) || isCjk(after)));
      if (keep) chars.push(" ");
      i = j - 1;
      continue;
    }
    chars.push(ch);
  }
  return chars.join("").replace(CHINESE_YEAR, (m) => [...m].map((c) => DIGIT_OF[c] ?? c).join(""));
}
