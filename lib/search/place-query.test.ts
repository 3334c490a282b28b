import { describe, expect, it } from "vitest";
import { placeQuery } from "./place-query";

describe("a place query", () => {
  it.each([
    ["庆阳市人民政府", "庆阳市"],
    ["西峰区人民政府办公室", "西峰区"],
    ["西峰区司法局", "西峰区"],
    [" 北京 ", "北京"],
    ["人民政府", "人民政府"],
    ["luyang", "luyang"],
  ])("%s → %s", (q, expected) => {
    expect(placeQuery(q)).toBe(expected);
  });
});
