import { describe, expect, it } from "vitest";
import { makesAWord } from "./word-list";

describe("makesAWord", () => {
  it("is true for a character in a two- or three-character word with its neighbours", () => {
    expect(makesAWord("行政争议", 2)).toBe(true); // 争议
    expect(makesAWord("出庭应诉工作", 4)).toBe(true); // 工作
  });

  it("is false for a misread character that makes no word", () => {
    expect(makesAWord("案卷评碍1555", 3)).toBe(false);
    expect(makesAWord("合肥市户阳区", 3)).toBe(false);
  });
});
