import { describe, expect, it } from "vitest";
import { extractReport } from "./index";
import { valueMap } from "./testing";

// What a figure without words of its own speaks of: the section heading above it (through
// sub-headings that name nothing), and whose figures the text said they were where it first
// named them. Texts from real pages (data/real, tune half).
describe("sections and the text's own subject", () => {
  it("a section heading's topic reaches through a sub-heading that names none (openings/035)", () => {
    const text = [
      "一、行政复议案件情况",
      "(一)基本情况",
      "2023年,区政府共收到行政复议申请1113件,较2022年558件增加了555件,同比增长99.5%。受理1033件,其中,决定维持435件,驳回申请136件。直接纠错236件,纠错率24.2%,以调解、和解等方式结案170件。",
      "二、行政应诉案件情况",
      "全年受理行政应诉案件88件。",
    ].join("\n");
    const v = valueMap(extractReport(`北京市通州区2023年行政复议应诉分析报告\n${text}`));
    expect(v).toMatchObject({ "reconsideration.received@own": 1113, "reconsideration.accepted@own": 1033, "reconsideration.correction_rate@own": 24.2 });
    // the next section's figure is not reconsideration
    expect(Object.keys(v).filter((k) => k.startsWith("reconsideration.accepted"))).toHaveLength(1);
  });

  it("a notice that opens on the whole area's bodies keeps that subject for its unnamed figures (pages/229)", () => {
    const text =
      "2021年重庆市行政复议与行政诉讼新闻发布会\n谢建军介绍,2021年度重庆市各级行政复议机关共办理行政复议案件6813件,同比增长65%,创历史新高。\n审结行政复议案件5828件。\n以确认违法、撤销、变更、责令履行等直接纠错639件,直接纠错率为10.97%。";
    expect(valueMap(extractReport(text))).toMatchObject({ "reconsideration.concluded@area": 5828, "reconsideration.correction_rate@area": 10.97 });
  });

  it("a breakdown (其中市政府收到…) does not become the text's subject (pages/209)", () => {
    const text =
      "2018年珠海市行政复议、行政应诉案件统计报告\n1.申请数量情况。全市全年共收到行政复议案件1262件,比2017年的824件增加约438件。其中,市政府收到1197件,区政府收到65件。\n3.审结情况。本期新收案件中受理1243件,上期结转126件,合计审理案件1369件。其中,已审结案件1148件。";
    const v = valueMap(extractReport(text));
    expect(v["reconsideration.received@area"]).toBe(1262);
    expect(Object.keys(v).some((k) => k.endsWith("@own") && k.startsWith("reconsideration.accepted"))).toBe(false);
  });
});

describe("a summary with the next year's plan (gathered/444)", () => {
  it("a title naming both opens no plan: the year's figures before the plan's heading stand, the plan's are targets", () => {
    const text =
      "某区司法局2018年工作总结与2019年工作计划\n一、2018年工作总结\n全区建立各级人民调解委员会164个,人民调解员共446名。\n二、2019年工作计划\n全区新建人民调解委员会20个。";
    expect(valueMap(extractReport(text))).toEqual({ "mediation.committees@area": 164, "mediation.mediators@area": 446 });
  });
});

describe("the place by its own name as a subject (gathered/434)", () => {
  it("2020年,浙江省收到… is the whole province's; 浙江省人民政府… is the government's own", () => {
    const text = "浙江省2020年行政复议工作情况\n2020年,浙江省收到行政复议申请12338件。浙江省人民政府收到行政复议申请281件。";
    expect(valueMap(extractReport(text))).toEqual({ "reconsideration.received@area": 12338, "reconsideration.received@own": 281 });
  });

  it("a headline's place right before its figure (北京973件人大代表建议按期办结) is the whole place (gathered/1199)", () => {
    const text = "北京> 正文\n\n北京973件人大代表建议按期办结 超九成获采纳或推进\n\n2025-12-31 13:19 千龙网\n北京市人大常委会2025年代表建议办理情况:市人大代表共提出建议973件,目前已全部依法按期办结。";
    expect(valueMap(extractReport(text))).toEqual({ "supervision.npc_proposals@area": 973 });
  });
});
