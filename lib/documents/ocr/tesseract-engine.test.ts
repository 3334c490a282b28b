import { describe, expect, it } from "vitest";
import { characterConfidences } from "./tesseract-engine";

describe("characterConfidences", () => {
  it("gives each character its word's confidence, and white space 1", () => {
    const words = [
      { text: "案", confidence: 92 },
      { text: "耸", confidence: 57 },
      { text: "1555", confidence: 86 },
    ];
    expect(characterConfidences("案耸 1555", words)).toEqual([0.92, 0.57, 1, 0.86, 0.86, 0.86, 0.86]);
  });

  it("is undefined when the words do not spell the line", () => {
    expect(characterConfidences("案卷", [{ text: "案耸", confidence: 57 }])).toBeUndefined();
    expect(characterConfidences("案卷评查", [{ text: "案卷", confidence: 90 }])).toBeUndefined();
  });
});
