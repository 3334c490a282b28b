import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cpuMs } from "@/tests/cpu-time";
import { parseNumber, scanNumbers } from "./numbers";

describe("parseNumber: every way a report writes a number", () => {
  it.each([
    ["1156", 1156, false, false],
    ["1,156", 1156, false, false],
    ["1,156.5", 1156.5, false, false],
    ["１２３４", 1234, false, false],
    ["１，２３４", 1234, false, false],
    ["98.35%", 98.35, false, true],
    ["９８．３５％", 98.35, false, true],
    ["3.63万", 36300, false, false],
    ["0.57万", 5700, false, false],
    ["1.2亿", 120000000, false, false],
    ["3万5千", 35000, false, false],
    ["两万余", 20000, true, false],
    ["3万余", 30000, true, false],
    ["20余万", 200000, true, false],
    ["580余", 580, true, false],
    ["180多", 180, true, false],
    ["近千", 1000, true, false],
    ["约1.2亿", 120000000, true, false],
    ["近三", 3, true, false],
    ["百分之九十八", 98, false, true],
    ["百分之98.5", 98.5, false, true],
    ["百分之百", 100, false, true],
    ["九十八点三五", 98.35, false, false],
    ["二十万零五", 200005, false, false],
    ["一百五", 150, false, false],
    ["三万五", 35000, false, false],
    ["十", 10, false, false],
    ["十五", 15, false, false],
    ["十余", 10, true, false],
    ["三百余", 300, true, false],
    ["一千二百三十四", 1234, false, false],
    ["二〇二三", 2023, false, false],
    ["一万零一", 10001, false, false],
  ])("%s → %d (approx %s, percent %s)", (input, value, approx, percent) => {
    expect(parseNumber(input)).toEqual({ value, approx, percent });
  });

  it("reads plain digits exactly as JavaScript does, with or without a decimal point", () => {
    const digits = fc.stringMatching(/^[0-9]{1,15}$/);
    const plain = fc.oneof(digits, fc.tuple(digits, digits).map(([a, b]) => `${a}.${b}`));
    fc.assert(
      fc.property(plain, (s) => {
        expect(parseNumber(s)).toEqual({ value: Number(s), approx: false, percent: false });
      }),
    );
  });

  it("scales decimals exactly, never by float multiplication", () => {
    expect(parseNumber("0.57万")?.value).toBe(5700);
    expect(parseNumber("1.15万")?.value).toBe(11500);
    expect(parseNumber("2.01亿")?.value).toBe(201000000);
    expect(parseNumber("百分之五十七点七")?.value).toBe(57.7);
  });

  it.each(["万", "千", "百分之", "abc", "", "12,34", "一二三四五x"])("%j is not one number", (input) => {
    expect(parseNumber(input)).toBeNull();
  });
});

describe("scanNumbers: numbers inside running text", () => {
  const values = (text: string) => scanNumbers(text).map((t) => t.value);

  it("finds each number with its span", () => {
    const text = "全区建有198个人民调解委员会、8个驻所调解室";
    const tokens = scanNumbers(text);
    expect(tokens.map((t) => text.slice(t.start, t.end))).toEqual(["198", "8"]);
  });

  it("keeps approximation words inside the token", () => {
    const text = "开展宣传580余场,惠及近万人,约1.5万人次";
    expect(scanNumbers(text).map((t) => [text.slice(t.start, t.end), t.value, t.approx])).toEqual([
      ["580余", 580, true],
      ["近万", 10000, true],
      ["约1.5万", 15000, true],
    ]);
  });

  it("a comma is a thousands separator only before exactly three digits", () => {
    expect(values("调解1,234件")).toEqual([1234]);
    expect(values("受理20,审结18件")).toEqual([20, 18]);
  });

  it("vague amounts and scale words inside other words are not numbers", () => {
    expect(values("数十件,几百人,上千次,千家万户")).toEqual([]);
  });

  it("marks ordinals and skips digits glued to Latin letters", () => {
    expect(scanNumbers("第3次")[0].ordinal).toBe(true);
    expect(values("5G网络和G20峰会")).toEqual([5]);
  });

  it("is linear: a long run of digits and numerals", () => {
    const run = (n: number) => "1".repeat(n) + "件" + "三".repeat(n);
    scanNumbers(run(1000)); // warm-up, outside the timing
    const small = cpuMs(() => scanNumbers(run(100_000)));
    const large = cpuMs(() => scanNumbers(run(400_000)));
    expect(large).toBeLessThan(2000);
    // four times the input: about four times the work (quadratic would be sixteen)
    expect(large / Math.max(small, 1)).toBeLessThan(9);
  });
});
