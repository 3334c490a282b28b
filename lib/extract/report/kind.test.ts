import { describe, expect, it } from "vitest";
import { isDisclosureReport, issuerKind, titleIssuer } from "./kind";
import { detectReportMeta } from "./meta";

const kindOf = (text: string) => detectReportMeta(text).kind;
const body = "\n2023年,我县坚持依法行政,全县法治政府建设取得新成效。现将有关情况报告如下:";

describe("kind of document", () => {
  it.each([
    ["庆阳市人民政府关于2023年法治政府建设情况的报告", "annual_report"],
    ["红寺堡区2024年法治政府建设的年度报告", "annual_report"],
    ["中共兴安盟委 兴安盟行政公署关于2022年法治政府建设情况的报告", "annual_report"],
    ["大兴安岭地区行政公署2021年法治政府建设年度报告", "annual_report"],
    ["某某县2023年度法治政府建设工作情况", "annual_report"],
    ["通渭县2023年法治政府建设工作总结", "annual_report"],
    ["通渭县2023年法治政府建设工作总结和2024年工作计划", "annual_report"],
    ["关于2024年法治政府建设工作要点落实情况的报告", "annual_report"],
    ["渭南市2024年法治政府建设工作要点制定发布", "work_plan"],
    ["梁子湖区出台法治政府建设工作要点为全年工作指明方向", "work_plan"],
    ["通渭县2024年法治政府建设工作计划", "work_plan"],
    // a field's account of its year is no 法治政府建设 report (docs/indicators.md), nor is a press conference
    ["嵊州市2023年行政复议和行政应诉工作情况", "other"],
    ["嵊州市2023年法治政府建设情况新闻发布会", "other"],
    ["中共通渭县委办公室 通渭县人民政府办公室关于印发《通渭县2024年法治政府建设工作要点》的通知", "work_plan"],
    ["通渭县召开会议部署2024年法治政府建设工作要点", "work_plan"],
    ["庆阳市人民政府2023年政府信息公开工作年度报告", "other"],
    // the catalogue: the form decides the kind, not the issuer (a department's own counts are not values)
    ["庆阳市司法局2023年法治政府建设情况报告", "annual_report"],
    ["庆阳市人民政府办公室2023年度法治政府建设工作报告", "annual_report"],
    ["庆阳市司法局2023年工作总结", "other"],
    ["2018年珠海市行政复议、行政应诉案件统计报告", "other"],
    // and a town's, like a department's (docs/indicators.md; gathered/713–715)
    ["新竹镇人民政府2023年法治政府建设工作报告", "annual_report"],
    ["新竹镇人民政府2023年工作总结", "other"],
    ["西峰区召开2023年度法治政府建设工作推进会", "other"],
    ["区政府常务会议审议2023年度法治政府建设年度报告", "other"],
    ["《渭南市2024年法治政府建设工作要点》政策解读", "other"],
    ["关于2023年度法治政府建设考核结果的通报", "other"],
  ])("%s -> %s", (title, kind) => {
    expect(kindOf(title + body)).toBe(kind);
  });

  it("reads an untitled text by how it opens", () => {
    expect(kindOf("2024年,我市坚持以习近平法治思想为指导,扎实推进法治政府建设。")).toBe("annual_report");
    expect(kindOf("【人民调解】2020年,县司法局高度重视人民调解工作。")).toBe("other");
    expect(kindOf("日前,某县印发2024年法治政府建设工作要点,明确目标任务。")).toBe("work_plan");
    expect(kindOf("2023年,我局坚持依法行政,法治政府建设取得成效。现将我局有关情况报告如下:本局…")).toBe("annual_report");
    expect(kindOf("")).toBe("other");
  });
});

