import { makesAWord } from "./word-list";
import { oneHanApart, substitute, unsure, type OcrCorrection, type ScoredText } from "./ocr-text";

/**
 * Words of the indicator catalogue (docs/indicators.md: its names and typical wordings), three
 * characters or more: the words a figure's sentence turns on, so one misread character there costs
 * the figure (案卷评查 read 案卷评碍). A test keeps each in docs/indicators.md.
 */
export const CATALOGUE_TERMS: readonly string[] = [
  "行政复议",
  "复议申请",
  "行政应诉",
  "行政诉讼",
  "行政执法",
  "执法案卷",
  "案卷评查",
  "执法人员",
  "出庭应诉",
  "出庭应诉率",
  "负责人出庭",
  "生效判决",
  "判决履行率",
  "胜诉率",
  "败诉率",
  "纠错率",
  "结案率",
  "人民调解",
  "调解委员会",
  "调解成功",
  "调解员",
  "规范性文件",
  "合法性审查",
  "备案审查",
  "法律顾问",
  "公职律师",
  "法治宣传",
  "普法宣传",
  "政府信息",
  "依申请公开",
  "人大代表",
  "政协提案",
  "上年结转",
  "结转下年",
];

/**
 * Last characters that make a term of a kind (率 rate, 员 member, 会 committee): other words share
 * the stem (调解室 beside 调解员, 出庭应诉工作 beside 出庭应诉率), so such a character is never
 * replaced, as a place's level word is not (correct-place-names.ts).
 */
const KIND_SUFFIXES = new Set(["率", "员", "会"]);

/**
 * Catalogue terms OCR misread by one character, put right: a run of text one Han character off
 * from exactly one term, where the engine was unsure of that character (or did not say), and the
 * character read there is no part of another term nor a word with its neighbour (word-list.ts):
 * 行政争议 is a word of its own, 案卷评碍 is not. Substitution only, so offsets keep.
 */
export function correctCatalogueTerms(scored: ScoredText, terms: readonly string[] = CATALOGUE_TERMS): { scored: ScoredText; corrections: OcrCorrection[] } {
  const known = new Set(terms);
  const lengths = [...new Set(terms.map((t) => t.length))].sort((a, b) => b - a);
  const corrections: OcrCorrection[] = [];
  let current = scored;
  for (let start = 0; start < current.text.length; start++) {
    for (const length of lengths) {
      const read = current.text.slice(start, start + length);
      if (read.length < length || known.has(read)) continue;
      const fixes = new Map<string, number>();
      for (const term of terms) {
        if (term.length !== length) continue;
        const index = oneHanApart(read, term);
        if (index === -1 || (index === term.length - 1 && KIND_SUFFIXES.has(term[index]))) continue;
        fixes.set(term, index);
      }
      // two terms one character away: the text does not say which
      if (fixes.size !== 1) continue;
      const [[term, index]] = fixes;
      if (!unsure(current, start + index)) continue;
      // the character read there belongs to another term written around it, or makes a word with
      // a neighbour (行政争议, 调解组织): it is likely meant
      if (withinATerm(current.text, start + index, terms) || makesAWord(current.text, start + index)) continue;
      const confidence = current.confidences[start + index];
      corrections.push({ rule: "term", read, corrected: term, ...(confidence === undefined ? {} : { confidence }), at: start });
      current = substitute(current, start + index, term[index]);
    }
  }
  return { scored: current, corrections };
}

/** Whether some term is written in `text` over the character at `index`. */
function withinATerm(text: string, index: number, terms: readonly string[]): boolean {
  for (const term of terms) {
    for (let k = 0; k < term.length; k++) {
      if (term[k] === text[index] && index - k >= 0 && text.startsWith(term, index - k)) return true;
    }
  }
  return false;
}
