/**
 * The 34 provincial units on a fixed 8 × 8 grid, roughly where they lie (north at the top), for a
 * tile-grid "map": no boundary data, so no licensing or 审图号 question (DESIGN.md §6).
 */
export interface ProvinceTile {
  code: string;
  name: string;
  short: string;
  row: number;
  col: number;
}

export const PROVINCE_TILES: readonly ProvinceTile[] = [
  { code: "230000", name: "黑龙江省", short: "黑龙江", row: 0, col: 6 },
  { code: "150000", name: "内蒙古自治区", short: "内蒙古", row: 1, col: 3 },
  { code: "110000", name: "北京市", short: "北京", row: 1, col: 4 },
  { code: "210000", name: "辽宁省", short: "辽宁", row: 1, col: 5 },
  { code: "220000", name: "吉林省", short: "吉林", row: 1, col: 6 },
  { code: "650000", name: "新疆维吾尔自治区", short: "新疆", row: 2, col: 0 },
  { code: "640000", name: "宁夏回族自治区", short: "宁夏", row: 2, col: 2 },
  { code: "140000", name: "山西省", short: "山西", row: 2, col: 3 },
  { code: "130000", name: "河北省", short: "河北", row: 2, col: 4 },
  { code: "120000", name: "天津市", short: "天津", row: 2, col: 5 },
  { code: "630000", name: "青海省", short: "青海", row: 3, col: 1 },
  { code: "620000", name: "甘肃省", short: "甘肃", row: 3, col: 2 },
  { code: "610000", name: "陕西省", short: "陕西", row: 3, col: 3 },
  { code: "410000", name: "河南省", short: "河南", row: 3, col: 4 },
  { code: "370000", name: "山东省", short: "山东", row: 3, col: 5 },
  { code: "540000", name: "西藏自治区", short: "西藏", row: 4, col: 1 },
  { code: "510000", name: "四川省", short: "四川", row: 4, col: 2 },
  { code: "500000", name: "重庆市", short: "重庆", row: 4, col: 3 },
  { code: "420000", name: "湖北省", short: "湖北", row: 4, col: 4 },
  { code: "340000", name: "安徽省", short: "安徽", row: 4, col: 5 },
  { code: "320000", name: "江苏省", short: "江苏", row: 4, col: 6 },
  { code: "530000", name: "云南省", short: "云南", row: 5, col: 2 },
  { code: "520000", name: "贵州省", short: "贵州", row: 5, col: 3 },
  { code: "430000", name: "湖南省", short: "湖南", row: 5, col: 4 },
  { code: "360000", name: "江西省", short: "江西", row: 5, col: 5 },
  { code: "330000", name: "浙江省", short: "浙江", row: 5, col: 6 },
  { code: "310000", name: "上海市", short: "上海", row: 5, col: 7 },
  { code: "450000", name: "广西壮族自治区", short: "广西", row: 6, col: 3 },
  { code: "440000", name: "广东省", short: "广东", row: 6, col: 4 },
  { code: "350000", name: "福建省", short: "福建", row: 6, col: 5 },
  { code: "710000", name: "台湾省", short: "台湾", row: 6, col: 6 },
  { code: "460000", name: "海南省", short: "海南", row: 7, col: 3 },
  { code: "820000", name: "澳门特别行政区", short: "澳门", row: 7, col: 4 },
  { code: "810000", name: "香港特别行政区", short: "香港", row: 7, col: 5 },
];

export const provinceTile = (code: string) => PROVINCE_TILES.find((t) => t.code === code);
