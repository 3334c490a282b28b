import { describe, expect, it } from "vitest";
import { extractReport } from "../../index";
import { extractBody, valueMap } from "../../testing";

// Wordings of the catalogue's keys that the rule tables read: each row the full set of values
// expected, so an extra value fails as surely as a missing one.
describe("rule wordings", () => {
  it.each([
    [
      "收案 is a received count, as courts and reconsideration bodies say it",
      "全年行政复议案件收案123件,结案118件。",
      { "reconsideration.received@own": 123, "reconsideration.concluded@own": 118 },
    ],
    [
      "新收案件中受理 is the accepted count: 收案 inside 新收案件 is no measure (pages/209)",
      "全县全年共收到行政复议案件1262件。本期新收案件中受理1243件。",
      { "reconsideration.received@area": 1262, "reconsideration.accepted@area": 1243 },
    ],
    ["the decisions reviewed, counted before the noun", "对45件重大行政决策进行合法性审查。", { "legality_review.items@own": 45 }],
    [
      "the files drawn for the annual review (docs/indicators.md: 抽取…案卷共计123份)",
      "组织全县行政执法案卷交叉评查,抽取行政处罚、行政许可案卷共计123份。",
      { "enforcement.case_files_reviewed@area": 123 },
    ],
    [
      "a stock's count after how many there are now (已达, 数量为, 共计)",
      "全县人民调解委员会数量达到456个,人民调解员已达2345名。县政府法律顾问共计12名,全县公职律师人数为56名。",
      { "mediation.committees@area": 456, "mediation.mediators@area": 2345, "legal_advisors.count@own": 12, "public_lawyers.count@area": 56 },
    ],
    ["为 right after the noun is whom they served, not how many there are", "全县人民调解员为3000余名群众提供法律咨询。", {}],
    [
      "普法 campaigns named by where they take the law (送法下乡, 法律“六进”, 宪法进万家): the places are no sub-unit",
      "开展送法下乡活动120次。",
      { "legal_education.events@area": 120 },
    ],
    ["法律“六进”", "开展法律“六进”活动180余场。", { "legal_education.events@area": 180 }],
    ["宪法进万家", "开展“宪法进万家”活动56场次。", { "legal_education.events@area": 56 }],
    ["进机关、进乡村、进单位", "开展法治宣传进机关、进乡村、进社区、进学校、进企业、进单位活动230场次。", { "legal_education.events@area": 230 }],
    ["a town's own events stay a sub-unit's", "城关镇开展普法宣传活动20场次。", {}],
    [
      "training sessions are no 普法宣传活动 (docs/indicators.md: 普法宣传活动场次; gathered/401)",
      "开展法治宣传教育培训30次,提供法律咨询320人次。",
      {},
    ],
    ["training as one kind in a list of 普法 events still counts", "一是强化普法宣传教育。“法律十进”深入推进,开展各类专题讲座、培训、宣传580余场(次)。", { "legal_education.events@area": 580 }],
    ["suits against the government as the law words them (以县政府为被告的…案件)", "全年以县政府为被告的一审行政案件45件。", { "litigation.cases@own": 45 }],
    ["a court's caseload stays a court's", "县人民法院共审结以行政机关为被告的一审行政案件156件。", {}],
    ["requests as applications to disclose (申请公开政府信息)", "全年共受理公民、法人和其他组织申请公开政府信息56件。", { "transparency.requests@area": 56 }],
    ["disclosures with how many there are (总数达)", "全县主动公开政府信息总数达5678条。", { "transparency.disclosures@area": 5678 }],
    ["disclosures counted as 信息数 (gathered/739)", "2023年度我区在政府门户网站上发布政务新闻共804条,主动公开政府信息数共计449条。", { "transparency.disclosures@area": 449 }],
    ["information made or obtained is not information disclosed (gathered/807)", "2023年制作、获取政府信息总数1873条。", {}],
    ["a residual category of information is a part (gathered/811)", "2023年主动公开政府信息2543条,其他应主动公开的信息946条。", { "transparency.disclosures@area": 2543 }],
    ["requests as 有关政府信息公开的(信函)申请 in the older format (gathered/809, 811)", "2023年全县共收到有关政府信息公开的申请7条,其中信函申请1条。", { "transparency.requests@area": 7 }],
    [
      "suggestions and proposals handled together, then told apart (gathered/961)",
      "全年县政府系统共办理县人大、县政协转交的建议和提案224件,其中建议73件、提案151件。",
      { "supervision.npc_proposals@own": 73, "supervision.cppcc_proposals@own": 151 },
    ],
    [
      "disputes defused (化解矛盾纠纷) with their object named are those handled (gathered/707, 1184, 1214)",
      "全县全年共化解矛盾纠纷417242件,调解成功410942件。",
      { "mediation.disputes@area": 417242, "mediation.resolved@area": 410942, "mediation.success_rate@area": 98.49 },
    ],
    ["化解 alone after a count of disputes is what was resolved, not a second count", "全县共调解矛盾纠纷1000件,化解980件。", { "mediation.disputes@area": 1000 }],
    ["成功化解 is resolved, never disputes", "全县共成功化解矛盾纠纷867件。", { "mediation.resolved@area": 867 }],
    ["化解 of petitions is no people's mediation", "全县全年共化解信访矛盾纠纷45件。", {}],
    [
      "a total the same sentence breaks down into smaller parts of its key is their total (gathered/1297)",
      "我区依托区人民政府门户网站公开政府信息11314条,在要闻栏目发布信息1156条,财政预决算栏目发布信息247条,重大决策预公开栏目发布信息27条。",
      { "transparency.disclosures@area": 11314 },
    ],
    [
      "the next sentence's figures of the key that add up to a total exactly are its parts (gathered/694)",
      "2023年,全县共公开政府信息21597条。县人民政府网公开政府信息7055条,县政府各部门共公开各类政府信息14542条。",
      { "transparency.disclosures@area": 21597 },
    ],
    ["figures that add up to more than the first are no breakdown of it: still a conflict", "全县开展普法宣传活动20场,开展法治宣传活动35场,开展普法活动30场。", {}],
    [
      "a sentence opening on a part of the year sets it for the rest of its paragraph (batch Z2: 1389)",
      "今年1-6月,全县新收行政复议案件96件,同比增加67.4%;办结案件78件,纠错案件4件。行政诉讼案件14件,同比下降50%,审结17件。",
      {},
    ],
    ["until a sentence opens on the whole year again", "今年1-6月,全县新收行政复议案件96件,办结案件78件。全年共办理行政诉讼案件30件。", { "litigation.cases@area": 30 }],
    ["a paragraph in part of the year ends with it", "今年1-6月,全县新收行政复议案件96件。\n全县行政诉讼案件14件。", { "litigation.cases@area": 14 }],
    ["committees and mediators adjusted after the village elections are no stock (batch Z2: 1377)", "全县共调整乡调委会10个,考察调整人民调解员752名。", {}],
    [
      "a 公开 count given as a part (其中) of a portal's releases is one of its columns: the release count stands (batch Z1: 1363)",
      "县人民政府网站全年共发布信息14742条,其中政务公开信息10151条。",
      { "transparency.disclosures@area": 14742 },
    ],
    ["lawyers' mediation is no people's mediation, for every count after it in its sentence (batch AA3: 1442)", "据统计,全县律师调解案件2469件,调解成功1490件,成功率56%。", {}],
    [
      "court-annexed mediation governs until people's mediation is named again",
      "全县诉前调解收案5175件,调解成功2640件;人民调解组织调解纠纷3000件,调解成功2900件。",
      { "mediation.disputes@area": 3000, "mediation.resolved@area": 2900, "mediation.success_rate@area": 96.67 },
    ],
    ["kinds of mediation listed together name no subject", "健全人民调解、行政调解、司法调解联动机制,全县各级调解组织排查化解矛盾纠纷14565件。", { "mediation.disputes@area": 14565 }],
    ["a portal's items put up (更新) are its releases, by the portal rule (batch Z1: 1369)", "2023年县政府网站共更新6918条。", { "transparency.disclosures@area": 6918 }],
    ["a new-media account's updates are a channel's", "2023年县政务微信公众号共更新680条。", {}],
    [
      "of requests received and handled, the received are the year's requests (gathered/1297)",
      "2023年,全区各级行政机关共收到政府信息公开申请27件,依法办理政府信息公开申请25件,结转下年度继续办理2件。",
      { "transparency.requests@area": 27 },
    ],
    [
      "requests taken in, their object named short or inherited (gathered/1140, 699)",
      "(二)依申请公开。全年全县共受理申请公开800件,结转下年度办理39件,县政府本级共受理206件,结转下年度办理6件。",
      { "transparency.requests@area": 800, "transparency.requests@own": 206 },
    ],
    ["the verb alone under 依申请公开", "(二)依申请公开。本年度新接收91件,上年结转3件。", { "transparency.requests@area": 91 }],
    ["the verb alone in another field's sentence is not a request", "全县主动公开政府信息3000条。全县法院受理行政案件45件。", { "transparency.disclosures@area": 3000 }],
    ["a suggestion made without the congress is no NPC suggestion", "全年收到群众意见建议12条。", {}],
    [
      "legal advisers listed by kind, then their sum (gathered/1097)",
      "县政府兼职政府法律顾问由5名法学专家、15名执业律师共20人组成。",
      { "legal_advisors.count@own": 20 },
    ],
    [
      "the national congress's deputies' suggestions handled here are another level's (gathered/1011)",
      "全年办理全国人大代表建议1件、全国政协委员提案3件,县人大代表建议46件、县政协委员提案60件。",
      { "supervision.npc_proposals@own": 46, "supervision.cppcc_proposals@own": 60 },
    ],
    ["mediators recruited (发展调解员) or of one tier (村(居)人民调解员) are some of them (gathered/614, 997)", "全县发展调解员519名,村(居)人民调解员达到1900余人。", {}],
    ["requests as 政府信息申请公开件 (gathered/470)", "全年全县共收到政府信息申请公开件658件。", { "transparency.requests@area": 658 }],
    ["requests as 依申请件 (gathered/702)", "全年全县共收到依申请件927件。", { "transparency.requests@area": 927 }],
    ["requests as 依申请公开数量为 (gathered/726)", "全年县政府新收依申请公开数量为2件。", { "transparency.requests@own": 2 }],
    ["requests as 公开政府信息申请", "全年全县共收到公开政府信息申请73件。", { "transparency.requests@area": 73 }],
    ["requests as 公开申请 under the 依申请公开 heading (gathered/733)", "(二)依申请公开方面。全年共收到公开申请32件,均在法定期限内予以答复。", { "transparency.requests@area": 32 }],
    [
      "every town and every department listed together are the whole place; items marked open on request are no requests (gathered/807)",
      "各乡镇、县直各单位对政府信息进行了梳理和编目,2023年制作、获取政府信息总数2210条,其中主动公开政府信息1318条,作为依申请公开信息数52条。",
      { "transparency.disclosures@area": 1318 },
    ],
    [
      "categories a total is said to include (…等共计) name no part of it (batch O, 911)",
      "2023年,全县主动公开各类文件、政策解读、财政预决算等共计2150余条。",
      { "transparency.disclosures@area": 2150 },
    ],
    ["a category alone is still a part", "2023年,全县主动公开财政预决算信息215条。", {}],
    ["one town alone is still a sub-unit", "城关镇对政府信息进行了梳理和编目,2023年主动公开政府信息318条。", {}],
    [
      "of two received counts, the one new this year (新收) over one that takes in last year's",
      "全县共收到行政复议申请96件,新收行政复议申请88件。",
      { "reconsideration.received@area": 88 },
    ],
  ])("%s", (_name, body, expected) => {
    expect(extractBody(body)).toEqual(expected);
  });
});

