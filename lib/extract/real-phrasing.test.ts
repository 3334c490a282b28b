import { describe, expect, it } from "vitest";
import { extractReport } from "./index";
import { valueMap } from "./testing";

// Sentences from real pages in data/real's tune half (the file each came from is named), with
// what the catalogue says they state. Each row is a class of wording, not one document: the rule
// that reads it was checked on the held-back half too.
const cases: [string, string, Record<string, number>][] = [
  [
    "organisations whose breakdown names studios are not the committees' count (gathered/563); studios listed beside them are apart (gathered/409)",
    "铜梁区人民调解工作\n目前,铜梁区共有各类人民调解组织381个,其中市级、区级规范化调委会342个,个人调解工作室4个,行业性专业性调解组织17个。铜梁区现有人民调解员1877人。",
    { "mediation.mediators@area": 1877 },
  ],
  [
    "studios listed beside the organisations, not inside them (gathered/409)",
    "新疆维吾尔自治区人民调解工作\n截至目前,共建立各类人民调解组织14420个、个人调解室168个。",
    { "mediation.committees@area": 14420 },
  ],
  [
    "a sentence opening on 其中 that goes straight on to the next measure states its total (pages/209); one that names a category first is a part",
    "珠海市2018年行政复议和行政应诉工作情况\n一、行政复议工作情况\n2018年,全市全年共收到行政复议案件1262件。\n3.审结情况。本期新收案件中受理1243件,上期结转126件,合计审理案件1369件。其中,已审结案件1148件,未审结案件221件。",
    { "reconsideration.received@area": 1262, "reconsideration.accepted@area": 1243, "reconsideration.carried_over@area": 126, "reconsideration.concluded@area": 1148 },
  ],
  [
    "…纠纷5000件。其中,调解成功4900件: the resolved count is its own key's total; 其中,涉及征地拆迁的… stays a part",
    "嵊州市人民政府关于2023年法治政府建设情况的报告\n全市人民调解组织共调解纠纷5000件。其中,调解成功4900件,调解成功率98%。全年共收到行政复议申请56件。其中,涉及征地拆迁的行政复议申请20件,已审结18件。",
    { "mediation.disputes@area": 5000, "mediation.resolved@area": 4900, "mediation.success_rate@area": 98, "reconsideration.received@own": 56 },
  ],
  [
    "a stock counted 截至目前 is the count standing now, not a running total (gathered/391)",
    "西藏自治区人民调解工作综述\n截至目前,全区共有人民调解组织7077个,专兼职人民调解员4.2万余人,实现了城乡、社区和重点行业领域全覆盖。",
    { "mediation.committees@area": 7077, "mediation.mediators@area": 42000 },
  ],
  [
    "a breakdown in brackets after the figure does not decide what it counts (gathered/449)",
    "内蒙古自治区人民调解工作情况\n全区现有人民调解组织19306个,人民调解员118533人(其中专职人民调解员3000人)。建有交通事故、医疗等行业性专业性人民调解组织1503个,调解员9784人。",
    { "mediation.committees@area": 19306, "mediation.mediators@area": 118533 },
  ],
  [
    "one kind of committee (村(社区)调委会) is a part of all of them (gathered/437)",
    "河北省人民调解工作会议召开\n全省设立村(社区)调委会1.8万个、乡镇(街道)调委会1570个。",
    {},
  ],
  [
    "a total of committees after 实现…全覆盖, with its breakdown (gathered/451)",
    "贵州省人民调解工作情况\n全省已实现乡镇(街道)、村(居)人民调解组织的全覆盖,共建立各级各类人民调解委员会3555个,其中乡镇调委会201个,街道调委会25个。",
    { "mediation.committees@area": 3555 },
  ],
  [
    "the cases concluded, with the corrections among them after 中 (openings/035)",
    "北京市通州区2023年行政复议应诉分析报告\n(三)纠错情况\n区政府审结的复议案件977件中直接纠错236件,纠错率约为24%。",
    { "reconsideration.concluded@own": 977 },
  ],
  [
    "a meeting in 2020 reviewing 2019's handling of proposals: the figures are 2019's, and the headline is no plan (pages/231)",
    "南县召开2020年县政府系统人大代表建议和政协委员提案办理工作会议\n发布时间:2020-04-22 15:12 信息来源:南县人民政府\n4月21日,我县召开2020年县政府系统人大代表建议和政协委员提案办理工作会议。\n会上,回顾总结了2019年县人大代表建议、政协委员提案办理情况,安排部署2020年相关工作。2019年,县政府系统共承办人大代表建议49件、政协委员提案66件。其中,已解决或正在解决的74件,占64.25%。",
    { "supervision.npc_proposals@own": 49, "supervision.cppcc_proposals@own": 66 },
  ],
  [
    "the noun after the number, and 我区 as the whole district (gathered/479)",
    "重庆市梁平区政协提案办理工作综述\n2024年我区257件政协提案全部按时办结,办复率100%。",
    { "supervision.cppcc_proposals@area": 257 },
  ],
  [
    "人大议案 alone are bills, not the suggestions the key counts (gathered/483)",
    "济源市人民政府关于人大议案建议办理情况的通报\n2025年,政府系统共承办人大议案3件、重点建议12件。",
    {},
  ],
  [
    "requests counted with the noun after the number (gathered/471)",
    "江油市人民政府2022年政府信息公开工作年度报告\n2022年,我市共收到10件依申请公开请求,均按时答复。",
    { "transparency.requests@area": 10 },
  ],
  [
    "this year's new requests, told apart from last year's carried over (gathered/475)",
    "城中区2024年政府信息公开工作年度报告\n2024年,结转上年后新收到依申请公开事项47件。",
    { "transparency.requests@area": 47 },
  ],
  [
    "a headline's ten years (10年排查化解…) are several years together (pages/235)",
    "福建省打造多个调解品牌 10年排查化解矛盾纠纷150多万件\n23日,记者从新闻发布会获悉。",
    {},
  ],
  [
    "a review counted before the list of what was reviewed (openings/003)",
    "北京市人民政府关于2019年法治政府建设情况的报告\n全年完成287件市政府重大行政决策事项、行政规范性文件和相关协议的合法性审查。",
    { "legality_review.items@own": 287 },
  ],
  [
    "opinions issued on the government's decisions, each an item reviewed (gathered/405)",
    "井研县人民政府关于2019年法治政府建设情况的报告\n全年为县政府重要行政决策事项出具合法性审查意见书160份。",
    { "legality_review.items@own": 160 },
  ],
  [
    "documents issued and published in the government's name (gathered/473)",
    "龙游县人民政府关于2023年法治政府建设情况的报告\n以县政府和县政府办公室名义印发并公开的行政规范性文件17件。",
    { "normative_docs.issued@own": 17 },
  ],
  [
    "departments and towns file with the government; the review's outcomes are parts (gathered/485)",
    "乐清市人民政府关于2020年法治政府建设情况的报告\n市政府部门及乡镇人民政府(街道办事处)向市司法局报送备案规范性文件38件,直接准予备案36件,通知制定机关改正后准予备案的2件。",
    { "normative_docs.filed@own": 38 },
  ],
  [
    "documents filed, the noun after the number (gathered/487)",
    "彭阳县人民政府关于2018年法治政府建设情况的报告\n3件政府规范性文件全部向市政府和县人大分别备案。",
    { "normative_docs.filed@own": 3 },
  ],
  [
    "the party's documents with the government's are not the government's legality review (gathered/495)",
    "山东省人民政府关于2023年法治政府建设情况的报告\n全省各级合法性审核机构审核党委、政府重要政策文件2.04万件。",
    {},
  ],
  [
    "去年 in a notice published the next year is its year; the total's rate after a breakdown is the total's (pages/205)",
    "陕西省去年收到行政复议申请2371件申请人总数达6207人\n西安商报 2017-04-21 06:02\n本报讯 记者获悉,省政府法制办近日公布了2016年全省行政复议和行政应诉案件统计分析报告,全省各级行政复议机关去年共收到行政复议申请2371件,申请人总数6207人。\n2016年,全省各级行政复议机关直接纠错的案件有374件,其中确认违法70件,撤销209件,变更10件,责令履行85件,直接纠错率为20%,纠错率逐年上升。",
    { "reconsideration.received@area": 2371, "reconsideration.correction_rate@area": 20 },
  ],
  [
    "committees of one tier or one standard, and one grade of mediators, are parts (gathered/549, 571)",
    "内蒙古自治区人民调解工作情况\n推动全区建立苏木乡镇(街道)标准化人民调解组织308个,评定一级调解员535名。全县共建立县级人民调解委员会1个。",
    {},
  ],
  [
    "mediators graded (评定等级调解员) are some of the mediators, not their count (gathered/422, 450)",
    "汉中市人民调解工作综述\n全市共评定等级调解员2783名,吸纳优秀人民调解员3983名。",
    {},
  ],
  [
    "organisations counted with the noun after the number (gathered/553, 557)",
    "南京市人民调解工作综述\n目前南京市共有1500余个人民调解组织,覆盖全市。",
    { "mediation.committees@area": 1500 },
  ],
  [
    "the year's total of disclosures over one channel's counts (gathered/605)",
    "武汉市硚口区2015年政府信息公开工作年度报告\n全年主动公开政府信息10178条。二是通过硚口信息网向社会主动公开信息10033条,三是通过政务微博公开政务信息70条。",
    { "transparency.disclosures@area": 10178 },
  ],
  [
    "a 司法局's report: the legality review it does for the government is the government's (gathered/565)",
    "紫金县司法局2025年法治政府建设工作报告\n全年共收到审查事项149件,其中审查行政规范性文件17件。",
    { "legality_review.items@own": 149 },
  ],
  [
    "其中 after another key's total is no part of this key (pages/205, gathered/555)",
    "安徽省律师队伍情况\n全省有律师9923人,其中专职律师8515人、兼职律师413人、法律援助律师178人、公职律师802人、公司律师15人。",
    { "public_lawyers.count@area": 802 },
  ],
  [
    "one category of cases is a part; its mediators in a team (pages/219, gathered/409)",
    "杭州市滨江区2020年行政复议行政应诉案件统计分析报告\n2020年,全区新收行政复议案件88件,受理59件。今年受理治安管理类案件13件,占案件总数的22.0%。全区建成一支6万余人的人民调解员队伍。",
    { "reconsideration.received@area": 88, "reconsideration.accepted@area": 59, "mediation.mediators@area": 60000 },
  ],
  [
    "a sentence with no figure says whose figures follow (gathered/501)",
    "宣城市2022年度行政复议行政应诉案件办理情况统计分析报告\n根据《条例》第三条第六项的规定,我办组织全市各级行政复议与应诉机构,对2022年度行政复议行政应诉案件办理情况进行了统计分析。\n2022年审结行政复议案件304件,直接纠错率22.7%。",
    { "reconsideration.concluded@area": 304, "reconsideration.correction_rate@area": 22.7 },
  ],
  [
    "the 司法局 answering suits for the county government: the government's own (openings/037)",
    "秀山县司法局获全国表彰\n2024年,该县司法局办理行政复议案件63件,办结54件;办理行政应诉案件42件,其中审结30件。",
    { "reconsideration.concluded@own": 54, "litigation.cases@own": 42 },
  ],
  [
    "one month's figures are a part of the year (gathered/559)",
    "黄石市司法局 我市八月份矛盾纠纷排查化解工作要情\n8月份,全市各类人民调解组织共受理纠纷869件,调解成功842件,调解成功率96.9%。",
    {},
  ],
  [
    "committees that reached a standard are a part of all of them (pages/245)",
    "宁阳县人民调解工作综述\n全县532个调委会达到了“六有五统一”标准,占全部调委会的88%。",
    {},
  ],
  [
    "the organs' appearance rate beside the 司法局's own suits stays the whole area's (openings/037)",
    "秀山县司法局获全国表彰\n2024年,该县司法局办理行政应诉案件42件,其中审结30件。行政机关负责人出庭应诉率达100%。",
    { "litigation.cases@own": 42, "litigation.head_appearance_rate@area": 100 },
  ],
  [
    "从被申请人情况看 breaks all cases down by respondent; the cases concluded after it are the year's (gathered/521)",
    "赤峰市2019年行政复议工作情况\n全市各级行政复议机关共收到行政复议申请452件。从被申请人情况看,乡镇政府36件,县政府130件。从审理结果看,全年共审结422件(包括2018年结转案件),综合纠错率为20.1%。",
    { "reconsideration.received@area": 452, "reconsideration.concluded@area": 422, "reconsideration.correction_rate@area": 20.1 },
  ],
  [
    "a rate that fell to a level (败诉率下降至16.4%), a change without 至 is no level (pages/203)",
    "社旗县人民法院2016年行政审判白皮书\n2016年,行政机关败诉率逐年下降,败诉率下降至16.4%;撤诉率上升至22.9%;出庭应诉率下降5.2%。",
    { "litigation.loss_rate@area": 16.4 },
  ],
  [
    "suits brought, counted as 一审案件有N件 (pages/219)",
    "杭州市滨江区2020年行政复议行政应诉案件统计分析报告\n2020年全区因公民、法人和其他组织不服行政机关具体行政行为提起行政诉讼的新收一审案件有73件,结案118件。",
    { "litigation.cases@area": 73 },
  ],
  [
    "a group of people's own work, and 民商事 suits, are not the place's (gathered/401)",
    "西安市30名公职律师参与审查…\n2017年,西安市30名公职律师参与审查行政决策27件,办理行政复议案件52件、行政诉讼案件69件、民商事诉讼案件11件。",
    {},
  ],
  [
    "committees set up in departments are a kind of committee (gathered/451)",
    "海南省人民调解工作情况\n全省共建立各级各类人民调解委员会3555个,设在公安、法院、信访及其他部门的调委会12个。",
    { "mediation.committees@area": 3555 },
  ],
  [
    "a year compared with (比2015年上升) and a year in an aside (包括2018年结转案件) set no year for the figures after them (pages/203, gathered/521)",
    "2016年度社旗法院行政案件司法审查报告\n2016年,行政机关负责人出庭应诉率为84.8%,比2015年上升13.4%;败诉率下降至16.4%。全年共审结行政复议案件422件(包括2015年结转案件),综合纠错率为20.1%。",
    { "litigation.head_appearance_rate@area": 84.8, "litigation.loss_rate@area": 16.4, "reconsideration.concluded@own": 422, "reconsideration.correction_rate@own": 20.1 },
  ],
  [
    "a clause that names the whole area is the area's, though the sentence opened on a higher office's requirements (gathered/803)",
    "平潭综合实验区2023年度政府信息公开工作年度报告\n(一)主动公开方面平潭综合实验区切实落实国务院办公厅、省政府办公厅关于政务公开工作有关要求,坚持应公开尽公开,2023年全区共主动公开政府信息13561条。",
    { "transparency.disclosures@area": 13561 },
  ],
  [
    "the government's office as the subject is the office, not the government; the government with its office is the government (gathered/881, 889, 879; data/real/gathered/473)",
    "某市2023年政府信息公开工作年度报告\n2023年市人民政府办公室收到政府信息公开申请信件22件。榕城区政府办公室对外主动公开信息总计130条。全区依申请公开办件21件。",
    { "transparency.requests@area": 21 },
  ],
  [
    "the government and its office together speak for the government",
    "某州2023年政府信息公开工作年度报告\n2023年,黔南州人民政府(州政府办公室)主动公开政府信息9337条。",
    { "transparency.disclosures@own": 9337 },
  ],
  [
    "an office that acts for the government (行政复议办公室) is the government's, like its legal office",
    "某区人民政府关于2023年法治政府建设情况的报告\n2023年,区政府行政复议办公室收到行政复议申请58件。",
    { "reconsideration.received@own": 58 },
  ],
];

