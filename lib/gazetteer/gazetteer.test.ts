import { describe, expect, it } from "vitest";
import data from "./divisions.json";
import { allDivisions, ancestors, childrenOf, findByName, getByCode, isWithin } from "./index";

const current = allDivisions().filter((d) => d.abolished === undefined && d.since === undefined);
const names = (code: string) => ancestors(code).map((a) => a.name);

describe("divisions.json", () => {
  it("is compact and complete", () => {
    expect(JSON.stringify(data).length).toBeLessThan(110_000);
    expect(current.length).toBe(data.count);
    expect(current.filter((d) => d.level === "province")).toHaveLength(31);
    expect(current.filter((d) => d.level === "city").length).toBeGreaterThan(330);
  });

  it("has unique 6-digit codes and every parent", () => {
    const codes = new Set(current.map((d) => d.code));
    expect(codes.size).toBe(current.length);
    for (const d of current) {
      expect(d.code).toMatch(/^\d{6}$/);
      if (d.parentCode) expect(codes.has(d.parentCode)).toBe(true);
      else expect(d.level).toBe("province");
    }
  });

  it("leaves out the NBS placeholders and cities repeated as their own county", () => {
    for (const placeholder of ["市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"]) {
      expect(findByName(placeholder)).toEqual([]);
    }
    expect(findByName("东莞市").map((d) => [d.code, d.level])).toEqual([["441900", "city"]]);
    expect(findByName("嘉峪关市").map((d) => [d.code, d.level])).toEqual([["620200", "city"]]);
  });

  it("hangs the children of placeholders under the province", () => {
    expect(names("469021")).toEqual(["海南省"]); // 定安县
    expect(names("429004")).toEqual(["湖北省"]); // 仙桃市
    expect(names("500110")).toEqual(["重庆市"]); // 綦江区
    expect(names("500229")).toEqual(["重庆市"]); // 城口县
    expect(names("110108")).toEqual(["北京市"]); // 海淀区
    expect(names("340103")).toEqual(["合肥市", "安徽省"]); // 庐阳区
  });

  it.each([
    ["110000", "北京市", "province"],
    ["640000", "宁夏回族自治区", "province"],
    ["652300", "昌吉回族自治州", "city"],
    ["652900", "阿克苏地区", "city"],
    ["152200", "兴安盟", "city"],
    ["110108", "海淀区", "district"],
    ["520203", "六枝特区", "district"],
    ["429021", "神农架林区", "district"],
    ["469021", "定安县", "county"],
    ["330782", "义乌市", "county"],
    ["222401", "延吉市", "county"],
    ["150723", "鄂伦春自治旗", "county"],
    ["420528", "长阳土家族自治县", "county"],
  ])("%s %s is a %s", (code, name, level) => {
    expect(getByCode(code)).toMatchObject({ name, level });
  });

  it("flags development zones (codes xx71–xx79)", () => {
    const zones = current.filter((d) => d.devZone);
    expect(zones.length).toBeGreaterThan(100);
    for (const z of zones) expect(Number(z.code!.slice(4))).toBeGreaterThanOrEqual(71);
    expect(getByCode("130171")).toMatchObject({ name: "石家庄高新技术产业开发区", devZone: true });
    expect(getByCode("130181")?.devZone).toBe(false);
  });
});

describe("lookups", () => {
  it("pads 2- and 4-digit codes and rejects others", () => {
    expect(getByCode("62")?.name).toBe("甘肃省");
    expect(getByCode("6210")?.name).toBe("庆阳市");
    expect(getByCode("621000")?.name).toBe("庆阳市");
    expect(getByCode("abc")).toBeUndefined();
    expect(getByCode("999999")).toBeUndefined();
  });

  it("finds official names, then short aliases, then bare stems", () => {
    expect(findByName("昌吉州").map((d) => d.name)).toEqual(["昌吉回族自治州"]);
    expect(findByName("宁夏").map((d) => d.name)).toEqual(["宁夏回族自治区"]);
    expect(findByName("庆阳").map((d) => d.name)).toEqual(["庆阳市"]);
    expect(findByName("湘西州").map((d) => d.name)).toEqual(["湘西土家族苗族自治州"]);
    expect(findByName("长阳县").map((d) => d.name)).toEqual(["长阳土家族自治县"]);
    expect(findByName("内蒙古").map((d) => d.name)).toEqual(["内蒙古自治区"]);
    expect(findByName("吉林").map((d) => d.name).sort()).toEqual(["吉林市", "吉林省"]);
    // an official name wins over another division's stem
    expect(findByName("吉林省").map((d) => d.code)).toEqual(["220000"]);
  });

  it("returns every division sharing a name", () => {
    const gulou = findByName("鼓楼区");
    expect(gulou.map((d) => ancestors(d.code!)[0].name).sort()).toEqual(["南京市", "开封市", "徐州市", "福州市"]);
    expect(findByName("朝阳区")).toHaveLength(2);
  });

  it("walks the tree both ways", () => {
    expect(childrenOf("110000").some((d) => d.name === "海淀区")).toBe(true);
    expect(isWithin(getByCode("340103")!, "340000")).toBe(true);
    expect(isWithin(getByCode("340103")!, "320000")).toBe(false);
    expect(ancestors("000000")).toEqual([]);
  });
});
