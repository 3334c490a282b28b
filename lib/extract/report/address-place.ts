import { pinyin } from "pinyin-pro";
import { allDivisions, ancestorsOf, stemOf, type Division } from "../../gazetteer";

/**
 * The place a government site's address names: www.jianhu.gov.cn is 建湖县's, yyx.gov.cn 岳阳县's
 * (initials of the name with its level), heyuanxw.com 河源's news site. Read from the label the
 * host gives its owner (the one before gov.cn, else the site's own name, a news suffix dropped)
 * as the full pinyin of a place's name or stem, or the initials of its full name; only a label
 * that names exactly one place counts (taian is 泰安市 and 台安县: nothing).
 */
let index: Map<string, Division[]> | null = null;

const syllablesOf = (name: string): string[] => pinyin(name, { toneType: "none", type: "array", v: true });

function keysOf(name: string): string[] {
  const syllables = syllablesOf(name);
  const keys = [syllables.join(""), syllables.map((s) => s[0]).join("")];
  const stem = stemOf(name);
  if (stem) keys.push(syllablesOf(stem).join(""));
  return keys.filter((k) => k.length >= 3);
}

/** Adds d under key; a bucket grows in place (copying it per place was quadratic in its size). */
function addTo(index: Map<string, Division[]>, key: string, d: Division) {
  const bucket = index.get(key);
  if (bucket) bucket.push(d);
  else index.set(key, [d]);
}

function build(): Map<string, Division[]> {
  const out = new Map<string, Division[]>();
  for (const d of allDivisions()) {
    if (d.code === null) continue;
    for (const key of new Set(keysOf(d.name))) addTo(out, key, d);
  }
  return out;
}

// generic labels a site may carry that name no place
const GENERIC = new Set(["www", "gov", "sfj", "sft", "fzb", "news", "xxgk", "zwgk", "wap", "m", "mp", "web", "cms", "bbs"]);
const NEWS_SUFFIX = /(?:xw|news|rb|wb|tv|net|daily)$/;

function ownerLabel(host: string): string | null {
  const labels = host.toLowerCase().split(".");
  const gov = labels.indexOf("gov");
  if (gov > 0) return labels[gov - 1];
  // example.com.cn, example.cn, example.com: the label before the public suffix
  const suffix = labels.at(-2) === "com" || labels.at(-2) === "net" || labels.at(-2) === "org" ? 2 : 1;
  return labels.length > suffix ? labels[labels.length - suffix - 1] : null;
}

/** the address's host in lower case, or "" when it is no address */
function hostOf(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return "";
  }
}

/** the label naming the address's owner (jianhu of www.jianhu.gov.cn), or null */
function addressLabel(url: string | null | undefined): string | null {
  const host = url ? hostOf(url) : "";
  if (!host) return null;
  const label = ownerLabel(host);
  return !label || GENERIC.has(label) || !/^[a-z]+$/.test(label) ? null : label;
}

// the ways an owner label may open on a parent's name: its pinyin or initials, of the full name
// or of its stem (bj of 北京, xn of 西宁)
function prefixesOf(d: Division): string[] {
  const names = [d.name, stemOf(d.name)].filter((n): n is string => Boolean(n));
  return names.flatMap((n) => {
    const syllables = syllablesOf(n);
    return [syllables.join(""), syllables.map((s) => s[0]).join("")];
  });
}

/**
 * Of places sharing a name (通州区 of 北京市 and of 南通市), those whose parent the address opens
 * on: zhengfu.bjtzh.gov.cn is 北京's 通州, xncz.gov.cn 西宁's 城中区. Only when exactly one does.
 */
export function settledByAddress(url: string | null | undefined, divisions: readonly Division[]): Division | null {
  const label = addressLabel(url);
  if (!label || divisions.length < 2) return null;
  const fits = divisions.filter((d) => ancestorsOf(d).some((a) => prefixesOf(a).some((p) => p.length >= 2 && p.length < label.length && label.startsWith(p))));
  return fits.length === 1 ? fits[0] : null;
}

let spelled: Map<string, Division[]> | null = null;

// full spellings only (shuyang, zhuhai): a path's folders hold many short codes that initials would misread
function buildSpelled(): Map<string, Division[]> {
  const out = new Map<string, Division[]>();
  for (const d of allDivisions()) {
    if (d.code === null) continue;
    const names = [d.name, stemOf(d.name)].filter((n): n is string => Boolean(n));
    for (const key of new Set(names.map((n) => syllablesOf(n).join("")))) {
      if (key.length >= 5) addTo(out, key, d);
    }
  }
  return out;
}

/**
 * The place a folder of the page's path spells out in full (www.shwl08.com/shuyang/fzgzdt/…: 沭阳),
 * when exactly one folder names exactly one place.
 */
export function placeOfPath(url: string | null | undefined): Division | null {
  if (!url) return null;
  let segments: string[];
  try {
    segments = new URL(url).pathname.toLowerCase().split("/").slice(0, -1);
  } catch {
    return null;
  }
  spelled ??= buildSpelled();
  const found = new Set<Division>();
  for (const seg of segments) {
    const places = /^[a-z]{5,20}$/.test(seg) && !GENERIC.has(seg) ? spelled.get(seg) : undefined;
    if (places?.length === 1) found.add(places[0]);
  }
  return found.size === 1 ? [...found][0] : null;
}

