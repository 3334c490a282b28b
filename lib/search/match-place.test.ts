import { describe, expect, it } from "vitest";
import { matchesPlace } from "./match-place";

const luyang = { name: "庐阳区", parentNames: ["安徽省", "合肥市"] };
const yueqing = { name: "乐清市", parentNames: ["浙江省", "温州市"] };
const luan = { name: "六安市", parentNames: ["安徽省"] };
const hangzhou = { name: "杭州市", parentNames: ["浙江省"] };

describe("matchesPlace", () => {
  it("finds Chinese text in the name or a parent's name", () => {
    expect(matchesPlace("庐阳", luyang)).toBe(true);
    expect(matchesPlace("合肥", luyang)).toBe(true);
    expect(matchesPlace("杭州", luyang)).toBe(false);
  });

  it("reads latin letters as pinyin initials, full syllables or a mix, from the start of the name", () => {
    expect(matchesPlace("ly", luyang)).toBe(true);
    expect(matchesPlace("luyang", luyang)).toBe(true);
    expect(matchesPlace("LuY", luyang)).toBe(true);
    expect(matchesPlace("hzs", hangzhou)).toBe(true);
    // not from the start, not contiguous, or another place's initials
    expect(matchesPlace("zs", hangzhou)).toBe(false);
    expect(matchesPlace("hs", hangzhou)).toBe(false);
    expect(matchesPlace("hf", luyang)).toBe(false);
  });

  it("knows the readings place names use", () => {
    expect(matchesPlace("yq", yueqing)).toBe(true);
    expect(matchesPlace("luan", luan)).toBe(true);
    expect(matchesPlace("lu'an", luan)).toBe(true);
  });

  it("an empty query matches everything; punctuation is not pinyin", () => {
    expect(matchesPlace("  ", luyang)).toBe(true);
    expect(matchesPlace("l-y", luyang)).toBe(false);
  });
});
