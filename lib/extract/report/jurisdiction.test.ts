import { describe, expect, it } from "vitest";
import { detectReportMeta } from "./meta";

// Realistic openings from provinces and years the labelled reports do not cover.
const opening = (subject: string, year = 2022) =>
  `\n${year}年,在市委、市政府的坚强领导下,${subject}坚持以习近平新时代中国特色社会主义思想为指导,深入学习贯彻习近平法治思想,全面推进依法行政,法治政府建设取得明显成效。现将有关情况报告如下:\n一、主要举措和成效\n(一)加强党的领导。各级各部门认真落实法治建设第一责任人职责。`;

function where(text: string) {
  const meta = detectReportMeta(text);
  const j = meta.jurisdiction;
  return {
    found: j ? `${j.name} ${j.code} ${j.level} ${j.parents.map((p) => p.name).join("/")}` : null,
    ambiguous: meta.ambiguousJurisdiction
      ? { name: meta.ambiguousJurisdiction.name, parents: meta.ambiguousJurisdiction.candidates.map((c) => c.parents[0]?.name).sort() }
      : undefined,
  };
}

describe("jurisdiction from the title", () => {
  it.each([
    ["北京市东城区人民政府关于2021年度法治政府建设情况的报告", "东城区 110101 district 北京市"],
    ["天津市和平区2022年法治政府建设年度报告", "和平区 120101 district 天津市"],
    ["上海市浦东新区2023年法治政府建设情况报告", "浦东新区 310115 district 上海市"],
    ["中共通渭县委 通渭县人民政府关于2023年度法治政府建设情况的报告", "通渭县 621121 county 定西市/甘肃省"],
    ["中共昌吉州委 昌吉州人民政府关于2023年法治政府建设情况的报告", "昌吉州 652300 city 新疆维吾尔自治区"],
    ["恩施州人民政府关于2022年度法治政府建设工作情况的报告", "恩施州 422800 city 湖北省"],
    ["宁夏2022年法治政府建设情况报告", "宁夏 640000 province "],
    ["湖南省人民政府关于2023年法治政府建设情况的报告", "湖南省 430000 province "],
    ["重庆市人民政府关于2022年法治政府建设情况的报告", "重庆市 500000 province "],
    ["义乌市人民政府关于2023年度法治政府建设工作情况的报告", "义乌市 330782 county 金华市/浙江省"],
    ["长阳县2023年法治政府建设年度报告", "长阳县 420528 county 宜昌市/湖北省"],
    ["鄂伦春自治旗2021年法治政府建设年度报告", "鄂伦春自治旗 150723 county 呼伦贝尔市/内蒙古自治区"],
    ["琼中黎族苗族自治县2023年法治政府建设年度报告", "琼中黎族苗族自治县 469030 county 海南省"],
  ])("%s", (title, expected) => {
    expect(where(title + opening("我区")).found).toBe(expected);
  });

  it("is not the first place in the text when the title names another", () => {
    const text = "首页 > 政务公开 > 绥滨县人民政府\n黑龙江省2024年度法治政府建设情况报告\n2024年,黑龙江省…";
    expect(where(text).found).toBe("黑龙江省 230000 province ");
  });

  it("reads a title broken over two lines and an issuer line above the title", () => {
    expect(where(`清远市清城区人民政府2024年\n法治政府建设年度报告${opening("清城区", 2024)}`).found).toBe(
      "清城区 441802 district 清远市/广东省",
    );
    expect(where(`中共沙坡头区委 沙坡头区人民政府\n关于2023年度法治政府建设情况的报告${opening("我区", 2023)}`).found).toBe(
      "沙坡头区 640502 district 中卫市/宁夏回族自治区",
    );
  });
});

