import { describe, expect, it } from "vitest";
import { correctOcrPages } from "./correct-ocr";
import type { OcrLine } from "./ocr-engine";

function line(text: string, top: number, characterConfidences?: number[]): OcrLine {
  return { text, left: 100, top, right: 900, bottom: top + 40, confidence: 0.9, characterConfidences };
}

describe("correctOcrPages", () => {
  it("sees a name broken over two lines whole, and cuts the corrected text back into the same lines", () => {
    const pages = [{ width: 1000, height: 1400, lines: [line("阳区人民政府", 200), line("现将合肥市户", 100)] }];
    const { pages: out, corrections } = correctOcrPages(pages);
    // lines come back in reading order
    expect(out[0].lines.map((l) => l.text)).toEqual(["现将合肥市庐", "阳区人民政府"]);
    expect(corrections.map((c) => `${c.read}->${c.corrected}`)).toEqual(["户阳区->庐阳区"]);
  });

  it("keeps what the engine was sure of, from each line's character confidences", () => {
    const sure = Array.from("现将合肥市户阳区", () => 0.95);
    const { pages: out, corrections } = correctOcrPages([{ width: 1000, height: 1400, lines: [line("现将合肥市户阳区", 100, sure)] }]);
    expect(out[0].lines[0].text).toBe("现将合肥市户阳区");
    expect(corrections).toEqual([]);
  });

  it("corrects across pages in order: place, term, quote", () => {
    const pages = [
      { width: 1000, height: 1400, lines: [line("合肥市户阳区", 100)] },
      { width: 1000, height: 1400, lines: [line('开展"行政执法案卷评碍”', 100)] },
    ];
    const { pages: out, corrections } = correctOcrPages(pages);
    expect(out.map((p) => p.lines[0].text)).toEqual(["合肥市庐阳区", "开展“行政执法案卷评查”"]);
    expect(corrections.map((c) => c.rule)).toEqual(["place", "term", "quote"]);
  });
});
