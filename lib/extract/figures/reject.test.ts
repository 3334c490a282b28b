import { describe, expect, it } from "vitest";
import { extractReport } from "../index";
import { valueMap } from "../testing";

// Reasons a figure is turned down, on sentences from real pages (data/real, tune half).
describe("several years together, or the year itself", () => {
  it("一年来 (over the past year) is the year reported on, not several years (gathered/483)", () => {
    const text =
      "济源市人民政府关于2025年人大代表建议办理情况的报告\n经过一年来的共同努力,142件人大议案与建议均按照要求进行办理,并向代表做了答复,见面率、办复率均为100%。";
    expect(valueMap(extractReport(text))).toEqual({ "supervision.npc_proposals@own": 142 });
  });

  it("a clause that names the year again (全年共…) speaks of that year, whatever span an earlier clause opened", () => {
    const text =
      "某某县人民政府关于2023年法治政府建设情况的报告\n党的十八大以来,全县共调解纠纷5万件,全年调解纠纷1.2万件。去年以来,县司法局深入开展“八五”普法,全年共开展各类普法活动600余场次。";
    expect(valueMap(extractReport(text))).toEqual({ "mediation.disputes@area": 12000, "legal_education.events@area": 600 });
  });

  it("a span of years opening the sentence (五年,…) governs its flows; a stock there stands at the span's end (gathered/685)", () => {
    const text = "青海省司法行政工作综述\n五年,修改地方性法规24部,备案审查各类规范性文件964件;\n五年,全省专兼职调解员达2.5万余名,调解纠纷14万件。";
    expect(valueMap(extractReport(text))).toEqual({ "mediation.mediators@area": 25000 });
  });

  it("十年来 and 近三年来 still span several years", () => {
    const text = "某某县人民政府关于2023年法治政府建设情况的报告\n近三年来共调解矛盾纠纷12345件。十年来共调解纠纷5万件。一年来,全县调解矛盾纠纷2345件。";
    expect(valueMap(extractReport(text))).toEqual({ "mediation.disputes@area": 2345 });
  });
});

describe("a group of people's own work", () => {
  it("mediators mediating are the area's mediation, not a group's own work", () => {
    const text =
      "嵊州市司法局2023年人民调解工作情况\n2023年,全市1256个人民调解组织、4321名人民调解员共排查矛盾纠纷8900余次,调解矛盾纠纷6543件,调解成功6500件,调解成功率99.3%。";
    expect(valueMap(extractReport(text))).toEqual({
      "mediation.committees@area": 1256,
      "mediation.mediators@area": 4321,
      "mediation.disputes@area": 6543,
      "mediation.resolved@area": 6500,
      "mediation.success_rate@area": 99.3,
    });
  });

  it("public lawyers' own work stays theirs (gathered/401)", () => {
    const text = "西安市30名公职律师参与审查行政决策27件\n2017-10-23 来源:西安新闻网\n目前,西安市30名公职律师参与审查行政决策27件,办理行政复议案件52件、行政诉讼案件69件。";
    expect(valueMap(extractReport(text))["litigation.cases@area"]).toBeUndefined();
  });
});

describe("a topic's subset, or the year's setting", () => {
  it("面对新冠肺炎疫情 frames the year's work; 涉疫 disputes are a subset", () => {
    const title = "嵊州市人民政府关于2020年法治政府建设情况的报告\n";
    expect(valueMap(extractReport(`${title}面对新冠肺炎疫情,全市人民调解组织共调解矛盾纠纷5678件,调解成功5600件。`))).toEqual({
      "mediation.disputes@area": 5678,
      "mediation.resolved@area": 5600,
      "mediation.success_rate@area": 98.63,
    });
    expect(valueMap(extractReport(`${title}疫情防控中,全市共调解涉疫矛盾纠纷1200件。`))).toEqual({});
  });
});

describe("a text that tells no year", () => {
  it("gives its stocks but not its flows: a count with no period is no year's value (gathered/664)", () => {
    const text =
      "如东县司法局推出四维工作法\n县司法局立足职能定位,全面提升纠纷化解效能。全县各级调解组织共受理纠纷10199件,调解成功10168件,调处成功率99.7%。全县现有人民调解员1281人。";
    expect(valueMap(extractReport(text))).toEqual({ "mediation.mediators@area": 1281 });
  });

  it("keeps a flow that says it is a whole year's (全年), though the year is not named (gathered/707)", () => {
    const text = "人民调解工作情况\n全省共有人民调解员18.47万人,全年共化解矛盾纠纷417242件,调解成功410942件。";
    const values = valueMap(extractReport(text));
    expect(values["mediation.resolved@area"]).toBe(410942);
    expect(values["mediation.mediators@area"]).toBe(184700);
  });

  it("the same flow is a value once the text names its year", () => {
    const text = "如东县司法局2023年人民调解工作总结\n2023年,全县各级调解组织共受理纠纷10199件,调解成功10168件。";
    expect(valueMap(extractReport(text))["mediation.disputes@area"]).toBe(10199);
  });
});

