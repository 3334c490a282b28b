import type { Sentence } from "./sentences";
import { matchesOf } from "../text/matches";

/**
 * The parts of an annual report that look ahead (下一步工作, 2025年重点工作, 主要安排): their
 * figures are targets. A heading of that kind opens a section that runs to the end of the report;
 * a sentence opening on 下一步/今后/明年 looks ahead to the end of its paragraph.
 */
const PLAN_HEADING = /下一步|下步|今后|明年|来年|工作(?:安排|计划|打算|思路|设想|措施)|主要安排|重点工作|努力方向|工作重点|意见建议/;
// …情况, …成效, a title of the year's summary with the next year's plan (2018年工作总结与2019年工作计划); and a
// news headline (召开2020年…办理工作会议) that names the meeting, not a plan
const NOT_PLAN = /成效|成绩|情况|完成|举措和|总结|召开|会议|举行/;
const LOOKING_AHEAD = /^(?:[一二三四五六七八九十]+是)?(?:下一步|下步|今后|明年|来年|新的一年)/;
const HEADING_MAX = 40;
// 县政府共办理人大代表意见建议57件,办复率100%。: a short line that states a count is no heading
const STATES_A_FIGURE = /\d[\d.,]*[余多]?(?:件|个|名|人|条|场|次|%)|。/;

const YEAR_NAMED = /((?:19|20)\d{2})年/g;

function namesLaterYear(text: string, reportYear: number | null): boolean {
  if (reportYear === null) return false;
  for (const m of matchesOf(YEAR_NAMED, text)) if (Number(m[1]) > reportYear) return true;
  return false;
}

/** For each sentence: true when it belongs to a forward-looking part of the report. */
export function forwardLookingSentences(text: string, sentences: readonly Sentence[], reportYear: number | null): boolean[] {
  const out = new Array<boolean>(sentences.length).fill(false);
  const paragraphLength = new Map<number, number>();
  for (const s of sentences) paragraphLength.set(s.paragraph, (paragraphLength.get(s.paragraph) ?? 0) + (s.end - s.start));
  let planFrom = -1;
  let aheadParagraph = -1;
  sentences.forEach((s, i) => {
    const body = text.slice(s.start, s.end);
    const isHeading = (paragraphLength.get(s.paragraph) ?? 0) <= HEADING_MAX;
    // a heading naming a later year (2025年工作安排) opens the plan; only headings are read for years
    if (planFrom < 0 && isHeading && !NOT_PLAN.test(body) && !STATES_A_FIGURE.test(body) && (PLAN_HEADING.test(body) || (/工作|安排|任务/.test(body) && namesLaterYear(body, reportYear)))) {
      planFrom = i;
    }
    if (LOOKING_AHEAD.test(body)) aheadParagraph = s.paragraph;
    out[i] = (planFrom >= 0 && i >= planFrom) || aheadParagraph === s.paragraph;
  });
  return out;
}