// a government portal's releases (docs/indicators.md, rules-2.8.0: gathered/586, 697, 1021, 1024, 1032, 1149)
describe("a portal's releases as the year's disclosures", () => {
  const county = (body: string) => extractBody(body, { title: "施秉县2021年政府信息公开工作年度报告" });
  it.each([
    ["the portal's count where nothing is counted as 公开", "2021年,施秉县政府门户网站共发布信息24055条。", { "transparency.disclosures@area": 24055 }],
    [
      "the 公开 count over a release count beside it",
      "2021年,全县各政务单位通过政府信息公开目录管理系统主动公开信息11378条,通过政府门户网站发布信息15157条。",
      { "transparency.disclosures@area": 11378 },
    ],
    ["one new-media channel's releases are a channel's", "2021年,县政务微信平台共发布信息6348条。", {}],
    ["a new-media channel after a list break is still a channel (pages/243)", "2021年,全县更新目录信息7709条;县政务微信公众号发布信息4741条。", {}],
    [
      "累计 in a 政府信息公开 report is the year's running total (gathered/687, 878, 1130)",
      "2021年,全县累计发布各类政府信息10615条,全年累计受理政府信息公开申请57件。",
      { "transparency.disclosures@area": 10615, "transparency.requests@area": 57 },
    ],
    ["累计 to a day (截至2019年底) is every year's (pages/236)", "截至2019年底,累计主动公开政府信息64627条。", {}],
    [
      "what was disclosed of what was released (其中主动公开), never what was withheld (不予公开)",
      "2021年,全县各单位通过县政府门户网站发布信息4583条,其中主动公开各类政府信息2107条,不予公开信息数18条。",
      { "transparency.disclosures@area": 2107 },
    ],
  ])("%s", (_name, body, expected) => {
    expect(county(body)).toEqual(expected);
  });

  it("an office's own report: the portal's count is the office's channel (gathered/743)", () => {
    const text = "自治区人民政府办公厅2022\n\n政府信息公开工作年度报告\n依据《中华人民共和国政府信息公开条例》,现公布本年度报告。2022年,自治区人民政府门户网站发布各类信息5110条。";
    expect(valueMap(extractReport(text))).toEqual({});
  });
});

