/**
 * The extractor reads a normalised copy of the text (ASCII digits and punctuation, no spaces)
 * but every offset it reports points into the original: `origin[i]` is where normalised
 * character i came from.
 */
export interface MappedText {
  text: string;
  origin: number[];
}

const FULLWIDTH_START = 0xff01;
const FULLWIDTH_END = 0xff5e;

export function mapText(original: string): MappedText {
  let text = "";
  const origin: number[] = [];
  for (let i = 0; i < original.length; i++) {
    const code = original.charCodeAt(i);
    let ch = original[i];
    if (code >= FULLWIDTH_START && code <= FULLWIDTH_END) ch = String.fromCharCode(code - 0xfee0);
    else if (ch === "\u3000" || ch === "\u00a0" || ch === "\t" || ch === " " || ch === "\r") continue;
    else if (ch === "\u3002") ch = "。";
    else if (ch === "\u2014") ch = "-";
    // normalise commas and colons to ASCII; 。 stays as the sentence end
    if (ch === "，") ch = ",";
    else if (ch === "：") ch = ":";
    else if (ch === "；") ch = ";";
    else if (ch === "（") ch = "(";
    else if (ch === "）") ch = ")";
    else if (ch === "％") ch = "%";
    text += ch;
    origin.push(i);
  }
  return { text: maskTitles(text), origin };
}

/**
 * The words inside 《》 name a document (《…行政复议法》, 《2024年…规划》): blank them, keeping the
 * length, so their years, numbers and topic words are not read as the report's own.
 */
function maskTitles(text: string): string {
  return text.replace(/《[^《》\n]{1,80}》/g, (m) => "《" + "□".repeat(m.length - 2) + "》");
}

/** The original text between normalised offsets [start, end). */
export function originalSpan(mapped: MappedText, start: number, end: number): { start: number; end: number } {
  const s = mapped.origin[start] ?? 0;
  const e = end > start ? (mapped.origin[end - 1] ?? s) + 1 : s;
  return { start: s, end: e };
}
