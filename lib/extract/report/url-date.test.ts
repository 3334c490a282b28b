import { describe, expect, it } from "vitest";
import { dateFromUrl } from "./url-date";

// addresses of real pages in data/real
describe("dateFromUrl", () => {
  it.each([
    ["http://www.beijing.gov.cn/gongkai/fzzfjsbg/qzf/hdq/202103/t20210330_2336698.html", "2021-03-30"],
    ["http://www.wzrd.gov.cn/art/2010/7/6/art_1382198_12315978.html", "2010-07-06"],
    ["https://www.wuhan.gov.cn/zwgk/fzzfj/202503/t20250310_2549212.shtml", "2025-03-10"],
    ["http://szb.northnews.cn/nmgrb/html/2022-09/12/content_38614_190502.htm", "2022-09-12"],
    // a two-digit month or day is read whole: 25 December, not 2 January
    ["http://www.jianhu.gov.cn/art/2023/12/25/art_12508_3793826.html", "2023-12-25"],
    ["http://www.jianhu.gov.cn/art/2022/1/16/art_12508_3793826.html", "2022-01-16"],
    ["https://m.fx361.cc/news/2019/1130/17671430.html", "2019-11-30"],
    // a timestamp with milliseconds and a counter (gathered/914); month and day run into a counter (gathered/1153)
    ["https://sft.ln.gov.cn/sft/gzdt/gsdt/2025080710292219690/index.shtml", "2025-08-07"],
    ["http://chuxiong.gov.cn/info/egovinfo/1001/xxgkxt_content/11532300015167401G-/2024-0927004.htm", "2024-09-27"],
  ])("%s", (url, iso) => {
    expect(dateFromUrl(url)?.iso).toBe(iso);
  });

  it("a year and month alone, and nothing from ids that only look like dates", () => {
    expect(dateFromUrl("https://saintpaulhem.com/ncx/ncxrmzf/fzzfgzbg/202109/1612ef839ecc434b99e45ed9b50b44ca.shtml")).toEqual({ year: 2021, month: 9, iso: null });
    expect(dateFromUrl("https://m.fx361.cc/news/2019/0221/17671430.html")?.iso).toBe("2019-02-21");
    expect(dateFromUrl("https://www.zcbk.cn/index.php?m=home&c=View&a=index&aid=452527")).toBeNull();
    expect(dateFromUrl("https://yyx.gov.cn/37584/38152/66314/66315/content_2048080.html")).toBeNull();
    expect(dateFromUrl("not a url")).toBeNull();
  });
});

describe("a CMS's empty date", () => {
  it("t19700101 (the Unix epoch) is no publication date (openings/013, gathered/544)", () => {
    expect(dateFromUrl("http://liucheng.gov.cn/xxgk/zfwj/zfzgbg/t19700101_3424692.shtml")).toBeNull();
  });
});
