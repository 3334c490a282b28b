import { describe, expect, it } from "vitest";
import { getByCode } from "./gazetteer";
import { nameForms, stemOf, stripEthnicGroups } from "./names";

const formsOf = (code: string) => nameForms(getByCode(code)!).map((f) => `${f.kind}:${f.text}`);

describe("short names", () => {
  it.each([
    ["湘西土家族苗族", "湘西"],
    ["积石山保安族东乡族撒拉族", "积石山"],
    ["巴音郭楞蒙古", "巴音郭楞"],
    ["新疆维吾尔", "新疆"],
    ["鄂温克族", "鄂温克"],
    ["鄂伦春", "鄂伦春"],
    ["内蒙古", "内蒙古"],
    ["西藏", "西藏"],
  ])("strips nationalities from %s", (name, stem) => {
    expect(stripEthnicGroups(name)).toBe(stem);
  });

  it.each([
    ["庆阳市", "庆阳"],
    ["阿克苏地区", "阿克苏"],
    ["浦东新区", "浦东"],
    ["宁夏回族自治区", "宁夏"],
    ["沙县", null],
    ["城区", null],
  ])("stem of %s is %s", (name, stem) => {
    expect(stemOf(name)).toBe(stem);
  });

  it("writes autonomous areas the short ways people do", () => {
    expect(formsOf("652300")).toEqual(["official:昌吉回族自治州", "alias:昌吉自治州", "alias:昌吉州", "stem:昌吉"]);
    expect(formsOf("640000")).toEqual(["official:宁夏回族自治区", "alias:宁夏自治区", "stem:宁夏"]);
    expect(formsOf("420528")).toEqual(["official:长阳土家族自治县", "alias:长阳自治县", "alias:长阳县", "stem:长阳"]);
    expect(formsOf("621000")).toEqual(["official:庆阳市", "stem:庆阳"]);
  });

  it("gives development zones no short forms", () => {
    expect(formsOf("130171")).toEqual(["official:石家庄高新技术产业开发区"]);
  });
});