describe("wording of real pages", () => {
  it.each(cases)("%s", (_name, text, expected) => {
    expect(valueMap(extractReport(text))).toEqual(expected);
  });
});

// The place a text never names in full: the stem of a place at the level the text speaks as.
describe("the place of a real page that names itself by a stem", () => {
  it.each([
    [
      "法治上海 and 考察上海 in a text that speaks as 全市 (gathered/321)",
      "2023年,在市委、市政府的坚强领导下,全市各区、各部门深入贯彻习近平总书记考察上海重要讲话精神,制定加快推进法治上海建设的意见,全市法治政府建设取得新进展。",
      "上海市",
    ],
    ["为大连振兴发展 in a 市司法局's report (pages/227)", "关于2024年法治政府建设情况的报告\n2024年,在市委、市政府正确领导下,市司法局切实推动全市法治政府建设,为大连振兴发展新突破提供了有力法治保障。", "大连市"],
  ])("%s", (_name, text, place) => {
    expect(extractReport(text).jurisdiction?.officialName).toBe(place);
  });

  it("a stem inside a word, met once, names nothing (gathered/517: 扩大化 is no 大化县)", () => {
    expect(extractReport("一是拓渠道、强宣传。全县坚持问题导向,防止矛盾扩大化,县公共法律服务中心设行政复议受理窗口。").jurisdiction).toBeNull();
  });

  it("a page that names no place: the organ that published it (gathered/559)", () => {
    const text = "我市八月份矛盾纠纷排查化解工作要情\n来源:黄石市司法局      时间:2016-09-10 02:36\n8月份,全市各类人民调解组织共受理纠纷869件,调解成功842件。";
    expect(extractReport(text).jurisdiction?.officialName).toBe("黄石市");
  });

  it("not a stem that is an everyday word, nor one at another level (pages/219)", () => {
    expect(extractReport("2020年,全区新收行政复议案件88件。公安分局6件,迁安路街道2件。").jurisdiction).toBeNull();
  });
});


