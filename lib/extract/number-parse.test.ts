import { describe, expect, it } from "vitest";
import { parseChineseNumeral, readNumber, readPercentWords } from "./number-parse";

describe("readNumber", () => {
  it.each([
    ["1,156名", 1156, false],
    ["98.35%", 98.35, false],
    ["3.63万件", 36300, false],
    ["0.57万", 5700, false],
    ["1.2亿", 120_000_000, false],
    ["580余场", 580, true],
    ["1.2万余条", 12000, true],
    ["两万余册", 20000, true],
    ["3万5千人", 35000, false],
    ["二十万零五件", 200005, false],
    ["九十八点三五%", 98.35, false],
    ["十二名", 12, false],
    ["一百零八件", 108, false],
  ])("%s → %d (approx %s)", (text, value, approx) => {
    expect(readNumber(text, 0)).toMatchObject({ value, approx });
  });

  it("marks 近/约 before the number as approximate", () => {
    expect(readNumber("约300件", 1)).toMatchObject({ value: 300, approx: true });
    expect(readNumber("近千场", 1)).toMatchObject({ value: 1000, approx: true });
  });

  it("reads 百分之…", () => {
    expect(readPercentWords("百分之九十八", 0)?.value).toBe(98);
    expect(readPercentWords("百分之99.5", 0)?.value).toBe(99.5);
  });

  it("rejects what is not a numeral", () => {
    expect(parseChineseNumeral("三点")).toBeNull();
    expect(readNumber("abc", 0)).toBeNull();
  });
});