describe("kind of an untitled real text (data/real)", () => {
  it("a report that names the plans its year made is still a report", () => {
    // openings/023 and /029: 制定…法治政府建设工作要点等系列文件 is one of the year's deeds
    expect(
      kindOf(
        "2023年,昌吉州人民政府始终坚持以习近平新时代中国特色社会主义思想为指导,推动法治政府建设工作部署在我州全面落实。\n一、2023年工作开展情况\n(一)坚持党的领导。一是强化党对法治政府建设的领导。修订法治建设“一规划两纲要”实施方案并开展中期评估,制定自治州进一步加强法治建设三十条措施及法治政府建设工作要点等系列文件。",
      ),
    ).toBe("annual_report");
  });

  it("news that mentions a plan adopted some time ago is not a plan", () => {
    // pages/213: 2017年以来,射阳县先后出台《…实施方案》 inside an item on 2018's mediation figures
    expect(
      kindOf(
        "矛盾纠纷在进入信访渠道之前,都有迹可循。2017年以来,射阳县先后出台《无访无诉镇(区)、村(居)建设工作实施方案》《关于深化“大调解”机制建设的意见》三份大调解工作的规范化文件。\n2018年度,该县调解组织共受理调解矛盾纠纷 4769件,调解成功4760件,调解成功率达99.8%。",
      ),
    ).toBe("other");
  });

  it("a plan that says it is one is a plan", () => {
    expect(kindOf("为深入推进依法行政,结合我县实际,特制定本工作要点。\n一、总体要求\n坚持以习近平法治思想为指导。")).toBe("work_plan");
  });
});

describe("more untitled real texts (data/real)", () => {
  it.each([
    ["a report opening on its addressees (gathered/305)", "省政府、市委、市人大:\n2018年,我市落实法治政府建设工作紧紧围绕市委、市政府中心工作。现将有关情况报告如下。", "annual_report"],
    ["a report whose first section heading opens the page (gathered/371)", "一、加强党对法治政府建设的全面领导。一是明确领导责任。明确党政主要负责人履行法治建设第一责任人职责。", "annual_report"],
    ["a street's 政府信息公开 report (gathered/465)", "根据《中华人民共和国政府信息公开条例》要求,现将河西街道2019年度政府信息公开工作报告如下。\n一、总体情况", "other"],
    ["a district's statistics of reconsideration and suits (pages/219)", "根据《司法部办公厅关于做好2020年全国行政复议行政应诉案件统计分析工作的通知》要求,我局对全区2020年度行政复议和行政应诉案件进行了统计汇总。现分析报告如下:", "other"],
    ["a district's reconsideration report under its headline (gathered/513)", "2019年度通州区行政复议诉讼工作报告\n日期:2020-05-25\n现将本年度行政复议、诉讼工作情况汇总如下。", "other"],
  ])("%s", (_name, text, kind) => {
    expect(kindOf(text)).toBe(kind);
  });
});

describe("the issuer of a title", () => {
  it.each([
    ["中共庆阳市委 庆阳市人民政府关于…", "中共庆阳市委 庆阳市人民政府", "government"],
    ["某市依法治市办关于2023年…", "某市依法治市办", "government"],
    ["某市交通运输局2023年法治政府建设工作报告", "某市交通运输局", "department"],
    ["某县人民政府办公室关于…", "某县人民政府办公室", "government_office"],
    ["某镇人民政府2023年…", "某镇人民政府", "subunit"],
    ["渭南市2024年…", "渭南市", "unknown"],
    // a title that opens on its year names its issuer after it (gathered/1080)
    ["2024年上海市科委政府信息公开工作年度报告", "上海市科委", "department"],
    ["2023年度宿安乡政府信息公开工作年度报告", "宿安乡", "subunit"],
    ["2023年上海市人民政府政府信息公开工作年度报告", "上海市人民政府", "government"],
    ["2023年法治政府建设年度报告", "", "unknown"],
  ])("%s", (title, issuer, kind) => {
    expect(titleIssuer(title)).toBe(issuer);
    expect(issuerKind(issuer)).toBe(kind);
  });
});

