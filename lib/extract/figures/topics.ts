import { matchesOf } from "../text/matches";
/**
 * The topic a sentence is talking about, so a clause without its own subject ("已结案16件",
 * "成功率98.56%") inherits it from the clause before. The respondent topic (行政被复议, 被申请人)
 * is a topic of its own: its counts are cases against the government, not applications to it,
 * and the clauses after it inherit that, not reconsideration.
 */
export type TopicId =
  | "respondent"
  | "reconsideration"
  | "litigation"
  | "mediation"
  | "normative"
  | "legal_education"
  | "transparency"
  | "petition";

// order matters: the first alternative that matches at a position wins (被复议 before 复议)
const TOPIC_WORDS: [TopicId, string][] = [
  // 从被申请人情况看 (looking at who the respondents were) is a breakdown of all cases, not the
  // government as respondent
  ["respondent", "被复议|被申请人(?!情况|构成|类型|类别|分布|看)|被申请复议|复议被申请|作为复议被申请"],
  ["litigation", "行政应诉|行政诉讼|应诉案件|被诉|应诉工作|出庭应诉|行政案件应诉"],
  ["reconsideration", "行政复议|复议"],
  ["petition", "信访|12345|热线|投诉"],
  ["mediation", "人民调解|调解|调处|矛盾纠纷|纠纷|调委会"],
  ["normative", "规范性文件"],
  // 宪法进万家, 法治进校园, 法律“六进”: campaigns taking the law somewhere
  ["legal_education", "普法|法治宣传|法制宣传|法律宣传|宪法宣传|民法典宣传|法治文化|(?:法律|宪法|民法典|法治)“?[六七八九十]?进|送法|以案释法"],
  ["transparency", "政府信息|政务公开|信息公开|依申请公开|主动公开"],
];

const TOPIC_RE = new RegExp(TOPIC_WORDS.map(([, words]) => `(${words})`).join("|"), "g");

export interface TopicMention {
  topic: TopicId;
  start: number;
  end: number;
}

// 以县政府为被申请人的行政复议案件: the 行政复议 after 被申请人 is still the respondent's case
const RESPONDENT_REACH = 10;

/** Topic words of a stretch of (masked, normalised) text, left to right, offsets absolute. */
export function findTopicMentions(text: string, start: number, end: number): TopicMention[] {
  const out: TopicMention[] = [];
  const slice = text.slice(start, end);
  for (const m of matchesOf(TOPIC_RE, slice)) {
    let group = 1;
    while (m[group] === undefined) group++;
    let topic = TOPIC_WORDS[group - 1][0];
    const previous = out[out.length - 1];
    const at = start + m.index;
    if (
      topic === "reconsideration" &&
      previous?.topic === "respondent" &&
      at - previous.end <= RESPONDENT_REACH &&
      !/[,;。]/.test(text.slice(previous.end, at))
    ) {
      topic = "respondent";
    }
    out.push({ topic, start: at, end: at + m[0].length });
  }
  return out;
}

/** index of the first mention starting at or after `position` (mentions are in text order) */
function firstFrom(mentions: readonly TopicMention[], position: number): number {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid].start < position) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The topic in force at `position`: the last mention that ends before it. */
export function topicAt(mentions: readonly TopicMention[], position: number): TopicId | null {
  // mentions do not overlap, so the last one starting before `position` is the only candidate
  const i = firstFrom(mentions, position) - 1;
  if (i < 0) return null;
  if (mentions[i].end <= position) return mentions[i].topic;
  return i > 0 ? mentions[i - 1].topic : null;
}

/** Topics mentioned inside [start, end) */
export function topicsWithin(mentions: readonly TopicMention[], start: number, end: number): Set<TopicId> {
  const out = new Set<TopicId>();
  for (let i = firstFrom(mentions, start); i < mentions.length && mentions[i].end <= end; i++) out.add(mentions[i].topic);
  return out;
}

/** The first mention at or after `position`, if any */
export function mentionFrom(mentions: readonly TopicMention[], position: number): TopicMention | undefined {
  return mentions[firstFrom(mentions, position)];
}