// the session's suggestions and proposals (docs/indicators.md, rules-2.8.0: gathered/964, 972, 1066, 1197, 1199, 1200, 623)
describe("suggestions and proposals: the session's, all handled, and the government's", () => {
  const item = (body: string) => extractBody(body, { title: "某市2023年建议提案办理工作新闻" });
  it.each([
    [
      "proposals registered and all handled are the conference's (area)",
      "2023年某市政协全年共提交提案254件。经审查,立案236件,立案率93.3%。市政府高度重视,提案已全部办结。",
      { "supervision.cppcc_proposals@area": 236 },
    ],
    ["proposals registered at the session alone are handed out, not handled", "2023年1月,区政协五届二次会议共收提案198件,立案173件。", {}],
    [
      "the deputies' suggestions of the session, said to be all handled in the same sentence",
      "2023年,市人大代表聚焦民生关切,共提出建议973件,目前已全部依法按期办结。",
      { "supervision.npc_proposals@area": 973 },
    ],
    ["the government system's handling (承办建议) is its own", "2023年,市政府系统共承办建议757件,已全部按期办复。", { "supervision.npc_proposals@own": 757 }],
    [
      "the session (会议期间) is no part of the year",
      "2023年,县政协十一届四次会议期间转交县政府办理的政协提案96件,已全部答复。",
      { "supervision.cppcc_proposals@own": 96 },
    ],
  ])("%s", (_name, body, expected) => {
    expect(item(body)).toEqual(expected);
  });

  it("all submitted, when only a part is said to be handled, is no value (gathered/1009)", () => {
    const values = item("2023年1月召开的省人大会议上,代表共提出建议856件。归属省政府系统组织办理的778件建议已全部办理完毕。");
    expect(Object.values(values)).not.toContain(856);
  });
});
