import { describe, expect, it } from "vitest";
import { lookupForm } from "../../gazetteer";
import { correctPlaceNames } from "./correct-place-names";
import type { ScoredText } from "./ocr-text";

/** `text` with every character's confidence `confidence`, and those at `overrides` set apart. */
function scored(text: string, confidence: number | undefined, overrides: Record<number, number> = {}): ScoredText {
  return { text, confidences: [...text].map((_, i) => overrides[i] ?? confidence) };
}

describe("correctPlaceNames", () => {
  it("puts right a child name misread one character off after its parent, and says so", () => {
    const { scored: out, corrections } = correctPlaceNames(scored("制定《合肥市户阳区人民政府工作安排》", undefined));
    expect(out.text).toBe("制定《合肥市庐阳区人民政府工作安排》");
    expect(corrections).toEqual([{ rule: "place", read: "户阳区", corrected: "庐阳区", at: 6 }]);
  });

  it("records the engine's confidence in the replaced character", () => {
    const { corrections } = correctPlaceNames(scored("合肥市户阳区", 0.95, { 3: 0.2 }));
    expect(corrections).toEqual([{ rule: "place", read: "户阳区", corrected: "庐阳区", confidence: 0.2, at: 3 }]);
  });

  it("leaves a character the engine was sure of", () => {
    const input = scored("合肥市户阳区人民政府", 0.95);
    expect(correctPlaceNames(input).scored.text).toBe(input.text);
  });

  it("leaves a read name that is a real division elsewhere (广阳区 is in Hebei)", () => {
    expect(lookupForm("广阳区").length).toBeGreaterThan(0);
    expect(correctPlaceNames(scored("合肥市广阳区人民政府", undefined)).corrections).toEqual([]);
  });

  it("leaves a name one character from two children: the text does not say which", () => {
    // 唐山市 has 路南区 and 路北区
    expect(lookupForm("路东区")).toEqual([]);
    expect(correctPlaceNames(scored("唐山市路东区人民政府", undefined)).corrections).toEqual([]);
  });

  it("never changes the level word (区, 县): only the name's stem", () => {
    // 瑶海县 is one level word from 瑶海区
    expect(correctPlaceNames(scored("合肥市瑶海县", undefined)).corrections).toEqual([]);
  });

  it("across the document, puts right the confirmed name where the engine was unsure, and only there", () => {
    const text = "房阳区人民政府关于合肥市户阳区的报告房阳区";
    const unsureTitle = scored(text, 0.95, { 0: 0.1, 12: 0.1 });
    const { scored: out, corrections } = correctPlaceNames(unsureTitle);
    // the last 房阳区 was read with confidence: left
    expect(out.text).toBe("庐阳区人民政府关于合肥市庐阳区的报告房阳区");
    expect(corrections.map((c) => [c.read, c.at])).toEqual([
      ["户阳区", 12],
      ["房阳区", 0],
    ]);
  });

  it("does not carry a name across the document when the engine did not say how sure it was", () => {
    const { scored: out } = correctPlaceNames(scored("房阳区人民政府关于合肥市户阳区的报告", undefined));
    expect(out.text).toBe("房阳区人民政府关于合肥市庐阳区的报告");
  });

  it("leaves a confirmed name's look-alike that makes a word with its neighbour", () => {
    // 太阳区 is no division, one character from 庐阳区, but 太阳 is a word
    expect(lookupForm("太阳区")).toEqual([]);
    const { scored: out } = correctPlaceNames(scored("合肥市庐阳区的太阳区域", 0.95, { 7: 0.1 }));
    expect(out.text).toBe("合肥市庐阳区的太阳区域");
  });
});
