import type { Scope } from "../../../indicators";
import type { TopicId } from "../topics";

/**
 * One catalogue key as a small table: measure words and nouns around the number, the unit, the
 * topic it must be under, and the words that make the same shape mean something else. A form
 * matches when every part it names matches; the rule matches when any form does.
 */
export interface CountForm {
  /** tested on the words before the number (back to the previous quantity), usually end-anchored */
  lead?: RegExp;
  /** tested on the words after the unit, start-anchored: 569名「行政执法人员轮训培训」 */
  trail?: RegExp;
  /** tested on the rest of the clause after the unit, list breaks included: 287件「市政府重大行政决策事项、行政规范性文件和相关协议的合法性审查」 */
  rest?: RegExp;
  /** the sentence topic this form needs (own words or inherited from an earlier clause) */
  topic?: TopicId;
  /** tested on the sentence up to the number: what the sentence must have said before it */
  sentence?: RegExp;
  /** tested on the rest of the paragraph after the unit: what the text goes on to say of the figure */
  ahead?: RegExp;
  /** the scope this wording gives when no word names one (a session's suggestions, all of them: area) */
  defaultScope?: Scope;
}

export interface CountRule {
  kind: "count";
  key: string;
  units: readonly string[];
  forms: readonly CountForm[];
  /** words in the lead or trail that make this quantity something else */
  exclude?: RegExp;
  /** the measure itself names the previous year (上年结转) */
  allowsPreviousYear?: boolean;
}

export interface RateRule {
  kind: "rate";
  key: string;
  /** the rate's name; only linking words (为, 达, 均为 …) may stand between it and the number */
  term: RegExp;
  topic?: TopicId;
  exclude?: RegExp;
}

export type Rule = (CountRule | RateRule) & {
  /** the scope when the wording does not say, where it differs from the catalogue's default */
  defaultScope?: Scope;
};

/**
 * The words between a stock's noun and its count (人民调解员「已达」2345名, 调委会「数量为」456个,
 * 法律顾问「共计」12名): how many there are now, never a change (新增 is excluded by each rule).
 * 为/是 only after 总数/人数/数量, so 调解员为3000余名群众… is no count of mediators.
 */
export const STOCK_LINK =
  "(?:队伍)?(?:总数|人数|数量|总量)?(?:已|已经)?(?:共计|合计|总计|共)?(?:有)?(?:(?<=数|量)(?:为|是))?(?:增至|增加至|增加到|增长至|增长到|发展至|发展到|达到|达)?";

/**
 * `measure` words, then at most `gap` characters (no list break) up to the number:
 * near("受理", 10) matches the end of "依法受理行政复议案件".
 */
export function near(measure: string, gap = 0): RegExp {
  return new RegExp(`(?:${measure})[^、,;]{0,${gap}}$`);
}
