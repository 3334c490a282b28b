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
