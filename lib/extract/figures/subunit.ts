import { matchesOf } from "../text/matches";
import { LEGAL_OFFICE_NAME } from "./legal-office";
/**
 * Sub-units as the subject of a figure: one department, town, street, court, 调解室 or named
 * committee speaks for itself, not for the jurisdiction. A sub-unit named after a preposition or
 * a transitive verb (对区直部门规范性文件进行备案审查, 组织检察院…) is an object and does not count.
 */
const SUB_UNIT = new RegExp(
  [
    "调解室",
    // 公职律师涉税争议咨询调解中心成功调解4起: one centre, as one room
    "调解中心",
    "工作室",
    "驻所",
    "派出所",
    "司法所",
    "人民法庭",
    "法院(?![生判裁])",
    "检察院",
    "街道",
    "乡镇",
    "[镇乡](?![村长党政燃域级])",
    "开发区",
    "园区",
    "高新区",
    // 市县两级政府及其部门: the government with its departments, not one of them
    "(?<!及其|及其工作|及所属|及|和)部门",
    "单位",
    // 市人民政府办公室收到申请22件, 县政府公开办主动公开信息62条: the government's office, not the government
    // (省政府及省政府办公厅, 县政府和县政府办公室, 州人民政府(州政府办公室), 依申请公开办件 are not it, nor are the
    // offices that act for the government: 县委依法治县办公室, 区政府行政复议办公室)
    "(?<!依法治[省市县区州旗盟](?:委员会)?|[及和与(][\\u4e00-\\u9fff]{0,6})(?:(?<=政府)办公室|公开办(?![件理结]))",
    "(?<![格大布全当结开僵时政残骗赌邮])局",
    // 我办收到申请29件: an office speaking of itself (本办法 is a rule, 我办理 a verb)
    "(?<=[我本])办(?![理结件法事])",
    "(?<![大客餐展门])厅",
    "(?:发改|卫健|教|政法|纪|编|经信|工信|农|住建|网信|统战)委",
    "(?:宣传|组织|统战)部",
    "学校",
    "医院",
    "公司",
    "集团",
    "银行",
    "(?:纠纷|行业|专业|医疗|婚姻|家庭|交通|物业|劳动|商会|企业)[\\u4e00-\\u9fff]{0,6}调解(?:委员会|组织)",
    // 高荣村人民调解委员会2名调解员: one village's (or community's) committee
    "(?<=[\\u4e00-\\u9fff]{2})(?<![个各每全级和、])[村居](?:人民)?调解委员会",
  ].join("|"),
  "g",
);

const OBJECT_INTRO =
  /对|向|为|给|指导|督促|推动|推进|联合|会同|依托|通过|协调|帮助|在|将|把|深入|走进|进驻|赴|到|组织|围绕|针对|面向|覆盖|包括|涉及|带动|协助|配合|邀请|联系|建立|设立|成立|建成|建有|设置|审查|审核|备案|检查|督查|考核|评查|实现/;
const QUOTED = /“[^“”]{0,40}”/g;
const GOING_TO = /[进下]/;
const TOLD_BY =
  /据[^,;。]{0,20}?(?:统计|介绍|消息|了解|通报|数据|显示)|(?:记者)?(?:从|自)[^,;。]{0,20}?(?:获悉|了解到|得知)|[^,;。据从]{0,20}?(?:负责人|局长|厅长|主任|处长|科长|所长|有关人士)[^,;。]{0,6}?(?:介绍|表示|透露|指出|通报)/g;
// 全区20家党政机关和事业单位共有公职律师37名: bodies counted together, as many as the place has, no one of them
const COUNTED_BODIES = /[\d一二三四五六七八九十百千]+家(?:党政机关|机关|单位)(?:[和及、](?:企事业|事业)单位)?/g;
// 各乡镇、县直各单位 (towns and departments listed together, each with 各): every unit of the place, so the
// whole place, not one of its parts
const EVERY_UNIT_ITEM = "(?:[省市县区]直)?各(?:乡镇|乡|镇|街道|部门|单位)(?:[(（][^)）]{0,8}[)）])?";
// (我市各级各部门…发布各类政府信息10.2万条: every level and every department is the whole place too)
// (全县各政务单位: every unit of the county)
const EVERY_UNIT = new RegExp(`${EVERY_UNIT_ITEM}(?:[、和及与]${EVERY_UNIT_ITEM})+|各级各(?:部门|单位)|全[省市县区州旗盟]各[\u4e00-\u9fff]{0,4}(?:单位|部门)`, "g");
// 以县级矛盾调解中心为重点,14个乡镇调委会为主力…的人民调解组织: the parts of a network as its description, no subject
// (以乡、镇政府为被告的案件 names whose cases they are)
const ROLE_IN_NETWORK = /以[^,;。以]{0,20}?为(?:重点|主力|基础|补充|枢纽|主干|平台|龙头|核心|依托)/g;
// the government's legal office acting for the government is not a sub-unit (./legal-office)
const ENDS_ON_LEGAL_OFFICE = new RegExp(`${LEGAL_OFFICE_NAME.source}$`);

/**
 * true when `region` (words before a figure) has a sub-unit standing as a subject;
 * `legalOfficeActsForGovernment` for the keys the legal office does on the government's behalf
 */
export function subUnitIn(text: string, legalOfficeActsForGovernment = false): boolean {
  // a quoted campaign name (“法律进机关、进单位”) names no subject
  // 据市司法局统计, 记者从市司法局获悉, 市司法局负责人介绍: who tells the figure, not whose it is
  // 各乡镇、县直各单位: every unit together is the whole place, no sub-unit
  const region = [QUOTED, TOLD_BY, EVERY_UNIT, COUNTED_BODIES, ROLE_IN_NETWORK].reduce((r, re) => r.replace(re, (q) => "□".repeat(q.length)), text);
  for (const m of matchesOf(SUB_UNIT, region)) {
    if (legalOfficeActsForGovernment && ENDS_ON_LEGAL_OFFICE.test(region.slice(0, m.index + m[0].length))) continue;
    // 送法下乡, 进乡村、进单位: where the law is taken, not who counts
    if (GOING_TO.test(region[m.index - 1] ?? "")) continue;
    if (!OBJECT_INTRO.test(region.slice(0, m.index))) return true;
  }
  return false;
}