describe("whose report a 政府信息公开 report is (batch K, gathered/721 and 739)", () => {
  const byDepartmentOf = (text: string) => detectReportMeta(text).byDepartment;
  it("a county's report sent to the city's office is the county's, not the office's", () => {
    expect(byDepartmentOf("昭通市人民政府办公室:\n根据《中华人民共和国政府信息公开条例》规定和上级有关要求,彝良县坚持“以公开为常态、不公开为例外”。")).toBe(false);
  });
  it("an opening that cites the State Council office's format is no title naming an office as issuer", () => {
    const text =
      "根据《中华人民共和国政府信息公开条例》、《国务院办公厅政府信息与政务公开办公室关于印发<中华人民共和国政府信息公开工作年度报告格式>的通知》要求,现向社会公开《沙依巴克区人民政府2022年度政府信息公开工作年度报告》。\n一、总体情况\n2022年,沙依巴克区坚持以习近平新时代中国特色社会主义思想为指导。";
    expect(byDepartmentOf(text)).toBe(false);
  });
  it("an office's own report is still an office's", () => {
    expect(byDepartmentOf("某县人民政府办公室2022年度政府信息公开工作年度报告\n一、总体情况\n2022年,我办坚持公开为常态。")).toBe(true);
  });
  it("an office named on the line above a title that names no place is the title's issuer (gathered/692, 918)", () => {
    expect(byDepartmentOf("刚察县人民政府办公室\n2023年度政府信息公开工作年度报告\n2023年,我办坚持公开为常态。")).toBe(true);
    expect(byDepartmentOf("刚察县人民政府\n2023年度政府信息公开工作年度报告\n2023年,我县坚持公开为常态。")).toBe(false);
  });
});

describe("the government's work report (政府工作报告) is another document (gathered/737)", () => {
  it("its progress table or a title naming it is other; a 法治政府工作报告 is still an annual report", () => {
    expect(detectReportMeta("2022年《政府工作报告》目标任务完成情况表\n序号 |\n目标任务 |\n责任单位 |\n1 |\n推进依法行政。").kind).toBe("other");
    expect(detectReportMeta("某县人民政府关于2021年政府工作报告重点工作推进情况的报告\n2021年,我县…").kind).toBe("other");
    expect(detectReportMeta("某县2021年法治政府工作报告\n2021年,我县深入推进依法行政。").kind).toBe("annual_report");
  });
});

describe("the courts' year is a white paper, not the government's report (batch O, 907)", () => {
  it("an untitled text opening on the courts as its subject is other", () => {
    expect(kindOf("2023年,全市法院坚持以习近平新时代中国特色社会主义思想为指导,深入贯彻习近平法治思想,依法履行行政审判职能,服务法治政府建设。")).toBe("other");
    expect(kindOf("2023年,我县坚持以习近平法治思想为指导,全面推进法治政府建设,县法院行政审判工作取得新成效。现将有关情况报告如下:")).toBe("annual_report");
  });
});

describe("a field's report is other (the catalogue; gathered/959, 973)", () => {
  it("a report on the filing review of rules and normative documents, and an untitled review of reconsideration's year", () => {
    expect(detectReportMeta("关于2024年政府规章和行政规范性文件备案审查工作情况的报告\n2024年,市政府坚持有件必备。").kind).toBe("other");
    expect(kindOf("2025年,云南省将行政复议工作融入党委政府中心大局,为全省高质量发展提供了坚实的法治保障。全省新收行政复议案件1.6万余件。")).toBe("other");
    expect(kindOf("2025年,云南省坚持以习近平法治思想为指导,全面推进法治政府建设。现将有关情况报告如下:")).toBe("annual_report");
  });
});

describe("a development zone's own report (the catalogue; gathered/890, 974, 1139)", () => {
  it("is a sub-unit's, by its title's issuer or its opening; a district named 新区 is no zone", () => {
    const byDepartmentOf = (text: string) => detectReportMeta(text).byDepartment;
    expect(byDepartmentOf("天津经济技术开发区2024年政府信息公开工作年度报告\n本年度报告根据《条例》编制。")).toBe(true);
    expect(byDepartmentOf("一、总体情况\n(一)主动公开\n一是组织保障方面。经开区将政府信息公开工作纳入到2021年度目标任务中。")).toBe(true);
    expect(byDepartmentOf("本报告由临沂高新区党政办公室按照《中华人民共和国政府信息公开条例》编制。")).toBe(true);
    expect(byDepartmentOf("上海市浦东新区人民政府2024年政府信息公开工作年度报告\n2024年,浦东新区坚持公开为常态。")).toBe(false);
  });
});

