import { describe, expect, it } from "vitest";
import { highlightSegments } from "./highlight-segments";

describe("highlightSegments", () => {
  const text = "受理20件,已结案16件,结案率80%。其他内容";

  it("keeps the whole text, in order, whatever the spans", () => {
    const spans = [
      { id: 1, start: 0, end: 5 },
      { id: 2, start: 3, end: 12 },
      { id: 3, start: 100, end: 120 },
    ];
    expect(highlightSegments(text, spans).map((s) => s.text).join("")).toBe(text);
  });

  it("marks overlapping evidence with every value that covers it and anchors each start", () => {
    const segs = highlightSegments(text, [
      { id: 1, start: 0, end: 5 },
      { id: 2, start: 3, end: 12 },
    ]);
    expect(segs.find((s) => s.text === text.slice(3, 5))?.covering.sort()).toEqual([1, 2]);
    expect(segs.find((s) => s.anchors.includes(2))?.text.startsWith(text.slice(3, 5))).toBe(true);
    expect(segs.at(-1)?.covering).toEqual([]);
  });

  it("ignores spans that do not fit the text", () => {
    const segs = highlightSegments(text, [{ id: 9, start: 5, end: 2 }]);
    expect(segs).toEqual([{ text, covering: [], anchors: [] }]);
  });
});
