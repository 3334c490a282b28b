import { describe, expect, it } from "vitest";
import { detectReportMeta } from "./meta";
import { placeOfAddress, placeOfParentAndName, placeOfPath } from "./address-place";

// addresses of real pages in data/real (gathered/505: 建湖县's site, pages/241: 河源's news site)
describe("placeOfAddress", () => {
  it("reads the place a site's address names", () => {
    expect(placeOfAddress("http://www.jianhu.gov.cn/zgjh/zwgk/2022/01/16/art_1.html")?.name).toBe("建湖县");
    expect(placeOfAddress("http://www.heyuanxw.com.cn/news/2016/1028/a.html")?.name).toBe("河源市");
  });

  it("names nothing when the label fits two places, or none, or is no place at all", () => {
    // 和县 after a closing bracket is 和 joining two documents, not the county (gathered/717)
    expect(detectReportMeta("2015年政府信息公开工作年度报告\n我局根据《条例》(琼政务公开协办[2016]69号)和县政府办公室《关于做好年度报告公开工作的通知》要求编制本报告。").jurisdiction).toBeNull();
    expect(placeOfAddress("http://sfj.taian.gov.cn/art/2016/7/27/a.html")).toBeNull(); // 泰安市, 台安县
    expect(placeOfAddress("https://www.fangcheng.gov.cn/a.html")).toBeNull(); // 方城县, 防城区
    expect(placeOfAddress("http://www.wzrd.gov.cn/art/2010/7/6/a.html")).toBeNull();
    expect(placeOfAddress("http://www.moj.gov.cn/pub/a.html")).toBeNull();
    expect(placeOfAddress("not an address")).toBeNull();
  });

  it("reads a county a province's portal hosts under its own name (gathered/717)", () => {
    expect(placeOfAddress("https://tunchang.hainan.gov.cn/tunchangxxgkzl/xgbmxxgk/201812/t20181225_1984209.html")?.name).toBe("屯昌县");
    // an office's label under the province's name is no place
    expect(placeOfAddress("http://sft.guizhou.gov.cn/a.html")?.name).toBe("贵州省");
  });

  it("is the last resort: a place the text names comes first", () => {
    const text = "县司法局获评全省行政应诉工作先进集体\n发布日期:2022-01-16\n近日,县司法局荣获省行政应诉工作先进集体。";
    expect(detectReportMeta(text).jurisdiction).toBeNull();
    expect(detectReportMeta(text, { sourceUrl: "http://www.jianhu.gov.cn/a/2022/01/16/a.html" }).jurisdiction?.name).toBe("建湖县");
    expect(detectReportMeta(`宝应县司法局获评先进集体\n${text}`, { sourceUrl: "http://www.jianhu.gov.cn/a.html" }).jurisdiction?.name).toBe("宝应县");
  });
});

// a shared name the text does not settle (通州区: 北京市's and 南通市's), settled by the address's
// owner label opening on one parent (openings/031, gathered/475)
describe("a shared name and the address", () => {
  const tongzhou = "通州区2021年行政复议应诉分析报告\n2021年通州区积极推动行政复议体制改革,持续推进行政机关负责人出庭应诉工作。";

  it("the parent the address opens on settles it (bjtzh: 北京 + 通州; xncz: 西宁 + 城中)", () => {
    const beijing = detectReportMeta(tongzhou, { sourceUrl: "http://zhengfu.bjtzh.gov.cn/bjtz/xxfb/202211/1624687.shtml" }).jurisdiction;
    expect(beijing?.parents.map((p) => p.name)).toEqual(["北京市"]);
    const chengzhong = "一、总体情况\n2024年,城中区人民政府深入贯彻落实政务公开各项决策部署,紧紧围绕全区中心工作。";
    expect(detectReportMeta(chengzhong, { sourceUrl: "https://xncz.gov.cn/info/4512/197132.htm" }).jurisdiction?.parents.map((p) => p.name)).toEqual(["西宁市", "青海省"]);
  });

  it("without such an address the name stays for a person to choose", () => {
    for (const sourceUrl of [undefined, "http://www.moj.gov.cn/pub/a.html", "http://www.jianhu.gov.cn/a.html"]) {
      const meta = detectReportMeta(tongzhou, { sourceUrl });
      expect(meta.jurisdiction).toBeNull();
      expect(meta.ambiguousJurisdiction?.candidates.length).toBeGreaterThan(1);
    }
  });
});

