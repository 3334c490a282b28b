import type { Fact, Sentence } from "./context";
import { toFullWidth } from "./numbers";
import type { Rng } from "./random";

/**
 * Sentences to text, with the noise of text copied from web pages and PDFs: ASCII or full-width
 * punctuation, dropped commas and full stops, full-width digits throughout, indented or spaced
 * paragraphs. Noise touches only the joints between clauses or whole characters one for one, so
 * every clause, and so every label's evidence, is still a piece of the final text.
 */
export type Block = { raw: string } | { lead?: string; sentences: Sentence[] };

export interface Noise {
  fullWidthPunctuation: boolean;
  fullWidthDigits: boolean;
  /** chance that a comma between clauses is missing */
  dropComma: number;
  /** chance that a full stop between sentences is missing */
  dropStop: number;
  indent: string;
  blankLines: boolean;
}

export function chooseNoise(rng: Rng): Noise {
  const sloppy = rng.chance(0.25);
  return {
    fullWidthPunctuation: rng.chance(0.4),
    fullWidthDigits: rng.chance(0.03),
    dropComma: sloppy ? rng.uniform(0.02, 0.08) : 0,
    dropStop: sloppy ? rng.uniform(0.02, 0.06) : 0,
    indent: rng.weighted([[6, ""], [2, "  "], [2, "\u3000\u3000"]] as const),
    blankLines: rng.chance(0.4),
  };
}

const FULL_PUNCTUATION: Record<string, string> = { ",": "，", ":": "：", "(": "（", ")": "）", ";": "；", "?": "？" };

/** one character for one character, so substrings stay substrings */
function charMap(noise: Noise): (s: string) => string {
  return (s) => {
    let out = noise.fullWidthPunctuation ? s.replace(/[,:();?]/g, (c) => FULL_PUNCTUATION[c]) : s;
    if (noise.fullWidthDigits) out = toFullWidth(out);
    return out;
  };
}

// the paragraph, up to the figure, names whose figure it is: the whole area (全区, 各级) or the
// government (区政府, 本级, 以…名义, 常务会议)
const SCOPE_NAMED = /全[省市区县州旗盟]|各级|[省市区县州旗盟](?:人民)?政府|行政公署|本级|名义|常务会/;

export interface Rendered {
  text: string;
  facts: Fact[];
}

export function render(blocks: Block[], noise: Noise, rng: Rng): Rendered {
  const facts: Fact[] = [];
  const lines: string[] = [];
  for (const block of blocks) {
    if ("raw" in block) {
      lines.push(block.raw);
      continue;
    }
    let para = block.lead ?? "";
    let said = "";
    for (const sentence of block.sentences) {
      if (typeof sentence === "string") {
        para += rng.chance(noise.dropStop) ? sentence.replace(/。$/, "") : sentence;
        continue;
      }
      sentence.forEach((clause, i) => {
        if (i > 0 && !rng.chance(noise.dropComma)) para += ",";
        para += clause.text;
        said += clause.text;
        for (const f of clause.facts) facts.push({ ...f, evidence: clause.text, scopeNamed: SCOPE_NAMED.test(said) });
      });
      if (!rng.chance(noise.dropStop)) para += "。";
    }
    if (para.includes("\u0001")) throw new Error(`a figure was written outside a clause: ${para}`);
    lines.push(noise.indent + para);
  }
  const map = charMap(noise);
  const text = lines.map(map).join(noise.blankLines ? "\n\n" : "\n") + "\n";
  return { text, facts: facts.map((f) => ({ ...f, evidence: map(f.evidence) })) };
}
