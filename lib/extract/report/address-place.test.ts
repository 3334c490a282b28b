import { describe, expect, it } from "vitest";
import { detectReportMeta } from "./meta";
import { placeOfAddress } from "./address-place";

// addresses of real pages in data/real (gathered/505: 建湖县's site, pages/241: 河源's news site)
describe("placeOfAddress", () => {
  it("reads the place a site's address names", () => {
    expect(placeOfAddress("http://www.jianhu.gov.cn/zgjh/zwgk/2022/01/16/art_1.html")?.name).toBe("建湖县");
    expect(placeOfAddress("http://www.heyuanxw.com.cn/news/2016/1028/a.html")?.name).toBe("河源市");
  });

  it("names nothing when the label fits two places, or none, or is no place at all", () => {
    expect(placeOfAddress("http://sfj.taian.gov.cn/art/2016/7/27/a.html")).toBeNull(); // 泰安市, 台安县
    expect(placeOfAddress("https://www.fangcheng.gov.cn/a.html")).toBeNull(); // 方城县, 防城区
    expect(placeOfAddress("http://www.wzrd.gov.cn/art/2010/7/6/a.html")).toBeNull();
    expect(placeOfAddress("http://www.moj.gov.cn/pub/a.html")).toBeNull();
    expect(placeOfAddress("not an address")).toBeNull();
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