describe("a 政府信息公开 report whose page lost its title (gathered/1020, 1032)", () => {
  it("is told by its opening; a 法治政府建设 report or news is not", () => {
    expect(isDisclosureReport("", "根据《中华人民共和国政府信息公开条例》、《市人民政府办公室关于做好2017年度政府信息公开年度报告公布工作的通知》")).toBe(true);
    expect(isDisclosureReport("", "一、总体情况\n2024年,我区深入贯彻落实《中华人民共和国政府信息公开条例》规定")).toBe(true);
    expect(isDisclosureReport("", "一、总体情况\n2024年,我区法治政府建设取得新成效。")).toBe(false);
    expect(isDisclosureReport("", "2024年,全区共办理行政复议案件120件。")).toBe(false);
  });
});

describe("a town or a street speaking of itself (gathered/1022, 1028)", () => {
  it("is a sub-unit's own text; 本乡本土 is no town", () => {
    const byDepartmentOf = (text: string) => detectReportMeta(text).byDepartment;
    expect(byDepartmentOf("一、总体情况\n(一)主动公开\n我镇认真贯彻《中华人民共和国政府信息公开条例》精神,主动公开政府信息76条。")).toBe(true);
    expect(byDepartmentOf("一、总体情况\n2023年,我县扎根本乡本土,主动公开政府信息76条。")).toBe(false);
  });
});

describe("a bureau's year in review, untitled (the catalogue: a department's general work summary is other; gathered/550, 668, 1225)", () => {
  it("opens on the bureau and its first section reviews its work; a 法治政府建设 report's template or a government's review stays a report", () => {
    const review = "2023年,缙云县司法局深入学习贯彻落实党的二十大精神和习近平法治思想,积极推进法治建设和司法行政工作。\n一、2023年工作开展情况\n(一)全面依法治县。";
    expect(kindOf(review)).toBe("other");
    const report = "2024年,荔湾区司法局坚持以习近平新时代中国特色社会主义思想为指导,深入推进法治政府建设。\n一、2024年度推进法治政府建设的主要举措和成效\n(一)加强党的领导。";
    expect(kindOf(report)).toBe("annual_report");
    const government = "2023年,昌吉州人民政府始终坚持以习近平新时代中国特色社会主义思想为指导,深入推进法治政府建设。\n一、2023年工作开展情况\n(一)加强党的领导。";
    expect(kindOf(government)).toBe("annual_report");
  });
});

describe("a sub-unit's 政府信息公开 report whose page lost its title (batch W1: 1237, 1247)", () => {
  const byDepartmentOf = (text: string) => detectReportMeta(text).byDepartment;
  it("names itself in its opening: the report it publishes, or whose year it sums up", () => {
    expect(byDepartmentOf("根据《条例》要求,现发布《苏银产业园管理委员会2025年政府信息公开工作年度报告》,本报告统计数据从2025年1月1日起。")).toBe(true);
    expect(byDepartmentOf("本报告根据《条例》编制,全面总结西宁市城中区人民政府礼让街街道办事处2025年政府信息公开工作情况。")).toBe(true);
    expect(byDepartmentOf("根据《条例》要求,现发布《西宁市城中区人民政府2025年政府信息公开工作年度报告》。")).toBe(false);
  });
});

describe("an office, a state farm or a state company speaking of itself (batch X2: 1303, 1309)", () => {
  const byDepartmentOf = (text: string) => detectReportMeta(text).byDepartment;
  it("is that body's own report", () => {
    expect(byDepartmentOf("依据《条例》第五十条规定,编制本报告。\n一、总体情况\n2025年,怀柔区政府办公室深入贯彻《中华人民共和国政府信息公开条例》,扎实推进政务公开。")).toBe(true);
    expect(byDepartmentOf("一、总体情况\n2024年,我场共主动公开政府信息238条,我场开展政务公开培训2次。")).toBe(true);
    expect(byDepartmentOf("一、总体情况\n2024年,我县共主动公开政府信息238条。本场活动吸引群众300余人。")).toBe(false);
  });
});

