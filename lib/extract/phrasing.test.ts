import { describe, expect, it } from "vitest";
import { CITY_TITLE, DISTRICT_TITLE, PROVINCE_TITLE, extractBody } from "./testing";

// Sentences written the way reports from other provinces put them (not copied from the labelled
// samples): each row is the full set of values expected, so an extra value fails as surely as a
// missing one.
describe("typical wording from other places", () => {
  it.each([
    [
      "a county's reconsideration year in one sentence",
      "2023年,全县共收到行政复议申请56件,受理52件,审结49件,综合纠错率15.4%。",
      undefined,
      {
        "reconsideration.received@area": 56,
        "reconsideration.accepted@area": 52,
        "reconsideration.concluded@area": 49,
        "reconsideration.correction_rate@area": 15.4,
      },
    ],
    [
      "litigation cases with the head-appearance and win rates",
      "办理行政应诉案件123件,行政机关负责人出庭应诉率100%,胜诉率95.1%。",
      undefined,
      { "litigation.cases@area": 123, "litigation.head_appearance_rate@area": 100, "litigation.win_rate@area": 95.1 },
    ],
    [
      "mediation counts with thousands separators (rate derived)",
      "全县共调解矛盾纠纷1,234件,调解成功1,200件。",
      undefined,
      { "mediation.disputes@area": 1234, "mediation.resolved@area": 1200, "mediation.success_rate@area": 97.24 },
    ],
    [
      "committees and mediators in one list",
      "全县现有人民调解委员会215个、人民调解员1,320名。",
      undefined,
      { "mediation.committees@area": 215, "mediation.mediators@area": 1320 },
    ],
    [
      "advisers of the government, lawyers of the area",
      "县政府共聘请法律顾问12名,全县现有公职律师45名。",
      undefined,
      { "legal_advisors.count@own": 12, "public_lawyers.count@area": 45 },
    ],
    [
      "disclosure in 万 with 余, and requests",
      "全年主动公开政府信息1.2万余条,办理依申请公开事项86件。",
      undefined,
      { "transparency.disclosures@area": 12000, "transparency.requests@area": 86 },
    ],
    [
      "the government's own normative documents",
      "县政府全年制定行政规范性文件8件,均按规定报送市政府备案。",
      undefined,
      { "normative_docs.issued@own": 8 },
    ],
    [
      "legality review of a list of document kinds",
      "全年审查县政府重大行政决策、行政规范性文件及合同协议等286件。",
      undefined,
      { "legality_review.items@own": 286 },
    ],
    [
      "case files reviewed after a heading clause",
      "开展行政执法案卷评查,共评查案卷560卷,发现问题89个。",
      undefined,
      { "enforcement.case_files_reviewed@area": 560 },
    ],
    [
      "officers trained, number before the noun",
      "组织全县1,100名行政执法人员参加公共法律知识培训。",
      undefined,
      { "enforcement.officers_trained@area": 1100 },
    ],
    [
      "普法 events with 余 and 场次",
      "开展“宪法宣传周”“民法典宣传月”等主题普法活动320余场次。",
      undefined,
      { "legal_education.events@area": 320 },
    ],
    [
      "NPC suggestions and CPPCC proposals in one list",
      "全年办理人大代表建议92件、政协提案115件,办结率100%。",
      undefined,
      { "supervision.npc_proposals@own": 92, "supervision.cppcc_proposals@own": 115 },
    ],
    [
      "a city's own reconsideration and its whole area's",
      "市政府本级收到行政复议申请312件,依法受理278件,审结265件。全市各级行政复议机关共收到行政复议申请1,560件。",
      CITY_TITLE,
      {
        "reconsideration.received@own": 312,
        "reconsideration.accepted@own": 278,
        "reconsideration.concluded@own": 265,
        "reconsideration.received@area": 1560,
      },
    ],
    [
      "a city's own normative documents and the whole city's",
      "市政府发布规范性文件6件,全市各级政府制定规范性文件35件。",
      CITY_TITLE,
      { "normative_docs.issued@own": 6, "normative_docs.issued@area": 35 },
    ],
    [
      "a province's mediation figures in 万",
      "全省各级人民调解组织共调解矛盾纠纷32.6万件,调解成功率达98.2%。",
      PROVINCE_TITLE,
      { "mediation.disputes@area": 326000, "mediation.success_rate@area": 98.2 },
    ],
    [
      "a district's litigation with a year-over-year change beside it",
      "全区发生行政诉讼案件215件,同比下降12.3%,行政机关负责人出庭应诉率98.6%,较上年提高10个百分点。",
      DISTRICT_TITLE,
      { "litigation.cases@area": 215, "litigation.head_appearance_rate@area": 98.6 },
    ],
    [
      "carried-over cases in brackets",
      "区政府收到行政复议申请88件,依法受理81件(另有上年结转9件),审结83件。",
      DISTRICT_TITLE,
      {
        "reconsideration.received@own": 88,
        "reconsideration.accepted@own": 81,
        "reconsideration.carried_over@own": 9,
        "reconsideration.concluded@own": 83,
      },
    ],
    [
      "新收 (received, as the catalogue says), 直接纠错 and a conclusion rate",
      "全年新收行政复议案件85件,审结80件,直接纠错12件,结案率94.1%,纠错率15%,结转下年度审理5件。",
      undefined,
      {
        "reconsideration.received@own": 85,
        "reconsideration.concluded@own": 80,
        "reconsideration.conclusion_rate@own": 94.1,
        "reconsideration.correction_rate@own": 15,
        "reconsideration.carried_over@own": 5,
      },
    ],
    [
      "litigation written with 共计, and the three court rates",
      "全县行政机关应诉案件共计356件,行政诉讼案件败诉率为3.5%,生效裁判履行率100%。",
      undefined,
      { "litigation.cases@area": 356, "litigation.loss_rate@area": 3.5, "litigation.judgment_fulfillment_rate@area": 100 },
    ],
    [
      "documents issued in the government's name, reviewed and filed",
      "以县政府名义印发规范性文件3件,审核县政府及县政府办公室规范性文件12件,报请市政府备案的规范性文件3件。",
      undefined,
      { "normative_docs.issued@own": 3, "legality_review.items@own": 12, "normative_docs.filed@own": 3 },
    ],
    [
      "people counted with 人数达到, events named by their theme",
      "公职律师人数达到38名,组织开展宪法宣传活动45场,通过政府门户网站主动公开信息2,345条,收到依申请公开申请56件。",
      undefined,
      {
        "public_lawyers.count@area": 38,
        "legal_education.events@area": 45,
        "transparency.disclosures@area": 2345,
        "transparency.requests@area": 56,
      },
    ],
    [
      "counts named as 数/量 rather than by a verb",
      "行政复议申请量达到215件,行政复议案件受理数为198件,行政诉讼案件数量为45件,共有人民调解员3,256人。",
      undefined,
      {
        "reconsideration.received@own": 215,
        "reconsideration.accepted@own": 198,
        "litigation.cases@area": 45,
        "mediation.mediators@area": 3256,
      },
    ],
    [
      "training, disclosure and 普法 in other words",
      "培训行政执法人员2,300余人,向社会公开政府信息1.5万条,开展法治宣传教育活动560场。",
      undefined,
      { "enforcement.officers_trained@area": 2300, "transparency.disclosures@area": 15000, "legal_education.events@area": 560 },
    ],
    [
      "a level reached (增至) is the value, not a change",
      "全县公职律师增至52名,人民调解员队伍发展到640名。",
      undefined,
      { "public_lawyers.count@area": 52, "mediation.mediators@area": 640 },
    ],
    [
      "a rate raised from last year's level to this year's",
      "行政机关负责人出庭应诉率由上年的80%提高到96.5%。",
      undefined,
      { "litigation.head_appearance_rate@area": 96.5 },
    ],
    [
      "spot-checked case files",
      "抽查行政执法案卷300卷,评查优秀案卷25卷。",
      undefined,
      { "enforcement.case_files_reviewed@area": 300 },
    ],
    [
      "the justice bureau reviews legality for the government",
      "县司法局全年共审查县政府重大行政决策和规范性文件等事项56件。",
      undefined,
      { "legality_review.items@own": 56 },
    ],
    [
      "合法性审查 alone names what is counted",
      "全年共开展合法性审查520件。",
      undefined,
      { "legality_review.items@own": 520 },
    ],
    [
      "排查化解 is handled, 成功化解 is resolved",
      "全县各级调解组织排查化解矛盾纠纷3,210件,成功化解3,150件。",
      undefined,
      { "mediation.disputes@area": 3210, "mediation.resolved@area": 3150, "mediation.success_rate@area": 98.13 },
    ],
    [
      "a campaign week's events are part of the year's",
      "“宪法宣传周”期间集中开展普法宣传活动30场,全年开展普法宣传活动420场。",
      undefined,
      { "legal_education.events@area": 420 },
    ],
    [
      "a breakdown of committees ends where the mediators are counted",
      "全县现有人民调解委员会96个,其中社区调委会60个,人民调解员480名。",
      undefined,
      { "mediation.committees@area": 96, "mediation.mediators@area": 480 },
    ],
    [
      "advisers of the governments and their departments together",
      "全市各级政府及部门共聘请法律顾问2,100余名。",
      CITY_TITLE,
      { "legal_advisors.count@area": 2100 },
    ],
    [
      "a town's breakdown goes on to its own rate: neither is the county's",
      "全县共调解矛盾纠纷2,400件,调解成功2,350件。其中,城关镇人民调解委员会调解纠纷310件,调解成功率100%。",
      undefined,
      { "mediation.disputes@area": 2400, "mediation.resolved@area": 2350, "mediation.success_rate@area": 97.92 },
    ],
    [
      "a police-station mediation room run into the sentence before it",
      "排查各类纠纷3,050件,成功化解2,960件大坪镇派出所驻所调解室调解纠纷279件,成功率97.6%。",
      undefined,
      { "mediation.disputes@area": 3050, "mediation.resolved@area": 2960, "mediation.success_rate@area": 97.05 },
    ],
    [
      "the county government handling its own litigation (政府办理 is not 政府办)",
      "县政府办理行政应诉案件18件,均已按时提交答辩状。",
      undefined,
      { "litigation.cases@own": 18 },
    ],
    [
      "last year's figure in a clause of its own does not make the next clause last year's",
      "全县行政机关共办理行政应诉案件90余件,2022年为89件,行政机关负责人出庭应诉率为96.5%。",
      undefined,
      { "litigation.cases@area": 90, "litigation.head_appearance_rate@area": 96.5 },
    ],
    [
      "a 地区 speaks of itself as 全地区, and of its 行署 as the government",
      "全地区共制发行政规范性文件56件。行署受理行政复议案件156件。",
      "大兴安岭地区行政公署关于2023年法治政府建设情况的报告",
      { "normative_docs.issued@area": 56, "reconsideration.accepted@own": 156 },
    ],
    [
      "quoted campaign names in a list of events",
      "开展“法律进企业”“法律进单位”等普法活动150场次。",
      undefined,
      { "legal_education.events@area": 150 },
    ],
  ] as const)("%s", (_name, body, title, expected) => {
    expect(extractBody(body, { title })).toEqual(expected);
  });
});