describe("a name several divisions share", () => {
  const gulou = "鼓楼区人民政府关于2022年度法治政府建设工作情况的报告";

  it("is left ambiguous, with every candidate, when the text names no parent", () => {
    expect(where(gulou + opening("鼓楼区"))).toEqual({
      found: null,
      ambiguous: { name: "鼓楼区", parents: ["南京市", "开封市", "徐州市", "福州市"] },
    });
  });

  it.each([
    ["在福州市委、市政府的坚强领导下", "鼓楼区 350102 district 福州市/福建省"],
    ["全力服务南京市高质量发展大局", "鼓楼区 320106 district 南京市/江苏省"],
    ["徐州市依法治市办督察反馈问题整改到位", "鼓楼区 320302 district 徐州市/江苏省"],
    ["开封市委依法治市委员会", "鼓楼区 410204 district 开封市/河南省"],
  ])("is settled by a parent named in the text: %s", (clause, expected) => {
    expect(where(`${gulou}${opening("鼓楼区")}${clause}。`).found).toBe(expected);
  });

  it("is settled by a parent written right before it", () => {
    expect(where(`福州市鼓楼区人民政府关于2022年度法治政府建设工作情况的报告${opening("鼓楼区")}`).found).toBe(
      "鼓楼区 350102 district 福州市/福建省",
    );
  });

  it("is settled by the province when that tells the candidates apart", () => {
    expect(where(`${gulou}${opening("鼓楼区")}全面落实福建省委部署。`).found).toBe("鼓楼区 350102 district 福州市/福建省");
    // 南京 and 徐州 are both in 江苏: the province alone cannot choose
    expect(where(`${gulou}${opening("鼓楼区")}全面落实江苏省委部署。`).ambiguous?.parents).toEqual(["南京市", "徐州市"]);
  });

  it("is settled by the level the text speaks as (吉林 the province or the city)", () => {
    const text = "吉林2023年法治政府建设情况报告\n2023年,全省各级政府坚持依法行政,全省法治政府建设取得新成效。";
    expect(where(text).found).toBe("吉林 220000 province ");
  });

  it("is settled for a generic name only where a name is expected", () => {
    expect(where(`济南市市中区人民政府关于2021年法治政府建设情况的报告${opening("市中区", 2021)}`).found).toBe(
      "市中区 370103 district 济南市/山东省",
    );
  });
});

describe("divisions that changed", () => {
  it("resolves an abolished district for the years it existed", () => {
    const text = "关于2019年度法治政府建设情况的报告\n2019年,我区坚持依法行政。现将有关情况报告如下:\n江干区人民政府\n2020年3月1日";
    expect(where(text).found).toBe("江干区 330104 district 杭州市/浙江省");
    expect(where("莱芜市人民政府关于2018年法治政府建设情况的报告" + opening("我市", 2018)).found).toBe("莱芜市 371200 city 山东省");
  });

  it("does not offer an abolished division for a later year", () => {
    expect(where("桥东区2019年法治政府建设工作报告" + opening("我区", 2019)).ambiguous?.parents).toEqual(["张家口市", "邢台市"]);
    expect(where("桥东区2022年法治政府建设工作报告" + opening("我区", 2022)).found).toBe("桥东区 130702 district 张家口市/河北省");
  });

  it("names a division newer than the data but leaves its unverified code to a person", () => {
    const meta = detectReportMeta("和安县2025年法治政府建设年度报告" + opening("我县", 2025));
    expect(meta.jurisdiction).toBeNull();
    expect(meta.ambiguousJurisdiction).toEqual({ name: "和安县", candidates: [] });
  });
});

