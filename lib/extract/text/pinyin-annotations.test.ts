import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { withoutBracketedLatin } from "./pinyin-annotations";

describe("withoutBracketedLatin", () => {
  it("drops a converter's pinyin after a character, keeps other brackets", () => {
    expect(withoutBracketedLatin("實現(xiàn)新突破")).toBe("實現新突破");
    expect(withoutBracketedLatin("下载 (PDF) 版本")).toBe("下载 (PDF) 版本");
    expect(withoutBracketedLatin("(xian)开头")).toBe("(xian)开头");
  });

  // the pattern as first written, with the lookbehind the scan replaced for speed
  const REFERENCE = /(?<=[\u3400-\u9fff])\([a-zA-Z\u00c0-\u024f]{1,8}\)/g;

  it("removes exactly what the lookbehind pattern removes", () => {
    const alphabet = fc.constantFrom("現", "(", ")", "x", "à", "n", " ", "1", "（");
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 30 }).map((cs) => cs.join("")), (text) => {
        expect(withoutBracketedLatin(text)).toBe(text.replace(REFERENCE, ""));
      }),
      { numRuns: 3000 },
    );
  });
});