/**
 * A government site whose label is its parent's initials or pinyin and then its own name
 * (scanju.gov.cn: 四川's 安居区, cqjlp.gov.cn: 重庆's 九龙坡区, shpt.gov.cn: 上海's 普陀区), when exactly one place fits. Only on gov.cn hosts: a
 * news site's letters are a brand more often than a place. (snqindu.gov.cn, 秦都区, is missed: pinyin-pro reads 都 as
 * dou, a place name's reading it does not know.)
 */
export function placeOfParentAndName(url: string | null | undefined): Division | null {
  const label = addressLabel(url);
  if (!label || !/\.gov\.cn$/.test(hostOf(url!)) || ORGAN_ENDING.test(label)) return null;
  compound ??= buildCompound();
  const found = new Set<Division>();
  for (let cut = 2; cut <= label.length - 2; cut++) {
    const parent = label.slice(0, cut);
    const own = label.slice(cut);
    // (gdsft.gov.cn, cqsfj.gov.cn, hnzf.gov.cn: a province's 司法厅, 司法局 or government, not a place within it)
    if (ORGAN_LETTERS.has(own)) continue;
    for (const d of compound.get(own) ?? []) {
      if (ancestorsOf(d).some((a) => parentPrefixesOf(a).includes(parent))) found.add(d);
    }
  }
  return found.size === 1 ? [...found][0] : null;
}

// letters sites give an organ after their place's (gd + sft: 广东省司法厅, hn + zf: 湖南省政府, hb + jy: 湖北教育), never a place's
const ORGANS_SPELLED = ["sft", "sfj", "sfs", "fzb", "fzj", "zfb", "fgw", "jyj", "gaj", "rsj", "rdw", "zxw", "rmzf", "zwgk", "xxgk"];
const ORGAN_LETTERS = new Set([
  ...ORGANS_SPELLED,
  "gov",
  ...["zf", "sf", "jy", "ga", "rd", "zx", "fy", "rs", "ws", "jt", "sw", "wh", "ly", "ny", "hb", "tj", "cz", "sj", "mz", "gt", "zj", "dj", "xw", "fz", "jw", "zz", "xc", "tw", "gh", "kx"],
]);
// (gdsft: 广东省司法厅, read whole, though gds + ft would spell 广东省's 福田区)
const ORGAN_ENDING = new RegExp(`(?:${ORGANS_SPELLED.join("|")})$`);

let compound: Map<string, Division[]> | null = null;

// a place's own part of a compound label: its name's or its stem's pinyin or initials (jlp: 九龙坡)
function buildCompound(): Map<string, Division[]> {
  const out = new Map<string, Division[]>();
  for (const d of allDivisions()) {
    if (d.code === null || d.level === "province") continue;
    for (const key of new Set(prefixesOf(d))) if (key.length >= 2) addTo(out, key, d);
  }
  return out;
}

// the provinces' two-letter codes (GB/T 2260, ISO 3166-2:CN) sites open on: sn is 陕西, sx 山西, ha 河南
const PROVINCE_CODE: Record<string, string> = {
  "11": "bj", "12": "tj", "13": "he", "14": "sx", "15": "nm", "21": "ln", "22": "jl", "23": "hl", "31": "sh", "32": "js",
  "33": "zj", "34": "ah", "35": "fj", "36": "jx", "37": "sd", "41": "ha", "42": "hb", "43": "hn", "44": "gd", "45": "gx",
  "46": "hi", "50": "cq", "51": "sc", "52": "gz", "53": "yn", "54": "xz", "61": "sn", "62": "gs", "63": "qh", "64": "nx", "65": "xj",
};

function parentPrefixesOf(d: Division): string[] {
  const code = d.level === "province" && d.code ? PROVINCE_CODE[d.code.slice(0, 2)] : undefined;
  return code ? [...prefixesOf(d), code] : prefixesOf(d);
}


/** every place the address's owner label may name (lzq: 利州区 and others sharing its initials) */
export function placesOfAddress(url: string | null | undefined): Division[] {
  const label = addressLabel(url);
  if (!label) return [];
  index ??= build();
  return [...new Set([label, label.replace(NEWS_SUFFIX, "")].flatMap((key) => index!.get(key) ?? []))];
}

/**
 * A place a province's or a city's portal hosts under its own name (tunchang.hainan.gov.cn: 海南's
 * 屯昌县): the label before the owner's, when it names exactly one place inside the owner's.
 */
function hostedPlace(url: string): Division | null {
  const labels = hostOf(url).split(".");
  const gov = labels.indexOf("gov");
  const hosted = labels[gov - 2];
  if (gov < 2 || !hosted || GENERIC.has(hosted) || !/^[a-z]+$/.test(hosted)) return null;
  index ??= build();
  const owners = new Set(index.get(labels[gov - 1]) ?? []);
  const inside = (index.get(hosted) ?? []).filter((d) => ancestorsOf(d).some((a) => owners.has(a)));
  return inside.length === 1 ? inside[0] : null;
}

export function placeOfAddress(url: string | null | undefined): Division | null {
  const label = addressLabel(url);
  if (!label) return null;
  const hosted = hostedPlace(url!);
  if (hosted) return hosted;
  index ??= build();
  for (const key of [label, label.replace(NEWS_SUFFIX, "")]) {
    const found = index.get(key);
    if (found?.length === 1) return found[0];
  }
  return null;
}
