import { describe, expect, it } from "vitest";
import { extractReport } from "./index";
import { valueMap } from "./testing";

// A part of the year is not the year (the catalogue). Texts from real pages (data/real, tune half).
describe("parts of the year", () => {
  it("a half-year's figures named at the start of the sentence (pages/207)", () => {
    const text =
      "黄石市中级法院、黄石市司法局联合发布行政复议行政诉讼案件半年分析报告\n2024-08-09 08:46 黄石市司法局\n报告显示,2024年上半年,黄石市司法行政机关、审判机关充分发挥行政复议、行政审判职能。2024年上半年,黄石市司法行政部门新收行政复议申请371件,同比上涨104.97%,审判机关新收行政一审案件216件,同比下降19.7%。";
    expect(valueMap(extractReport(text))).toEqual({});
  });

  it("January to July is a part; a stock counted now is not (pages/215)", () => {
    const text =
      "据统计,2020年1月至7月,香洲区各级人民调解组织共受理调解纠纷1616件,调解成功1597件,调解成功率为98.82%。\n据了解,香洲区现共有各类人民调解组织188个。其中,人民调解委员会161个,覆盖全区所有镇街和社区;共有人民调解员1243名。";
    const v = valueMap(extractReport(text));
    expect(v["mediation.disputes@area"]).toBeUndefined();
    expect(v["mediation.success_rate@area"]).toBeUndefined();
    expect(v["mediation.mediators@area"]).toBe(1243);
  });

  it("a campaign's part and then the whole year in one sentence", () => {
    const text = "瑞安市人民政府关于2023年法治政府建设情况的报告\n“宪法宣传周”期间集中开展普法宣传活动30场,全年开展普法宣传活动420场。1-12月共排查调处矛盾纠纷3200件。";
    expect(valueMap(extractReport(text))).toMatchObject({ "legal_education.events@area": 420, "mediation.disputes@area": 3200 });
  });
});
