import { ancestorsOf, findByName, nameForms, type Division } from "../gazetteer";
import type { Rng } from "./random";

/**
 * How a report speaks of its own place: 全市 / 市政府 / 我市 for a city, 全州 / 州政府 for an
 * autonomous prefecture, 全旗 / 旗政府 for a banner, 行署 for a 地区 or 盟, and so on.
 */
export interface Place {
  division: Division;
  code: string;
  /** official name (黔东南苗族侗族自治州) */
  name: string;
  /** parents from the nearest up, official names */
  parents: Division[];
  province: Division;
  /** the level character: 省 市 区 州 县 旗 盟 … */
  unit: string;
  /** 全市 */
  area: string;
  /** 市政府 */
  gov: string;
  /** 市人民政府 (地区: 地区行政公署) */
  govFull: string;
  /** 我市 */
  self: string;
  /** a short alias the text may use (黔东南州), when the gazetteer knows one */
  alias?: string;
  /** the name is shared with other divisions (鼓楼区 ×4): the text names the parent too */
  shared: boolean;
}

function unitOf(d: Division): string {
  const n = d.name;
  if (n.endsWith("自治区")) return "区";
  if (n.endsWith("自治州")) return "州";
  if (n.endsWith("地区")) return "地区";
  if (n.endsWith("林区")) return "区";
  if (n.endsWith("自治县")) return "县";
  if (n.endsWith("自治旗")) return "旗";
  const last = n.slice(-1);
  return ["省", "市", "区", "县", "旗", "盟"].includes(last) ? last : "县";
}

export function describePlace(division: Division): Place {
  const parents = ancestorsOf(division);
  const unit = unitOf(division);
  const administrativeOffice = unit === "地区" || unit === "盟";
  const gov = division.name.endsWith("自治区") ? "自治区政府" : administrativeOffice ? `${unit === "盟" ? "盟" : ""}行署` : `${unit}政府`;
  const govFull = division.name.endsWith("自治区")
    ? "自治区人民政府"
    : administrativeOffice
      ? `${unit}行政公署`
      : `${unit}人民政府`;
  const alias = nameForms(division).find((f) => f.kind === "alias" && f.text.endsWith("州"))?.text;
  return {
    division,
    code: division.code!,
    name: division.name,
    parents,
    province: parents.length ? parents[parents.length - 1] : division,
    unit,
    area: `全${unit}`,
    gov,
    govFull,
    self: `我${unit}`,
    alias,
    shared: findByName(division.name).length > 1,
  };
}

/** The name the report writes for itself: the official name, sometimes a short alias. */
export function writtenName(place: Place, rng: Rng): string {
  return place.alias && rng.chance(0.3) ? place.alias : place.name;
}

/** The parent the text may write before a district's or county's name (福州市鼓楼区, 天津市和平区). */
export function nameWithParent(place: Place): string {
  const p = place.parents[0];
  return p && (place.division.level === "district" || place.division.level === "county") ? `${p.name}${place.name}` : place.name;
}