describe("今年以来: the year, or the year so far", () => {
  it("in a news item written during the year it is the year so far, a part of it (gathered/445)", () => {
    const text =
      "河北区扎实推进人民调解工作\n发布日期:2017-12-19\n今年以来,河北区开展矛盾纠纷排查648次,调处矛盾纠纷2198件,调解成功2195件。全区现有人民调解委员会110个。";
    expect(valueMap(extractReport(text))).toEqual({ "mediation.committees@area": 110 });
  });

  it("so is 2025年以来 in a news item of November 2025, and 今年来 (gathered/422)", () => {
    const text = "顺义区召开人民调解工作新闻发布会\n发布日期:2025-11-18\n2025年以来,全区已调解矛盾纠纷超1万件。今年来,全区调解成功9800件。";
    expect(valueMap(extractReport(text))).toEqual({});
  });

  it("a news item of the year's last week looks back on it (pages/242)", () => {
    const text = "巴南区司法局三举措推进合法性审查工作\n日期:2024-12-31\n2024年以来共审查各类涉法事项640余件。";
    expect(valueMap(extractReport(text))["legality_review.items@own"]).toBe(640);
  });

  it("累计 after 今年以来 in a report on the year is the year's total (gathered/1183)", () => {
    const text = "哈尔滨市呼兰区人民政府关于2023年法治政府建设情况的报告\n今年以来,累计发布政府规范性文件4件。";
    expect(valueMap(extractReport(text))["normative_docs.issued@own"]).toBe(4);
  });

  it("in a report on the year it is that year (gathered/633)", () => {
    const text = "某某县2020年政府信息公开工作年度报告\n今年以来,我县通过政府网站等渠道主动公开各类政府信息12190条。";
    expect(valueMap(extractReport(text))["transparency.disclosures@area"]).toBe(12190);
  });
});

describe("a category inside a key", () => {
  it("contracts reviewed alone are one category of legality reviews, not their count (gathered/592, 608)", () => {
    const text = "某某市人民政府关于2023年法治政府建设情况的报告\n2023年,市政府法律顾问审查合同23份。全年审核各类合同6件。";
    expect(valueMap(extractReport(text))["legality_review.items@own"]).toBeUndefined();
  });

  it("a review of decisions, documents and contracts together is the count (openings/003)", () => {
    const text = "某某市人民政府关于2023年法治政府建设情况的报告\n2023年,审查市政府重大行政决策、行政规范性文件及合同协议等286件。";
    expect(valueMap(extractReport(text))["legality_review.items@own"]).toBe(286);
  });
});

describe("a stock counted on a day of the year", () => {
  it("stands: 截至9月22日 makes a flow a part of the year, not a stock (gathered/983)", () => {
    const text = "安徽公职律师队伍不断壮大\n日期:2022-09-29\n截至9月22日,全省有律师25099人,其中公职律师5813人。截至9月底,全省办理法律援助案件3.2万件。";
    expect(valueMap(extractReport(text))).toEqual({ "public_lawyers.count@area": 5813 });
  });
});

// rules-2.8.0, from the check half's and the fresh batches' wrong figures (gathered/996, 1182, 1046, 1098, 994)
describe("a span, a day, a share each, an honour", () => {
  it("五年间 and 连续4年 span several years (gathered/996, 1182)", () => {
    const text =
      "某某州司法局2016年人民调解工作情况\n据统计,五年间,全州各级调解组织共排查调处各类矛盾纠纷127452件。连续4年开展矛盾纠纷排查化解专项行动,共排查各类矛盾纠纷100余万件。2016年,全州调解纠纷8000件。";
    expect(valueMap(extractReport(text))).toEqual({ "mediation.disputes@area": 8000 });
  });

  it("one day's flow (活动当天, 全天) is a part of the year (gathered/1046)", () => {
    const text = "某市2021年行政复议开放日活动举行\n活动当天,全天共解答群众咨询200余次,受理复议申请23件。";
    expect(valueMap(extractReport(text))).toEqual({});
  });

  it("so many for each person (每人配备一名) is no count of advisers (gathered/1098)", () => {
    const text = "某区2019年聘请政府法律顾问\n此次聘请8名法律专家为区政府法律顾问,新一届区政府领导可实现每人配备一名法律顾问。";
    expect(valueMap(extractReport(text))["legal_advisors.count@own"]).not.toBe(1);
  });

  it("committees honoured (司法部决定授予…称号) are some of them, not the committees (gathered/994)", () => {
    const text = "某区2023年人民调解工作\n司法部决定授予299个人民调解委员会“全国模范人民调解委员会”称号。2023年,全区共有人民调解委员会120个。";
    expect(valueMap(extractReport(text))).toEqual({ "mediation.committees@area": 120 });
  });
});

describe("a flow in a text that tells no year (gathered/1262)", () => {
  it("年度 naming a list (年度重大行政决策事项目录) does not say the flow is a whole year's; 全年 does", () => {
    const text = "法治政府建设亮点\n起草省政府年度重大行政决策事项目录,审查省市县三级各类规范性文件1.62万件。全年共审查规范性文件320件。";
    expect(Object.values(valueMap(extractReport(text)))).not.toContain(16200);
  });
});

describe("what was not done (pages/244)", () => {
  it("未审结19件 is no concluded count", () => {
    const text = "某市2020年行政复议工作情况\n2020年,全市各级行政复议机关共审结行政复议案件79件,未审结19件。";
    expect(valueMap(extractReport(text))).toEqual({ "reconsideration.concluded@area": 79 });
  });
});
