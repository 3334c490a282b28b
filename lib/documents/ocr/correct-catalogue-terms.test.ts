import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CATALOGUE_TERMS, correctCatalogueTerms } from "./correct-catalogue-terms";
import type { ScoredText } from "./ocr-text";
import { makesAWord } from "./word-list";

function scored(text: string, confidence: number | undefined, overrides: Record<number, number> = {}): ScoredText {
  return { text, confidences: [...text].map((_, i) => overrides[i] ?? confidence) };
}

describe("CATALOGUE_TERMS", () => {
  it("are the catalogue's own words, three characters or more", () => {
    const catalogue = readFileSync(path.resolve(__dirname, "../../../docs/indicators.md"), "utf8");
    for (const term of CATALOGUE_TERMS) {
      expect(term.length, term).toBeGreaterThanOrEqual(3);
      expect(catalogue, term).toContain(term);
    }
  });
});

describe("correctCatalogueTerms", () => {
  it("puts right a term misread one character off where the engine was unsure, and says so", () => {
    const { scored: out, corrections } = correctCatalogueTerms(scored("开展行政执法案卷评碍1555宗", 0.95, { 9: 0.1 }));
    expect(out.text).toBe("开展行政执法案卷评查1555宗");
    expect(corrections).toEqual([{ rule: "term", read: "案卷评碍", corrected: "案卷评查", confidence: 0.1, at: 6 }]);
  });

  it("leaves the character when the engine was sure of it", () => {
    expect(correctCatalogueTerms(scored("开展行政执法案卷评碍1555宗", 0.95)).corrections).toEqual([]);
  });

  it("leaves a character that makes a word with its neighbour (行政争议 is meant)", () => {
    expect(correctCatalogueTerms(scored("完善行政争议化解机制", 0.1)).corrections).toEqual([]);
  });

  it("leaves a character that belongs to another term written there", () => {
    // rare characters no dictionary word is made of, so only the terms decide
    const text = "鼀鼁鼂鼃鼅";
    expect(makesAWord(text, 4)).toBe(false);
    expect(correctCatalogueTerms(scored(text, 0.1), ["鼂鼃鼄"]).scored.text).toBe("鼀鼁鼂鼃鼄");
    expect(correctCatalogueTerms(scored(text, 0.1), ["鼁鼂鼃鼅", "鼂鼃鼄"]).scored.text).toBe(text);
  });

  it("never changes a term's kind word (率, 员, 会): 调解室 is a word beside 调解员", () => {
    expect(correctCatalogueTerms(scored("8个驻所调解室", 0.1)).corrections).toEqual([]);
  });

  it("leaves a run one character from two terms: the text does not say which", () => {
    expect(correctCatalogueTerms(scored("案卷评碍", 0.1), ["案卷评查", "案卷评审"]).corrections).toEqual([]);
    expect(correctCatalogueTerms(scored("案卷评碍", 0.1), ["案卷评查"]).scored.text).toBe("案卷评查");
  });

  it("changes only Han characters: a digit or a letter read there is left", () => {
    expect(correctCatalogueTerms(scored("行政复1", 0.1)).corrections).toEqual([]);
  });
});
