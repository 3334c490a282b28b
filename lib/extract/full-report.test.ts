import { describe, expect, it } from "vitest";
import { extractReport } from "./rules-engine";
import { valueMap } from "./testing";

// A whole report in the usual shape, written for this test (no sample's sentences): the values
// stand among the figures every report also has (GDP, 政务服务, 12345, 信访, exams, training in
// 人次), and only the values may come out.
const REPORT = `宜春市袁州区人民政府关于2022年法治政府建设情况的报告
发布时间:2023-03-15 来源:袁州区司法局
2022年,袁州区坚持以习近平法治思想为指导,全区地区生产总值增长6.5%,法治政府建设取得新成效。现将有关情况报告如下:
一、2022年法治政府建设主要举措和成效
(一)深化“放管服”改革。全年办理政务服务事项12.3万件,审批时限平均压缩60%,完成“证照分离”改革事项156项。办理12345热线工单3.2万件,办结率99.8%,信访事项及时受理率100%。
(二)健全依法决策机制。区政府出台行政规范性文件7件,报送市政府备案7件,备案率100%。全年对区政府重大决策、规范性文件、合同协议等进行合法性审查235件。全面清理规范性文件86件,废止9件。聘请法律顾问9名,全区公职律师达到67名。区政府常务会议会前学法21次。
(三)严格规范公正文明执法。全区共有执法证件持证人员1,234人,组织312人参加行政执法人员资格考试,通过率89%。培训行政执法人员1,560人次,评查行政执法案卷420卷,发现问题案卷35卷。
(四)化解矛盾纠纷。全年共收到行政复议申请132件,受理118件,审结109件,纠错率13.6%。全区发生行政诉讼案件98件,同比下降8.4%,行政机关负责人出庭应诉率100%,败诉率4.1%。全区共有人民调解委员会186个,人民调解员1,102名,全年调解矛盾纠纷4,567件,调解成功4,512件,调解成功率98.8%。办理法律援助案件560件,矛盾纠纷排查化解率98%。
(五)普法与公开。开展“八五”普法宣传活动260余场次,组织旁听庭审活动3次。主动公开政府信息8,900余条,受理依申请公开126件。办理人大代表建议86件、政协委员提案112件,办结率均为100%。
二、存在的问题
基层法治力量薄弱,全区仅有专职法制审核人员23人。
三、2023年工作打算
力争行政复议纠错率保持在15%以内,开展普法活动300场次以上,行政机关负责人出庭应诉率保持100%。
袁州区人民政府
2023年3月10日`;

describe("a whole report among ordinary figures", () => {
  const facts = extractReport(REPORT);

  it("reads what it is", () => {
    expect(facts.jurisdiction?.name).toBe("袁州区");
    expect(facts.year).toBe(2022);
    expect(facts.kind).toBe("annual_report");
  });

  it("finds exactly the catalogue's values", () => {
    expect(valueMap(facts)).toEqual({
      "normative_docs.issued@own": 7,
      "normative_docs.filed@own": 7,
      "legality_review.items@own": 235,
      "legal_advisors.count@own": 9,
      "public_lawyers.count@area": 67,
      "enforcement.case_files_reviewed@area": 420,
      "reconsideration.received@own": 132,
      "reconsideration.accepted@own": 118,
      "reconsideration.concluded@own": 109,
      "reconsideration.correction_rate@own": 13.6,
      "litigation.cases@area": 98,
      "litigation.head_appearance_rate@area": 100,
      "litigation.loss_rate@area": 4.1,
      "mediation.committees@area": 186,
      "mediation.mediators@area": 1102,
      "mediation.disputes@area": 4567,
      "mediation.resolved@area": 4512,
      "mediation.success_rate@area": 98.8,
      "legal_education.events@area": 260,
      "transparency.disclosures@area": 8900,
      "transparency.requests@area": 126,
      "supervision.npc_proposals@own": 86,
      "supervision.cppcc_proposals@own": 112,
    });
    expect(facts.warnings).toEqual([]);
  });

  it("keeps approximations and evidence", () => {
    expect(facts.indicators.find((v) => v.key === "transparency.disclosures")).toMatchObject({ approx: true, evidence: "主动公开政府信息8,900余条" });
    for (const v of facts.indicators) expect(REPORT.slice(v.start, v.end)).toBe(v.evidence);
  });
});

// A city's report: the whole city's figures, the city government's own (其中市政府本级…), courts
// and departments that are not the government, and a city total of advisers with departments.
const CITY_REPORT = `泉州市人民政府关于2021年度法治政府建设情况的报告
2021年,全市各级行政复议机关共收到行政复议申请3,256件,同比增长8.6%,依法受理2,987件,审结2,845件,综合纠错率11.2%。其中,市政府本级收到行政复议申请412件,受理376件,审结350件。
全市行政机关负责人出庭应诉率为95.3%,行政诉讼败诉率为6.8%。全市法院受理一审行政案件2,134件。
市本级制定行政规范性文件23件,全部报省政府和市人大常委会备案。市县两级政府及其部门共聘请法律顾问1,200余名,全市公职律师总数达1,560名。市市场监管局聘请法律顾问5名。
全市各级行政执法机关共评查案卷8,600卷。全市开展各类普法宣传活动1.2万场次,受众300余万人次。
全市共有人民调解组织4,560个,人民调解员2.3万名。市政府门户网站发布政府信息4.5万条。市政府承办人大代表建议182件,政协提案256件。`;

describe("a city's report", () => {
  it("keeps the city's own and the whole city's figures apart, and leaves courts and departments out", () => {
    expect(valueMap(extractReport(CITY_REPORT))).toEqual({
      "reconsideration.received@area": 3256,
      "reconsideration.accepted@area": 2987,
      "reconsideration.concluded@area": 2845,
      "reconsideration.correction_rate@area": 11.2,
      "reconsideration.received@own": 412,
      "reconsideration.accepted@own": 376,
      "reconsideration.concluded@own": 350,
      "litigation.head_appearance_rate@area": 95.3,
      "litigation.loss_rate@area": 6.8,
      "normative_docs.issued@own": 23,
      "legal_advisors.count@area": 1200,
      "public_lawyers.count@area": 1560,
      "enforcement.case_files_reviewed@area": 8600,
      "legal_education.events@area": 12000,
      // 人民调解组织 N个 is the committees' count (docs/indicators.md, "Rules settled from real text")
      "mediation.committees@area": 4560,
      "mediation.mediators@area": 23000,
      "transparency.disclosures@area": 45000,
      "supervision.npc_proposals@own": 182,
      "supervision.cppcc_proposals@own": 256,
    });
  });
});
