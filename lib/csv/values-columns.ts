/**
 * The values CSV's columns: stable names (scripts read them; README "CSV columns" lists them and
 * a test keeps the two in step), each with what it holds in both languages. The machine columns
 * (keys, codes, `area`/`own`) stay for scripts; beside them the same row in words for people:
 * the indicator's names, the scope, the place's province and parents, the report's title and
 * address.
 */
import { ancestorsOf, getByCode } from "../gazetteer";
import { getIndicator } from "../indicators";
import { LEVEL_LABEL, SCOPE_LABEL } from "../display/labels";
import type { Scope } from "../extract/types";

export interface CsvColumn {
  name: string;
  zh: string;
  en: string;
}

const c = (name: string, zh: string, en: string): CsvColumn => ({ name, zh, en });

export const VALUES_CSV_COLUMNS: CsvColumn[] = [
  // the machine columns, in the order they have always had (scripts may read them by position)
  c("key", "指标代码(目录中的键)", "indicator key in the catalogue (docs/indicators.md)"),
  c("jurisdictionCode", "行政区划代码(6位)", "six-digit administrative division code"),
  c("jurisdictionName", "行政区划名称", "name of the place"),
  c("year", "数值所属年度(报告所述年度,不是发布年份)", "the year the figure is about (not the year the report was published)"),
  c("scope", "范围代码:area 全域、own 本级政府", "scope code: area (whole area) or own (the government itself)"),
  c("value", "数值", "the figure"),
  c("unit", "单位:件、人次、%、个等", "unit: 件 cases, 人次 person-times, % and so on"),
  c("approx", "约数(原文写“余”“多”“近”“约”):true / false", "approximate (the text says 余/多/近/约): true or false"),
  c("derived", "由其他数字计算得出:true / false", "computed from other figures rather than stated: true or false"),
  c("edited", "有人更正过:true / false", "a person corrected the figure: true or false"),
  c("status", "reviewed 已审核 / unreviewed 未审核(按提取结果)", "reviewed by a person, or unreviewed (as extracted)"),
  c("originalValue", "更正前的数值(未更正为空)", "the figure before the first correction (empty if never corrected)"),
  c("editedBy", "更正人", "who corrected it last"),
  c("editedAt", "更正时间(ISO 8601)", "when it was corrected last (ISO 8601)"),
  c("reviewedBy", "审核人", "who reviewed it"),
  c("evidence", "原文句子", "the sentence the figure was read from"),
  c("reportId", "报告编号(/reports/编号)", "report id (the page /reports/<id>)"),
  // the same row in words, for people
  c("indicatorZh", "指标名称", "indicator name in Chinese"),
  c("indicatorEn", "指标英文名称", "indicator name in English"),
  c("level", "层级:省级、地市级、市辖区、县级", "level in words: 省级 province, 地市级 city, 市辖区 district, 县级 county"),
  c("province", "所属省级行政区(省级本身为空)", "the province it lies in (empty for a province itself)"),
  c("parents", "上级行政区,从省到直接上级,以“ / ”分隔", "the places above it, province first, separated by “ / ”"),
  c("scopeZh", "范围:全域 / 本级政府", "scope in Chinese"),
  c("scopeEn", "范围(英文)", "scope in English: Whole area / Government itself"),
  c("reportTitle", "报告标题", "the report's title"),
  c("sourceUrl", "报告来源网址(上传文件为空)", "where the report was found (empty for an uploaded file without one)"),
];

export const VALUES_CSV_COLUMN_NAMES = VALUES_CSV_COLUMNS.map((col) => col.name);

/** What a stored value row gives the export. */
export interface ValueForExport {
  key: string;
  jurisdictionCode: string;
  scope: Scope;
}

/** The columns in words that a value row lacks, from the catalogue and the gazetteer. */
export function describeValue(row: ValueForExport, report: { title: string | null; sourceUrl: string | null } | undefined) {
  const def = getIndicator(row.key);
  const place = getByCode(row.jurisdictionCode);
  // the gazetteer gives parents nearest first; the export names them from the province down
  const above = place ? ancestorsOf(place).reverse() : [];
  return {
    indicatorZh: def?.zh ?? "",
    indicatorEn: def?.en ?? "",
    level: place ? LEVEL_LABEL[place.level].zh : "",
    province: above[0]?.name ?? "",
    parents: above.map((a) => a.name).join(" / "),
    scopeZh: SCOPE_LABEL[row.scope].zh,
    scopeEn: SCOPE_LABEL[row.scope].en,
    reportTitle: report?.title ?? "",
    sourceUrl: report?.sourceUrl ?? "",
  };
}
