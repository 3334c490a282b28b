import { describe, expect, it } from "vitest";
import { detectReportMeta } from "./meta";
import { detectYear } from "./year";

const yearOf = (text: string) => detectReportMeta(text).year;

describe("the year a report is about", () => {
  it.each([
    ["庆阳市人民政府关于2023年法治政府建设情况的报告\n…\n庆阳市人民政府\n2024年2月28日", 2023],
    ["红寺堡区2024年法治政府建设的年度报告\n时间:2025-03-28 来源:红寺堡区人民政府办公室\n2024年红寺堡区…", 2024],
    ["某县2018年法治政府建设工作要点\n发布日期:2018年3月2日\n为做好2018年工作…", 2018],
    ["某县人民政府关于二〇二二年度法治政府建设情况的报告\n二〇二三年二月十日", 2022],
    ["某市2022年度法治政府建设工作总结和2023年工作计划", 2022],
  ])("from the title: %s", (text, year) => {
    expect(yearOf(text)).toBe(year);
  });

  it("never from the publication date when the text says which year it covers", () => {
    expect(yearOf("法治政府建设年度报告\n发布时间:2024-03-01 09:00\n2023年,我县坚持依法行政。")).toBe(2023);
    expect(yearOf("梁子湖区出台法治政府建设工作要点为全年工作指明方向\n05.06.2018 20:39\n日前,梁子湖区出台2018年法治政府建设工作要点及任务分解。")).toBe(2018);
  });

  it("from the opening of an untitled text, after a yearbook heading", () => {
    expect(detectYear(null, ["【行政复议】2020年,县司法局收到行政复议申请12件。"])).toBe(2020);
    expect(detectYear(null, ["2024年,我市坚持以习近平新时代中国特色社会主义思想为指导。"])).toBe(2024);
  });

  it("ignores spans and dates", () => {
    expect(detectYear("关于《法治政府建设实施纲要(2021-2025年)》落实情况的报告", ["2022年,我区…"])).toBe(2022);
    expect(detectYear(null, ["今年以来,我县贯彻《纲要(2021—2025年)》,2024年3月召开会议,现将2023年度法治政府建设情况报告如下"])).toBe(2023);
  });

  it("截至…年底 names the year a stock is of; a span's end (2015至2016年) still names none (gathered/547, 555)", () => {
    expect(detectYear(null, ["大众网·海报新闻德州5月29日讯 截至2019年底,德州市共建立各类人民调解组织4425个。全市有人民调解员14780人。"])).toBe(2019);
    expect(detectYear(null, ["据悉,近年来,我省律师队伍规模不断壮大。截止到2017年底,全省有律师事务所760家。"])).toBe(2017);
    expect(detectYear(null, ["2015至2016年,全县调解纠纷。"])).toBeNull();
  });

  it("a year compared with (与2023年基本持平, 比2023年多749件) is not the year written about (gathered/507)", () => {
    const body = [
      "4月29日,四川高院召开行政审判工作新闻发布会,介绍2024年行政审判工作及2025年主要工作安排,并发布2024年度行政审判十大典型案例。",
      "2024年,全省法院受理各类行政案件29154件,一审收结案数量与2023年基本持平。推动10918件争议实质化解,比2023年多749件。平均审理天数比2023年减少了1.91天,调撤率比2023年增长2.08个百分点。",
    ];
    expect(detectYear(null, body)).toBe(2024);
  });

  it("falls back to the year written most often, and to null", () => {
    expect(detectYear(null, ["今年以来,围绕2021年目标,2021年工作稳步推进,谋划2022年。"])).toBe(2021);
    expect(detectYear(null, ["今年以来,全县上下坚持依法行政。"])).toBeNull();
    expect(detectYear(null, [])).toBeNull();
  });

  it("a period since a year reaches the present: the year is the publication's (pages/225)", () => {
    expect(yearOf("县召开“八五”普法开展情况新闻发布会\n访问次数: 信息来源:蒙城广播电视台 发布时间:2025-11-18 16:45\n日前,县召开“八五”普法开展情况新闻发布会,介绍五年普法工作开展情况。\n2021年以来,我县深入实施“八五”普法规划。")).toBe(2025);
  });

  it("a span's start is not the year (2015 年至2016 年9 月)", () => {
    expect(detectYear(null, ["2015 年至2016 年9 月,共担任法律顾问25 家。"])).toBeNull();
  });

  it("去年 and 今年 are read from the publication date when no year is written", () => {
    expect(yearOf("全省行政复议工作综述\n发布时间:2017-04-21\n记者获悉,全省各级行政复议机关去年共收到行政复议申请2371件。")).toBe(2016);
    expect(yearOf("普法活动走进庙会\n发布时间: 2019-04-19 15:10\n今年以来,县司法局开展普法活动。")).toBe(2019);
    expect(yearOf("法治赶庙会\n发布时间: 2019-04-19 15:10\n自4月17日开始,县司法局组织开展法治宣传活动。")).toBe(2019);
  });

  it("a text that names no year: the year its address was published in (pages/245), never over the text's own", () => {
    const text = "近年来,宁阳县司法局认真贯彻落实《人民调解法》,充分发挥人民调解的职能作用。全县各类人民调解员达2528人。";
    expect(detectReportMeta(text).year).toBeNull();
    expect(detectReportMeta(text, { sourceUrl: "http://sfj.taian.gov.cn/art/2016/7/27/art_44570_1234.html" }).year).toBe(2016);
    expect(detectReportMeta(`2015年,${text}`, { sourceUrl: "http://sfj.taian.gov.cn/art/2016/7/27/art_44570_1234.html" }).year).toBe(2015);
  });
  it("the opening sentence after a byline or heading line, not a year named in an award's name (gathered/643)", () => {
    const lines = [
      "□ 高邮市司法局",
      "2021年,高邮市司法局认真贯彻落实市委市政府、上级司法行政部门的工作部署,圆满完成了全年的各项目标任务。2021年,市委依法治市办被江苏省委全面依法治省委员会办公室表彰为“2020年度依法治省工作成绩突出单位”。",
    ];
    expect(detectYear(null, lines)).toBe(2021);
    // a heading line that opens on a year is still read first
    expect(detectYear(null, ["2019年全县新收行政复议案件88件", "据统计,全县新收行政复议案件88件。"])).toBe(2019);
  });
  it("a relative year compared with (与去年同期相比, 与今年7月相比) is not the year written about (gathered/559)", () => {
    const text =
      "我市八月份矛盾纠纷排查化解工作要情\n来源:黄石市司法局 时间:2016-09-10 02:36\n8月份,全市各类民调解组织共受理纠纷869件,调解成功842件,矛盾纠纷案件数量与去年同期相比减少159件;矛盾纠纷案件数量与今年7月相比增加29件。";
    expect(yearOf(text)).toBe(2016);
    // a 去年 that is no comparison still names the year before
    expect(yearOf("全省行政复议工作综述\n发布时间:2017-04-21\n去年共收到申请2371件,与今年一季度相比较多。")).toBe(2016);
  });
  it("a disclosure report's statistics period, written as dates, names its year, not the publication's", () => {
    const text = "本报告由县人民政府办公室编制。本报告中所列数据的统计期限自2023年1月1日起至2023年12月31日止。";
    expect(detectReportMeta(text, { sourceUrl: "http://www.x.gov.cn/art/2024/1/25/art_1.html" }).year).toBe(2023);
    expect(detectYear(null, ["本年度报告统计期限为2022年1月1日至12月31日。"])).toBe(2022);
  });
  it("a disclosure report names its own year in its opening, however often other years are written (gathered/853)", () => {
    const text = "根据《中华人民共和国政府信息公开条例》规定,现发布《吉林省2020年度政府信息公开工作报告》。\n一、总体情况\n发布2019年统计公报、2019年财政决算和2019年审计结果,公开2021年预算。";
    expect(detectReportMeta(text).year).toBe(2020);
  });
  it("a span of days within one year names that year, like a span of months (batch O, 905)", () => {
    expect(detectYear(null, ["为贯彻会议精神,2022年3月1日—10月31日,省司法厅在全省集中开展矛盾纠纷排查化解专项行动。"])).toBe(2022);
    expect(detectYear(null, ["2022年3月1—10月31日,省司法厅在全省集中开展专项行动。"])).toBe(2022);
  });
});