describe("a body that sums up its year and then gives next year's plan (gathered/1347)", () => {
  it("is the summary's annual report; a notice issuing a summary stays what it is", () => {
    const summary =
      "今年以来,我旗坚持以习近平新时代中国特色社会主义思想为指导,深入学习贯彻习近平法治思想,持续推进法治政府建设。现将2024年度我旗法治政府建设工作情况总结和2025年法治政府工作计划如下。\n一、工作开展情况";
    expect(kindOf(summary)).toBe("annual_report");
    expect(kindOf("今年,我旗持续推进法治政府建设。现将2025年法治政府建设工作计划如下。\n一、总体要求")).toBe("work_plan");
    expect(kindOf("局机关各科室:\n现将《2022年静安区司法局工作总结》和《2023年静安区司法局工作要点》印发给你们,请认真抓好落实。")).not.toBe("annual_report");
  });
});

describe("a report on the handling of suggestions or proposals (batch Z2: 1384; gathered/1009, 1066, 1199, 663)", () => {
  it("is one field's report, other, though its title says 情况的报告", () => {
    expect(kindOf("重庆市人民政府关于办理市六届人大一次会议以来代表建议、批评和意见情况的报告\n市人大常委会:\n现将市政府办理代表建议情况报告如下。")).toBe("other");
    expect(kindOf("重庆市人民政府关于2023年法治政府建设情况的报告" + body)).toBe("annual_report");
  });
});

describe("rules-2.10.0: what a text is", () => {
  it("a summary of part of the year is no annual report (gathered/666, 1457)", () => {
    expect(kindOf("2020年上半年法治政府建设工作总结\n(一)科学布局谋篇,法治政府建设目标更加明确。")).toBe("other");
    expect(kindOf("某县2023年1-9月法治政府建设工作总结\n一、主要工作")).toBe("other");
    // 1-12月 is the whole year
    expect(kindOf("某县人民政府2023年1-12月法治政府建设情况的报告" + body)).toBe("annual_report");
  });

  it("部署 as a noun before a plan the text follows makes no plan news", () => {
    const text =
      "人民街街道办事处坚持以习近平法治思想为根本遵循,深入贯彻中央全面依法治国战略部署,认真贯彻落实《城中区2025年法治政府建设工作要点》要求,系统推进法治政府建设。";
    expect(kindOf(text)).not.toBe("work_plan");
    expect(kindOf("日前,某县印发2024年法治政府建设工作要点,部署全年工作。")).toBe("work_plan");
  });

  it("a town's party committee and government as the opening's subject make the town's own report", () => {
    const text = "2023年,长寿镇党委、政府坚持以习近平新时代中国特色社会主义思想为指导,推动法治政府建设。现将有关情况报告如下:";
    expect(detectReportMeta(text).byDepartment).toBe(true);
  });

  it("an office speaking under the overview heading, below a site banner naming the government, is the office's report", () => {
    const text =
      "天津市河北区人民政府\n2019年12月3日星期二\n本年度报告根据《中华人民共和国政府信息公开条例》编制。\n一、总体情况\n2025年,河北区人民政府办公室以习近平新时代中国特色社会主义思想为指导,严格落实《条例》。";
    expect(detectReportMeta(text).byDepartment).toBe(true);
    const government = text.replace("河北区人民政府办公室以", "河北区以");
    expect(detectReportMeta(government).byDepartment).toBe(false);
  });
});