describe("jurisdiction without a title", () => {
  it("takes the place the text speaks as, not a town inside it", () => {
    const text = "【人民调解】2021年,县司法局高度重视人民调解工作,全县各调委会排查矛盾纠纷。如5月3日,屯昌县新兴镇村民因宅基地引发纠纷,经调解达成协议。";
    expect(where(text).found).toBe("屯昌县 469022 county 海南省");
  });

  it("takes the subject of the opening sentence", () => {
    const text = "2023年,江西省人民政府坚持以习近平新时代中国特色社会主义思想为指导,在南昌市、赣州市等地开展试点,全省法治政府建设取得新成效。";
    expect(where(text).found).toBe("江西省 360000 province ");
  });

  it("names an autonomous region by its short name (宁夏), not a city its story passes through (gathered/393)", () => {
    const text =
      "哪里有群众,哪里就有调解组织\n宁夏司法厅厅长李金英对此深有体会。有鉴于此,宁夏着重构建覆盖城市、农村、企业、行业的人民调解组织网络。在银川市贺兰县,人民调解组织将触角延伸至婚姻登记处。\n截至2017年底,宁夏共有人民调解组织3702个。2017年,宁夏吴忠市一支施工队在治理中与村民发生纠纷。";
    expect(detectReportMeta(text).jurisdiction?.officialName).toBe("宁夏回族自治区");
    // a region's short name inside its full name, or a region named beside a city the text is about
    expect(detectReportMeta("梧州市人民政府关于2024年法治政府建设情况的报告\n2024年,广西梧州市坚持依法行政。").jurisdiction?.officialName).toBe("梧州市");
  });

  it("prefers the signature over places named in passing", () => {
    const text = "关于2022年度法治政府建设情况的报告\n2022年,我县学习借鉴杭州市、宁波市经验,全县法治政府建设取得成效。\n专此报告。\n永嘉县人民政府\n2023年2月20日";
    expect(where(text).found).toBe("永嘉县 330324 county 温州市/浙江省");
  });

  it("finds the city when only its districts are named", () => {
    const text = "2023年,我市坚持依法行政,江岸区、江汉区、硚口区法治政府建设示范创建工作成效明显,全市法治政府建设取得新进展。";
    expect(where(text).found).toBe("武汉市 420100 city 湖北省");
  });
});

describe("text as it comes", () => {
  it("reads traditional characters and full-width punctuation", () => {
    const text = "廣東省人民政府關於2022年法治政府建設情況的報告\n2022年，全省各級政府堅持以習近平新時代中國特色社會主義思想為指導。";
    expect(where(text).found).toBe("广东省 440000 province ");
  });

  it("reads titles with spaces between the characters", () => {
    expect(where(`庆 阳 市 人 民 政 府\n关于2023年法治政府建设情况的报告${opening("我市", 2023)}`).found).toBe("庆阳市 621000 city 甘肃省");
  });
});

// a page whose words name no place, whose source line names a local outlet or organ (pages/225)
describe("the source line's outlet", () => {
  const page =
    "县召开“八五”普法开展情况新闻发布会\n\n访问次数: 信息来源:蒙城广播电视台 发布时间:2025-11-18 16:45\n\n日前,县召开“八五”普法开展情况新闻发布会,介绍五年普法工作开展情况。\n2021年以来,我县深入实施“八五”普法规划,认真落实“谁执法谁普法”普法责任制。";

  it("names the place when it is at the level the text speaks as (蒙城广播电视台 and 我县)", () => {
    const j = detectReportMeta(page).jurisdiction;
    expect(j?.officialName).toBe("蒙城县");
    expect(j?.parents.map((p) => p.name)).toEqual(["亳州市", "安徽省"]);
  });

  it("never a province's or a city's paper for a county's news", () => {
    expect(detectReportMeta(page.replace("蒙城广播电视台", "黑龙江日报")).jurisdiction).toBeNull();
    expect(detectReportMeta(page.replace("蒙城广播电视台", "西安新闻网")).jurisdiction).toBeNull();
  });
});

// an organ after a chain of places is the last place's (gathered/509, gathered/543)
describe("the place an organ's name belongs to", () => {
  it("is the last of the chain before 司法局, like the one before 人民政府", () => {
    const wuzhou = detectReportMeta("近年来,广西梧州市司法局行政复议与应诉科发挥制度优势,创新“1+2+3+4+5”立体工作模式,获评全国行政复议行政应诉先进集体。").jurisdiction;
    expect(wuzhou?.officialName).toBe("梧州市");
    const futian = detectReportMeta(
      "2023年,深圳市福田区司法局坚持以新时代中国特色社会主义思想为指导,对照省司法厅、市司法局工作要求,在区委、区政府领导下,推动法治福田、法治政府、法治社会一体化建设。",
    ).jurisdiction;
    expect(futian?.officialName).toBe("福田区");
    expect(futian?.parents.map((p) => p.name)).toEqual(["深圳市", "广东省"]);
  });
});

