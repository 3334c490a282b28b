import { describe, expect, it } from "vitest";
import { searchPlaces } from "./search-places";

describe("searching the gazetteer for a place", () => {
  it("finds a place by its name, its parent's name, its pinyin and its code", () => {
    expect(searchPlaces("庐阳")[0]).toMatchObject({ code: "340103", name: "庐阳区", parents: ["安徽省", "合肥市"] });
    expect(searchPlaces("合肥").map((p) => p.code)).toEqual(expect.arrayContaining(["340100", "340103", "340104"]));
    expect(searchPlaces("合肥")[0].code).toBe("340100");
    expect(searchPlaces("luyang").map((p) => p.code)).toContain("340103");
    expect(searchPlaces("ly", 500).map((p) => p.code)).toContain("340103");
    expect(searchPlaces("340103")).toEqual([expect.objectContaining({ code: "340103" })]);
    expect(searchPlaces("6500")[0]).toMatchObject({ code: "650000", name: "新疆维吾尔自治区" });
  });

  it("tells apart places of one name by their parents, and finds nothing for nonsense", () => {
    const gulou = searchPlaces("鼓楼区");
    expect(gulou.length).toBeGreaterThanOrEqual(4);
    expect(new Set(gulou.map((p) => p.parents.join("/"))).size).toBe(gulou.length);
    expect(searchPlaces("不存在的地方")).toEqual([]);
    expect(searchPlaces("  ")).toEqual([]);
  });
});

describe("searching the gazetteer with what people type", () => {
  it("finds a place without reports, and a government's full name", () => {
    expect(searchPlaces("北京")[0]).toMatchObject({ code: "110000" });
    expect(searchPlaces("西峰")[0]).toMatchObject({ code: "621002", parents: ["甘肃省", "庆阳市"] });
    expect(searchPlaces("庆阳市人民政府")[0]).toMatchObject({ code: "621000" });
  });
});