// a news site that files a county's items under its name spelled out (gathered/517)
describe("a folder of the path that spells a place", () => {
  const text = "沭阳县司法局召开会议\n近日,县司法局组织召开全县行政执法工作推进会,部署全年重点工作。";
  const body = "近日,县司法局组织召开全县行政执法工作推进会,部署全年重点工作。";

  it("names the place when the words name none (shwl08.com/shuyang/…: 沭阳县)", () => {
    expect(placeOfPath("http://www.shwl08.com/shuyang/fzgzdt/202410/7e949ccc.shtml")?.name).toBe("沭阳县");
    expect(detectReportMeta(body, { sourceUrl: "http://www.shwl08.com/shuyang/fzgzdt/202410/7e949ccc.shtml" }).jurisdiction?.name).toBe("沭阳县");
  });

  it("never over the text's own words, nor from short codes or the file's name", () => {
    expect(detectReportMeta(text, { sourceUrl: "http://www.shwl08.com/zhuhai/202410/1.shtml" }).jurisdiction?.name).toBe("沭阳县");
    expect(placeOfPath("http://www.example.com/xxgk/zwgk/202410/1.shtml")).toBeNull();
    expect(placeOfPath("http://www.example.com/news/shuyang.html")).toBeNull();
  });
});

// a sub-unit's page on its district's site names the province, the city and the district in one
// breath (gathered/465); a city's notice reposted on its county's site stays the city's (gathered/403)
describe("a place the text names below its most-named one, on that place's site", () => {
  const street =
    "根据《中华人民共和国政府信息公开条例》《四川省人民政府信息公开规定》,广元市利州区人民政府办公室《关于分解下达2019年度政务公开重点工作任务的通知》(广利府办函〔2019〕49号)要求,现将河西街道2019年度政府信息公开工作报告如下。\n一、总体情况\n2019年,河西街道通过区政府门户网站上报信息114条。";

  it("is the address's place (lzq.gov.cn: 利州区 among the places sharing those initials)", () => {
    expect(detectReportMeta(street, { sourceUrl: "https://lzq.gov.cn/gongkai/show/20200117172136613.html" }).jurisdiction?.name).toBe("利州区");
    expect(detectReportMeta(street).jurisdiction?.name).toBe("四川省");
  });

  it("never over the issuer a title names", () => {
    const notice = "金昌市人民政府关于印发《金昌市创建全国法治政府建设示范市实施方案》的通知\n永昌县、金川区人民政府,市政府各部门、单位:\n《金昌市创建全国法治政府建设示范市实施方案》已经市委同意,现印发给你们。";
    const url = "https://yongchang.gov.cn/zfxxgk/zc/wj/art/2025/art_4ac8ce.html";
    expect(detectReportMeta(notice, { sourceUrl: url }).jurisdiction?.name).toBe("金昌市");
  });
});

describe("a government site named by its parent and then itself (gathered/1028, 1124, 622)", () => {
  it.each([
    ["https://www.scanju.gov.cn/gongkai/show/5", "安居区"],
    ["https://cqjlp.gov.cn/zwgk_251/zfxxgkml_1/", "九龙坡区"],
    ["https://tljq.gov.cn/openness/OpennessAnnualReport/show/2396.html", "郊区"],
    ["http://www.gzlps.gov.cn/zwgk/", "六盘水市"],
  ])("%s is %s", (url, name) => {
    expect(placeOfParentAndName(url)?.name).toBe(name);
  });

  it.each([["http://www.jianhu.gov.cn/"], ["https://scanju.com/news/1.html"], ["http://xjbz.gov.cn/xjbz/c101417/"]])("%s: none (a name of its own, not a gov.cn host, or no place fits)", (url) => {
    expect(placeOfParentAndName(url)).toBeNull();
  });
});

describe("an organ's letters after its place's are no place (review of rules-2.8.0)", () => {
  it.each([["http://www.gdsft.gov.cn/a.html"], ["http://www.cqsfj.gov.cn/a.html"], ["http://www.hnzf.gov.cn/a.html"], ["http://www.hbjy.gov.cn/a.html"]])("%s: none", (url) => {
    expect(placeOfParentAndName(url)).toBeNull();
  });
});
