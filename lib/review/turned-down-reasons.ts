/**
 * Why the extractor turned a figure down (ExplainedCandidate.rejected), in words for the person
 * reviewing it. A code the extractor adds later and this list does not know yet is shown as a
 * general reason with the code, never hidden.
 */
export const TURNED_DOWN_REASONS: Record<string, { zh: string; en: string }> = {
  ordinal: { zh: "序号(第N)", en: "an ordinal (第N)" },
  target: { zh: "目标或计划数", en: "a target or plan" },
  change: { zh: "增减变化量(同比、较上年)", en: "a change (year on year, against last year)" },
  cumulative: { zh: "多年累计数", en: "a total over several years" },
  other_year: { zh: "其他年度的数字", en: "another year's figure" },
  subtotal: { zh: "“其中”的分项", en: "a part of a total (其中)" },
  sub_unit: { zh: "下属单位或部门的数字", en: "a sub-unit's or department's figure" },
  topical_subset: { zh: "专项或部分时段的数字", en: "a topical subset or part of the year" },
  lower_bound: { zh: "只是下限(…以上)", en: "only a lower bound (…以上)" },
  listed_separately: { zh: "“分别”列出的几个数之一", en: "one of several listed separately (分别)" },
  participants: { zh: "参与人数,不是机构数", en: "participants, not bodies" },
  not_committees: { zh: "调解组织含调解室、工作室等,不只是调委会", en: "mediation organisations that include rooms and studios, not only committees" },
  no_period: { zh: "文中看不出年份,这个累计/流量数属于哪段时间无法确定", en: "the text names no year, so the period this count covers is unknown" },
  honoured: { zh: "受表彰的部分(授予…称号、被评为…)", en: "the ones honoured (授予…称号, 被评为…), some of them" },
  not_done: { zh: "未完成的数量(未审结、未受理)", en: "a count of what was not done (未审结, 未受理)" },
  per_unit: { zh: "每人或每个单位的配额,不是总数", en: "so many for each person or unit, not the total" },
  parent_area: { zh: "上级地区的数字", en: "the parent area's figure" },
  place_inside: { zh: "辖区内某一地方的数字", en: "a figure of one place inside the area" },
  forward_looking: { zh: "出现在计划或展望部分", en: "in a forward-looking section" },
  ambiguous_measure: { zh: "可对应多个指标,无法确定", en: "could be several indicators" },
  work_plan: { zh: "文本被识别为工作计划", en: "the text was read as a work plan" },
  information_disclosure_report: { zh: "政府信息公开年报的复议诉讼表只计公开争议", en: "a disclosure report's table counts disclosure disputes only" },
  department_report: { zh: "部门自身的报告,不代表本地区", en: "a department's own report, not the whole place's" },
};

export function turnedDownReason(code: string): { zh: string; en: string } {
  return TURNED_DOWN_REASONS[code] ?? { zh: `规则未采用(${code})`, en: `turned down by a rule (${code})` };
}