describe("a reply to a deputy's suggestion or a member's proposal (gathered/1313, 1321, 1326)", () => {
  const year = (text: string, sourceUrl?: string) => detectReportMeta(text, { sourceUrl }).year;
  it("is about the year of its date, whatever years its account of the work goes back to", () => {
    const text =
      "民革陕西省委员会:\n贵委员会提出的《关于积极统筹推进我省公职律师制度实施工作的建议》(第12号)收悉。现答复如下:\n一、基本情况\n司法部意见下发后,我厅于2002年12月下发了试点意见,从2003年开始在渭南市开展公职律师试点工作。2017年4月14日,省委办公厅印发实施意见。";
    expect(year(text, "https://sft.shaanxi.gov.cn/zfxxgk/qtgw/201806/t20180613_3099902.html")).toBe(2018);
  });
  it("by its own number when the page gives no date", () => {
    const text = "对市政协十一届一次会议第74号提案的答复\n舞司〔2022〕26号 签发人:张天翼\n张天翼委员:\n您提出的提案收悉,现答复如下:\n我局2019年起推进公职律师工作。";
    expect(year(text)).toBe(2022);
  });
  it("a reply with neither date nor number tells no year of its own (gathered/1400)", () => {
    const text = "关于市政协第134号提案的答复\n民建楚雄州委:\n你们提出的提案收悉,现答复如下:\n2019年,市人民政府重新聘请了10名法律顾问。今年,市委也重新聘请了10名法律顾问。";
    expect(year(text)).toBeNull();
  });
  it("a report that answers nobody is read as before", () => {
    expect(year("2023年,我县深入推进法治政府建设,全年共调解纠纷120件。", "https://www.x.gov.cn/art/2024/1/5/art_1.html")).toBe(2023);
  });
});

