import { describe, expect, it } from "vitest";
import { extractReport } from "../index";
import { valueMap } from "../testing";

describe("a count stated as none in words (gathered/806-812)", () => {
  it("未收到政府信息公开的申请 is transparency.requests 0, its evidence the sentence without the heading run into it", () => {
    const text = "平潭县2011年政府信息公开工作年度报告\n三、政府信息依申请公开工作情况 2011年全县未收到有关政府信息公开的申请,未收到有关政府信息公开行政复议申请。";
    const facts = extractReport(text);
    expect(valueMap(facts)).toEqual({ "transparency.requests@area": 0 });
    expect(facts.indicators[0].evidence).toBe("2011年全县未收到有关政府信息公开的申请");
  });

  it("no reconsideration request about disclosure is no count of requests", () => {
    const text = "平潭县2014年政府信息公开工作年度报告\n2014年全区收到有关政府信息公开的信函申请1条;未收到有关政府信息公开行政复议的申请。";
    expect(valueMap(extractReport(text))).toEqual({ "transparency.requests@area": 1 });
  });

  it("another year's none, or a department's, is not the place's", () => {
    expect(valueMap(extractReport("某县2014年政府信息公开工作年度报告\n2013年全县未收到政府信息公开申请。"))).toEqual({});
    expect(valueMap(extractReport("某县2013年政府信息公开工作年度报告\n2013年1月1日至12月31日期间县司法局未收到政府信息公开申请。"))).toEqual({});
  });
});