// Figures that disagree (the issue: the warning says why each was a candidate, so a reviewer can pick one)
describe("figures that disagree", () => {
  it("the one stated as the total is kept (gathered/503: 总败诉率), and the warning names both with their clauses", () => {
    const text = "德州市2017年行政诉讼案件情况\n全市一审行政案件中,行政机关败诉率为23.7%。行政机关总败诉率为14.2%。";
    const facts = extractReport(text);
    expect(valueMap(facts)).toEqual({ "litigation.loss_rate@area": 14.2 });
    const w = facts.warnings.find((x) => x.code === "conflicting_values_resolved")!;
    expect(w.choices?.map((c) => c.value)).toEqual([23.7, 14.2]);
    for (const c of w.choices!) expect(text.slice(c.start, c.end)).toBe(c.evidence);
  });

  it("the year's new requests over a count that takes in last year's carried over (gathered/475)", () => {
    const text = "城中区2024年政府信息公开工作年度报告\n(二)依申请公开方面。一是2024年共受理依申请公开事项59件,结转上年后新收到依申请公开事项47件,较上一年度增加42件。";
    const facts = extractReport(text);
    expect(valueMap(facts)).toEqual({ "transparency.requests@area": 47 });
    expect(facts.warnings.find((x) => x.code === "conflicting_values_resolved")?.message).toMatch(/取本年新收的 47件/);
  });

  it("of the government's own figures that disagree, the one whose clause names the government is kept", () => {
    const text = "杭州市西湖区人民政府关于2023年法治政府建设情况的报告\n全年区政府受理行政复议案件260件,审结241件。\n(三)案件审理情况\n受理行政复议案件245件。";
    const facts = extractReport(text);
    expect(valueMap(facts)).toEqual({ "reconsideration.accepted@own": 260, "reconsideration.concluded@own": 241 });
    expect(facts.warnings.find((x) => x.code === "conflicting_values_resolved")?.message).toMatch(/取写明政府本身的 260件/);
    // reviews told by kind: one kind named with the government is not their total (gathered/495)
    const kinds = "某某县人民政府关于2023年法治政府建设情况的报告\n县政府审查规范性文件12件。审查重大行政决策、合同协议等86件。";
    expect(valueMap(extractReport(kinds))["legality_review.items@own"]).toBeUndefined();
  });

  it("of figures that disagree, the one said to be the year's (2023年全市…) beside another channel's (pages/237)", () => {
    const text =
      "临夏市2023年政府信息公开工作年度报告\n(一)主动公开情况。2023年全市通过政府网站主动公开政府信息10311条,通过政务新媒体公开政府信息42828条。";
    expect(valueMap(extractReport(text))).toEqual({ "transparency.disclosures@area": 10311 });
    // reviews told by kind: the year named with one kind does not make it their total
    const kinds = "某某县人民政府关于2023年法治政府建设情况的报告\n全年审查县政府规范性文件12件。审查重大行政决策、合同协议等86件。";
    expect(valueMap(extractReport(kinds))["legality_review.items@own"]).toBeUndefined();
  });

  it("two figures with nothing to choose between them are both withheld, each offered with its clause", () => {
    const text = "某某县人民政府关于2023年法治政府建设情况的报告\n全县调解纠纷1200件。全县调解纠纷1350件。";
    const facts = extractReport(text);
    expect(valueMap(facts)).toEqual({});
    const w = facts.warnings.find((x) => x.code === "conflicting_values")!;
    expect(w.message).toMatch(/1200件\(全县调解纠纷1200件\) \/ 1350件/);
    expect(w.choices?.map((c) => [c.value, text.slice(c.start, c.end)])).toEqual([
      [1200, "全县调解纠纷1200件"],
      [1350, "全县调解纠纷1350件"],
    ]);
  });
});