describe("rules-2.10.0: lines that head a page but are no title", () => {
  it("whom a report goes to, on a line ending with a colon, is no title", () => {
    const text = "城中区委全面依法治区委员会:\n2025年,人民街街道办事处坚持以习近平法治思想为根本遵循,推进法治政府建设。现将有关情况报告如下:";
    expect(detectReportMeta(text).title).toBeNull();
  });

  it("a site's link standing alone (外链) is furniture: the news headline under it dates the figures", () => {
    const text =
      "外链\n您当前的位置:首页 > 资讯 > 安顺\n\n2024年全市政府系统建议提案交办会召开\n\n4月2日,2024年全市政府系统建议提案交办会召开,总结去年建议提案办理工作。\n\n2023年全市政府系统共接办市人大建议161件,市政协提案182件,均在规定时限内全部办理回复。\n";
    expect(detectReportMeta(text).year).toBe(2023);
  });
});

describe("rules-2.11.0: whose 政府信息公开 report it is", () => {
  it("a town's office named as the one to ask makes the report the town's", () => {
    const opening = "本报告根据《中华人民共和国政府信息公开条例》编制。如对本年报有疑问,请与石江乡党政办公室联系(地址:丰城市石江乡人民政府)。\n一、总体情况\n";
    expect(detectReportMeta(opening).byDepartment).toBe(true);
    // a government names its office or the bureau it entrusts: no sign of a department's report
    expect(detectReportMeta(opening.replace("石江乡党政办公室", "丰城市人民政府办公室")).byDepartment).toBe(false);
    expect(detectReportMeta(opening.replace("石江乡党政办公室", "丰城市政务服务管理局")).byDepartment).toBe(false);
  });

  it("a town by its name alone as the opening's subject speaks for itself, every town together does not", () => {
    expect(detectReportMeta("2024年,宁安镇始终坚持以习近平新时代中国特色社会主义思想为指导,推进依法行政。现将有关情况报告如下:").byDepartment).toBe(true);
    expect(detectReportMeta("2024年,全县各乡镇积极推进依法行政。现将有关情况报告如下:").byDepartment).toBe(false);
  });

  it("a text opening on the disclosure report's template is a 政府信息公开 report whose title the page broke", () => {
    const text =
      " 左贡县人民政府\n            左贡县人民政府\n        \n        左贡县人民政府2021年度\n信息公开年度报告\n(2022年1月)\n根据《国务院办公厅政府信息与政务公开办公室关于印发<中华人民共和国政府信息公开工作年度报告格式>的通知》精神,左贡县认真撰写2021年度信息公开年度报告。现2021年度信息公开年度报告如下:\n一、总体情况";
    expect(kindOf(text)).toBe("other");
  });

  it("replies counted in a report make it no reply: its title's year stands", () => {
    const text =
      "2021年上海市宝山区建设和管理委员会\n政府信息公开工作年度报告\n一、总体情况\n2021年,我委累计主动公开政府信息文件113件,对区人大代表建议、政协提案办理答复2件。";
    expect(detectReportMeta(text).year).toBe(2021);
  });
});

describe("rules-2.13.0: courts' reports, dated news and document numbers", () => {
  it("a court's report on its administrative trials is a field's report, `other`", () => {
    const text = "2021年度行政审判工作情况的报告(书面)\n(2022年6月28日在杭州市第十四届人民代表大会常务委员会第三次会议上)\n杭州市中级人民法院\n杭州市人民代表大会常务委员会:\n2021年,全市法院充分发挥行政审判职能,积极推进法治政府建设。";
    expect(kindOf(text)).toBe("other");
  });

  it("an untitled text opening on a full date and an event is news, whatever year it names", () => {
    const text = "2024年4月30日,桐柏县人民法院召开行政审判工作新闻发布会。发布会上,通报了《桐柏县法院2023年度行政案件司法审查报告》,推动法治政府建设。";
    expect(kindOf(text)).toBe("other");
  });

  it("a document number on its own line is no headline", () => {
    const text = "鞍委〔2023〕20号\n2022年,鞍山市委、市政府深入学习宣传贯彻党的二十大精神,加快推进法治政府建设。\n一、2022年法治政府建设主要举措和成效\n";
    expect(kindOf(text)).toBe("annual_report");
  });
});
