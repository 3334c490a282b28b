import { nameWithParent, writtenName, type Place } from "./place";
import type { Rng } from "./random";

/**
 * Titles, page furniture, addressees and signatures as they come with real reports copied from
 * government sites: the title names the place and the year, the page carries 来源/发布时间 lines,
 * breadcrumbs, print buttons, download links and a footer.
 */
export interface Heading {
  /** the name the text gives the place (庐阳区, 黔东南州) */
  name: string;
  /** the name with its parent when the text writes one (福州市鼓楼区) */
  fullName: string;
}

export function heading(place: Place, rng: Rng): Heading {
  const name = writtenName(place, rng);
  const withParent = place.shared || rng.chance(0.15);
  return { name, fullName: withParent ? nameWithParent({ ...place, name }) : name };
}

export function annualTitle(place: Place, h: Heading, year: number, rng: Rng): string {
  const gov = place.govFull.includes("行政公署") ? "行政公署" : "人民政府";
  const du = rng.pick(["", "度"]);
  const title = rng.weighted([
    [5, `${h.fullName}${gov}关于${year}年${du}法治政府建设${rng.pick(["工作情况", "情况", "工作"])}的报告`],
    [3, `${h.fullName}${year}年法治政府建设年度报告`],
    [2, `${h.fullName}${gov}${year}年法治政府建设年度报告`],
    [2, `${h.fullName}${year}年度法治政府建设情况报告`],
    [1, `中共${h.fullName}委 ${h.fullName}${gov}关于${year}年法治政府建设情况的报告`],
  ] as const);
  // a title broken over two lines, as pages often show it
  if (rng.chance(0.08)) {
    const at = title.indexOf("法治政府");
    if (at > 0) return `${title.slice(0, at)}\n${title.slice(at)}`;
  }
  return title;
}

export interface Published {
  iso: string;
  year: number;
  month: number;
  day: number;
}

export function publication(rng: Rng, year: number, months: [number, number]): Published {
  const month = rng.int(months[0], months[1]);
  const day = rng.int(1, 28);
  const pad = (n: number) => String(n).padStart(2, "0");
  return { iso: `${year}-${pad(month)}-${pad(day)}`, year, month, day };
}

export function chineseDate(p: Published): string {
  return `${p.year}年${p.month}月${p.day}日`;
}

export function topFurniture(place: Place, h: Heading, p: Published, rng: Rng): string[] {
  const source = rng.pick([`${h.name}司法局`, `${h.fullName}${place.govFull.includes("行政公署") ? "行政公署" : "人民政府"}`, `${h.name}人民政府办公室`]);
  const time = `${String(rng.int(8, 18)).padStart(2, "0")}:${String(rng.int(0, 59)).padStart(2, "0")}`;
  const lines: string[] = [];
  if (rng.chance(0.35)) lines.push(rng.pick(["首页 > 政务公开 > 法治政府建设年度报告", "您当前的位置:首页 > 专题专栏 > 法治政府建设", "当前位置:首页 > 信息公开 > 法治政府建设", "• 今天是"]));
  if (rng.chance(0.75)) {
    lines.push(rng.pick([
      `发布时间:${p.iso} ${time}  来源:${source}`,
      `时间:${p.iso} 来源:${source} 浏览次数:${rng.int(30, 5000)}`,
      `日期:${p.iso}    来源:${source}`,
      `发表时间:${p.iso} ${time}\n  来源:${source}`,
      `来源:${source}  发布时间:${p.iso} ${time}  字号:[ 大 中 小 ]  打印本页`,
    ]));
  }
  if (rng.chance(0.3)) lines.push(rng.pick(["【字体:大 中 小】 打印本页 关闭窗口", "【字体: 打印", "分享到:", "扫一扫在手机打开当前页"]));
  return lines;
}

export function bottomFurniture(h: Heading, rng: Rng): string[] {
  const options = [
    "扫一扫在手机打开当前页",
    "【打印本页】【关闭窗口】",
    "Word版本下载",
    "PDF版本下载",
    `上一篇:${h.name}关于开展“八五”普法中期评估工作的通知`,
    `下一篇:${h.name}召开依法治${h.name.slice(-1)}委员会会议`,
    `主办:${h.fullName}人民政府办公室  承办:${h.name}大数据中心`,
    `网站标识码${rng.int(1000000000, 9999999999)}  ICP备${rng.int(10000000, 99999999)}号`,
    "账号+密码登录\n手机+密码登录\n还没有账号?\n立即注册",
    "网站地图 | 联系我们 | 隐私声明",
  ];
  return rng.chance(0.55) ? rng.sample(options, rng.int(1, 4)) : [];
}

export function addressee(place: Place, rng: Rng): string | null {
  if (!rng.chance(0.6)) return null;
  const parent = place.parents[0];
  const level = place.division.level;
  if (level === "province") return rng.pick(["党中央、国务院:", "国务院:"]);
  const upper = parent ? `${parent.name}人民政府:` : "国务院:";
  return rng.pick([upper, `${place.unit === "地区" ? "地区" : place.unit}人大常委会:`, upper]);
}