describe("batch P's tune half (gathered/947, 951, 971, 975)", () => {
  it("every level and every department (各级各部门) is the whole place", () => {
    const text = "贵港市2021年政府信息公开工作年度报告\n我市各级各部门通过政府门户网站等渠道及时发布各类政府信息10.2万条。";
    expect(valueMap(extractReport(text))["transparency.disclosures@area"]).toBe(102000);
  });

  it("information of every kind is the total beside one kind's count", () => {
    const text = "大荔县2020年政府信息公开工作年度报告\n2020年,全县各镇办及政府部门通过政府网站,主动公开各类政府信息3925条。公开公共资源配置信息相关信息79条。";
    expect(valueMap(extractReport(text))["transparency.disclosures@area"]).toBe(3925);
  });

  it("a bureau's leaders' own appearance rate in its own report is the bureau's; the organs' rate it states is the place's", () => {
    const own = "西安市雁塔区行政审批服务局2025年法治政府建设工作总结\n2025年,本局领导班子成员出庭率100%。";
    expect(valueMap(extractReport(own))).toEqual({});
    const organs = "西安市雁塔区司法局2025年工作总结\n2025年,行政机关负责人出庭应诉率100%。";
    expect(valueMap(extractReport(organs))["litigation.head_appearance_rate@area"]).toBe(100);
  });

  it("the lower governments' documents reviewed are no legality review of the city's", () => {
    const text = "东营市人民政府关于2016年法治政府建设情况的报告\n2016年,审查县区规范性文件14件,审查市政府重大行政决策等事项25件。";
    expect(valueMap(extractReport(text))["legality_review.items@own"]).toBe(25);
  });
});