// the class behind gathered/669 and 673 (and, in the check half, 362); the wording of another place
describe("whom the text speaks as", () => {
  it("a parent written before its own child is the child's address (浙江省宁波市鄞州区法律援助中心)", () => {
    const text = "2021年度浙江省宁波市鄞州区法律援助中心共受理法律援助案件1203件,其中刑事案件312件。\n浙江省宁波市鄞州区法律援助中心将继续提升案件质量。";
    expect(detectReportMeta(text).jurisdiction?.officialName).toBe("鄞州区");
  });
});

describe("the opening naming the report's own place (gathered/733)", () => {
  it("现公布南昌市青山湖区人民政府2022年…年度报告 is the district's report, though it goes on to serve 省委、省政府", () => {
    const text =
      "根据《中华人民共和国政府信息公开条例》规定,现公布南昌市青山湖区人民政府2022年政府信息公开工作年度报告。\n一、总体情况\n2022年,坚持以人民为中心,围绕服务省委、省政府重点工作,持续深化政务公开。";
    expect(detectReportMeta(text).jurisdiction?.officialName).toBe("青山湖区");
  });
});

describe("a text speaking as a county on that county's site (gathered/1112, 1196, openings/014)", () => {
  const place = (text: string, sourceUrl: string) => detectReportMeta(text, { sourceUrl }).jurisdiction?.name ?? null;
  it("is the county's when the place it names most lies above it; a province's report on a county's site stays the province's", () => {
    const county = "2023年,我县深入学习贯彻山西省委、省政府关于法治建设的决策部署,全县法治政府建设取得新成效。我县全年共调解纠纷120件。";
    expect(place(county, "http://www.jiaokou.gov.cn/zwgk/zfxxgk/xxgknb/202403/t20240301_1.html")).toBe("交口县");
    const province = "2023年,全省深入学习贯彻习近平法治思想,山西省法治政府建设取得新成效。全省共调解纠纷12万件。";
    expect(place(province, "http://www.jiaokou.gov.cn/zwgk/zfxxgk/xxgknb/202403/t20240301_1.html")).toBe("山西省");
  });
});

describe("a body that opens on its year and its place as the subject (gathered/1343, 1344)", () => {
  const place = (text: string) => detectReportMeta(text).jurisdiction?.name ?? null;
  it("is that place's report, though it names the city above it more often", () => {
    const text =
      "2020年,通州区以习近平新时代中国特色社会主义思想为指导,对标《北京市法治政府建设“十三五”规划》确定的目标和任务,强化依法行政。在全市率先建立区级包容审慎监管机制,助推中国(北京)自由贸易试验区建设。\n一、2020年法治政府建设主要措施\n落实北京市委部署,全市首批示范项目。";
    expect(place(text)).toBe("通州区");
  });
  it("not when the place is the object of the sentence, nor when the body opens without a year", () => {
    expect(place("2023年,全省学习推广通州区经验,浙江省法治政府建设取得新成效。浙江省全年共调解纠纷12万件。")).toBe("浙江省");
    expect(place("近年来,南宁市加快建设法治政府。马山县古零镇羊山村推行村规民约,马山县司法局派驻调解员。")).toBe("马山县");
  });
});

describe("rankings among the places above are no self-reference (batch Z2: 1387; gathered/405, 514, 931)", () => {
  it("a county's news that the province ranked it first is the county's", () => {
    const text =
      "(记者 张鸿雨)3月20日上午,郏县创建省级法治政府建设示范县实地核验工作汇报会举行。郏县县委、县政府历来高度重视法治政府建设工作,统筹部署全县法治政府建设工作。郏县三苏园被评为“全省优秀法治教育基地”,在全市率先完成乡镇综合执法改革,法治建设考核连续4年居全市优秀档次,营商环境指标考核全省第一,获评全省法治县。";
    expect(detectReportMeta(text).jurisdiction?.name).toBe("郏县");
  });
});