describe("untitled news, spans and the year looked back on (batch Y2: 1334; Z2: 1370, 1372)", () => {
  const year = (text: string, sourceUrl?: string) => detectReportMeta(text, { sourceUrl }).year;
  it("an untitled item that opens on its dateline and its event is about the year of its figures", () => {
    const text =
      "3月25日,我市召开2016年建议提案交办会,总结2015年建议提案办理情况,安排部署2016年工作重点。\n2015年,市八届人大五次会议和市政协八届四次会议交由市政府系统办理的建议提案共149件,由57个承办单位分解办理。";
    expect(year(text)).toBe(2015);
  });
  it("自去年…至今 is where a span starts, not the year the text speaks of", () => {
    const text = "14日上午,自治区政府新闻办举行新闻发布会。自去年10月底《实施方案》出台至今,完成了行政复议职责集中整合。";
    expect(year(text, "http://www.example.cn/news/202206/t20220615_7221375.html")).toBe(2022);
  });
  it("YYYY年以来 opening a text of that year or the next is that year; further back it is a span", () => {
    const text = "海北州“四个更加”亮出法治建设成绩单\n发布时间:2025年02月17日 消息来源:海北州人民政府\n2024年以来,海北州始终坚持以习近平法治思想为指导,全面依法治州工作迈上新台阶。";
    expect(year(text)).toBe(2024);
    const span = "法治建设成绩单\n发布时间:2025年02月17日\n2021年以来,海北州始终坚持以习近平法治思想为指导,全面依法治州工作迈上新台阶。";
    expect(year(span)).not.toBe(2021);
  });
});

describe("rules-2.10.0: a look back written early in the next year", () => {
  it("一年来, 过去五年 and a session's span in January to March are the year before", () => {
    expect(detectYear(null, ["记者从5日开幕的区政协十三届五次会议上获悉,一年来,区政协委员共提交提案305件。"], "2016-01-06", true)).toBe(2015);
    expect(detectYear(null, ["1月27日,政协海口市第十五届委员会第一次会议召开,过去五年,海口市政协共立案提案2045件。"], "2022-01-27", true)).toBe(2021);
    expect(detectYear(null, ["省政协七届四次会议以来,省政协委员提出提案708件,立案659件。"], "2022-01-01", true)).toBe(2021);
  });

  it("later in the year, or with 今年 named first, the look back is that year's", () => {
    expect(detectYear(null, ["一年来,区政协委员共提交提案305件。"], "2016-12-28")).toBe(2016);
    expect(detectYear(null, ["今年以来,全县共调解纠纷100件,一年来成效明显。"], "2016-02-10")).toBe(2016);
  });
});

describe("rules-2.13.0: a news item's background years", () => {
  it("a year before the one just ended is background in a news item with a date", () => {
    const body = ["会议宣布了州政府第二届法律顾问名单,总结回顾自2012年成立聘任了第一届政府法律顾问以来的工作。"];
    expect(detectYear("凉山州人民政府第二届法律顾问工作会议召开", body, "2016-03-14", true)).toBe(2016);
    // the year just ended stays the year a news item of January to March speaks of
    expect(detectYear("某县召开2015年法治政府建设工作总结会", ["2015年,全县共办理行政复议案件20件。"], "2016-02-10", true)).toBe(2015);
  });
});