describe("tune half after batch Q (gathered/693, 701, 989)", () => {
  it("a count through social media alone is one channel, not the year's disclosures; the portal's beside it is", () => {
    const text = "某某县2022年政府信息公开工作年度报告\n全年通过政府门户网站信息公开平台共发布政府信息7960条。二是全县26家行政机关通过政务新媒体账号公开信息5994条。";
    expect(valueMap(extractReport(text))["transparency.disclosures@area"]).toBe(7960);
    const alone = "某某县2022年政府信息公开工作年度报告\n二是全县26家行政机关通过政务新媒体账号公开信息5994条。";
    expect(valueMap(extractReport(alone))).toEqual({});
  });

  it("case files shown at a training session are no review's", () => {
    const text = "某某县人民政府关于2021年法治政府建设情况的报告\n2021年,评查培训会刚讲解完2个案卷,秭归县执法大队就表示这个培训会非常值得参加。";
    expect(valueMap(extractReport(text))).toEqual({});
  });
});

describe("tune half: proposals' outcomes (gathered/623)", () => {
  it("the proposals whose issues were solved are some of them, not their count", () => {
    const text = "鄄城县2025年政协提案办理情况\n2025年县政协转交县政府办理的政协提案96件。96件提案中,47件提案所提问题已经解决或基本解决,42件提案所提问题列入计划逐步解决。";
    expect(valueMap(extractReport(text))["supervision.cppcc_proposals@own"]).toBe(96);
  });
});

