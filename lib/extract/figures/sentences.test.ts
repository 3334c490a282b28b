import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { splitSentences } from "./sentences";

const sentences = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));
const clauses = (text: string) => splitSentences(text).flatMap((s) => s.clauses.map((c) => text.slice(c.start, c.end)));

describe("splitSentences", () => {
  it("ends sentences at 。 and line breaks, numbering paragraphs", () => {
    const text = "受理20件。审结18件!\n全年办结46件";
    expect(sentences(text)).toEqual(["受理20件。", "审结18件!", "全年办结46件"]);
    expect(splitSentences(text).map((s) => s.paragraph)).toEqual([0, 0, 1]);
  });

  it("starts a new sentence at an item marker glued to the text before it", () => {
    expect(sentences("出庭应诉率均为100%二是发挥行政复议作用")).toEqual(["出庭应诉率均为100%", "二是发挥行政复议作用"]);
    expect(sentences("推进工作统一是关键")).toEqual(["推进工作统一是关键"]);
  });

  it("splits clauses at commas and semicolons, not at thousands separators", () => {
    expect(clauses("共调解纠纷1,234件,调解成功1,200件;成功率97.2%。")).toEqual(["共调解纠纷1,234件", "调解成功1,200件", "成功率97.2%"]);
  });
});

describe("splitSentences against a plain reading of its rules", () => {
  // the rules as first written, line by line with a regular expression for the item markers;
  // splitSentences finds the markers by hand and walks character codes for speed, and must split
  // the same
  const ITEM_MARKER = /[二三四五六七八九十]是|(?<=^|[^\u4e00-\u9fff])一是/g;
  function reference(text: string): [number, number, number][] {
    const out: [number, number, number][] = [];
    let paragraph = 0;
    let lineStart = 0;
    for (const line of text.split("\n")) {
      const cuts = [...line.matchAll(ITEM_MARKER)].map((m) => m.index).filter((i) => i > 0);
      const push = (from: number, to: number) => {
        const part = line.slice(from, to);
        const start = lineStart + from + part.length - part.trimStart().length;
        if (part.trim()) out.push([start, start + part.trim().length, paragraph]);
      };
      let from = 0;
      for (let i = 0; i < line.length; i++) {
        if (cuts.includes(i) && i > from) {
          push(from, i);
          from = i;
        }
        if (/[。！？!?]/.test(line[i])) {
          push(from, i + 1);
          from = i + 1;
        }
      }
      push(from, line.length);
      if (line.length > 0) paragraph++;
      lineStart += line.length + 1;
    }
    return out;
  }

  it("splits every text exactly as the rules say", () => {
    const alphabet = fc.constantFrom("一", "二", "十", "是", "统", "a", "1", "。", "！", "?", "\n", " ", "\u3000", "\t", ",");
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 40 }).map((cs) => cs.join("")), (text) => {
        expect(splitSentences(text).map((s) => [s.start, s.end, s.paragraph])).toEqual(reference(text));
      }),
      { numRuns: 3000 },
    );
  });
});
