import { extractReport } from "./rules-engine";
import type { ReportFacts } from "./types";

/**
 * Test helpers: a report around a few sentences (a title naming the place and year, so the
 * report's own meta detection runs as it would on a real upload), and its values as a plain map.
 */
export function reportText(body: string, opts: { title?: string } = {}): string {
  const title = opts.title ?? "赣州市安远县人民政府关于2023年法治政府建设情况的报告";
  return `${title}\n${body}\n`;
}

/** "key@scope" → value, for every extracted value */
export function valueMap(facts: ReportFacts): Record<string, number> {
  return Object.fromEntries(facts.indicators.map((v) => [`${v.key}@${v.scope}`, v.value]));
}

export function extractBody(body: string, opts: { title?: string } = {}): Record<string, number> {
  return valueMap(extractReport(reportText(body, opts)));
}

export const CITY_TITLE = "赣州市人民政府关于2023年法治政府建设情况的报告";
export const DISTRICT_TITLE = "杭州市西湖区人民政府关于2023年法治政府建设情况的报告";
export const PROVINCE_TITLE = "浙江省人民政府关于2023年法治政府建设情况的报告";