describe("batch R's tune half (gathered/1029, 1035, 1039; pages/239)", () => {
  it("what was disclosed, listed then named 信息, is the total; print and screens are a channel; requests counted in 件次", () => {
    const text =
      "建平县人民政府2025年政府信息公开工作年度报告\n一是主动公开情况。我县通过政府门户网站全面及时主动公开政府文件、政府会议、政务要闻、财政预决算等信息2548条,宣传册、电子屏公开政府信息1876条,政务新媒体发布信息465条。\n二是依申请公开情况。全年共收到政府信息依申请公开89件次。";
    expect(valueMap(extractReport(text))).toEqual({ "transparency.disclosures@area": 2548, "transparency.requests@area": 89 });
  });

  it("the government's organs as the report's issuer make a figure naming nobody the government's own", () => {
    const text = "城口县人民政府机关\n2020年政府信息公开工作年度报告\n全年通过政府网站依法向社会公开政务要闻、便民服务等政府信息共计4891条。";
    expect(valueMap(extractReport(text))).toEqual({ "transparency.disclosures@own": 4891 });
  });

  it("a street office as the subject of the opening sentence makes the report a sub-unit's", () => {
    const text =
      "一、总体情况\n2023年,在区委、区政府的坚强领导下,官洲街道办事处认真贯彻落实《中华人民共和国政府信息公开条例》。2023年,通过政府网站主动公开政府信息63条。";
    expect(valueMap(extractReport(text, { sourceUrl: "http://www.haizhu.gov.cn/gkmlpt/content/9/9500/post_9500001.html" }))).toEqual({});
  });
});

