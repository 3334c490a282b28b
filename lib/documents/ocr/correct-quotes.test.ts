import { describe, expect, it } from "vitest";
import { correctQuotes } from "./correct-quotes";

const read = (text: string) => correctQuotes({ text, confidences: [] });

describe("correctQuotes", () => {
  it("opens a straight quote that a curly one closes", () => {
    const { scored, corrections } = read('深入推进"法律七进”今年以来');
    expect(scored.text).toBe("深入推进“法律七进”今年以来");
    expect(corrections).toEqual([{ rule: "quote", read: '"', corrected: "“", at: 4 }]);
  });

  it("closes a straight quote after a curly opening one", () => {
    expect(read('创新开展“上门式"巡回听证,“婚调”').scored.text).toBe("创新开展“上门式”巡回听证,“婚调”");
  });

  it("leaves straight quotes with no curly partner, and one between “ and ”", () => {
    expect(read('开展"上门式"巡回听证').corrections).toEqual([]);
    expect(read('“甲"乙”').corrections).toEqual([]);
  });
});