describe("figures that are not this year's achievement for the whole jurisdiction", () => {
  it.each([
    ["a target", "力争全年行政复议纠错率达到15%以上,行政机关负责人出庭应诉率保持100%。"],
    ["a year-over-year change alone", "行政应诉案件同比下降12.5%。"],
    ["the previous year's figure", "2022年受理行政复议案件45件。"],
    ["a cumulative span", "近三年来,累计调解矛盾纠纷5,000余件。"],
    ["a breakdown after 其中", "其中,涉及征地拆迁的行政复议申请20件,已审结18件。"],
    ["a town's committee", "城关镇人民调解委员会调解纠纷120件,调解成功118件,成功率98.3%。"],
    ["a department's own cases", "县公安局办理行政案件3,200件,县市场监管局受理投诉举报1,560件。"],
    ["a court's caseload", "县人民法院共受理一审行政诉讼案件156件,审结150件。"],
    ["the government as respondent", "收到以县政府为被申请人的行政复议案件12件,已审结10件。"],
    ["a plan in an annual report", "确保行政复议案件按期办结率达100%。"],
    ["an ordinal", "第3次开展普法宣传活动。"],
    ["study sessions of leaders", "举办习近平法治思想专题学习培训班12场次,领导干部学法活动30场。"],
    ["documents cleaned up", "全面清理行政规范性文件150件,废止12件。"],
    ["a campaign's subset", "疫情期间,审查涉疫文件32件,提供法律意见56条。"],
    ["lawyers in private practice", "全县共有律师事务所12家,执业律师86名,基层法律服务工作者45名。"],
    ["legal aid, notaries and community correction", "法律援助中心受理法律援助案件560件,办理公证1,200件,在册社区矫正对象156名。"],
    ["hotline and petitions", "12345热线受理群众诉求5.6万件,办结率99%,受理群众来信来访1,200件。"],
    ["enforcement bodies and certificates", "全县行政执法单位56个,持证执法人员1,230名,开展“双随机、一公开”抽查326次。"],
    ["corrections decided in reconsideration", "复议机关作出撤销、变更、确认违法等纠错决定35件,行政复议决定被法院撤销1件。"],
    ["talks and honours", "举办“法治大讲堂”12期,评选“民主法治示范村”15个,“八五”普法讲师团成员36名。"],
    ["a court's judicial suggestions", "市中级人民法院发出司法建议12份,全市法院新收行政诉讼案件1,234件。"],
  ])("%s", (_name, body) => {
    expect(extractBody(body)).toEqual({});
  });

  it("the government with its departments is more than the government as one body (gathered/543)", () => {
    expect(extractBody("搭建“1+2+N”法律顾问架构,加强区政府及部门共206名法律顾问管理。", { title: DISTRICT_TITLE })).toEqual({ "legal_advisors.count@area": 206 });
    expect(extractBody("区政府聘请法律顾问6名。", { title: DISTRICT_TITLE })).toEqual({ "legal_advisors.count@own": 6 });
  });

  it("a district report's 全市 figure belongs to the parent city", () => {
    expect(extractBody("全市各级行政复议机关共收到行政复议申请1,560件。", { title: DISTRICT_TITLE })).toEqual({});
  });
});