describe("a development zone's report gives none of its counts to its city, 全区 included (gathered/890, 1139)", () => {
  it("withholds every count", () => {
    const text = "天津经济技术开发区2024年政府信息公开工作年度报告\n2024年全年在泰达政务服务平台主动公开政府信息1168条。全区受理依申请公开政府信息145件。";
    expect(valueMap(extractReport(text))).toEqual({});
  });
});

describe("a department telling the whole area's year (gathered/1117)", () => {
  it("各级 names the whole; 累计 within the named year is that year's total; the clauses after go on about the whole", () => {
    const text =
      "姑苏区司法局发挥人民调解作用\n姑苏区司法局持续发挥人民调解在矛盾纠纷多元化解中的基础性作用,2022年各级人民调解组织累计受理矛盾纠纷10346件,调处成功10343件,调处成功率99.97%。";
    expect(valueMap(extractReport(text))).toEqual({
      "mediation.disputes@area": 10346,
      "mediation.resolved@area": 10343,
      "mediation.success_rate@area": 99.97,
    });
  });

  it("the department's own count stays its own", () => {
    const text = "姑苏区司法局2022年工作总结\n姑苏区司法局持续发挥职能作用,2022年共受理法律援助案件120件,办理行政复议案件30件。";
    expect(valueMap(extractReport(text))["reconsideration.received@area"]).toBeUndefined();
  });
});
