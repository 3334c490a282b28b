import type { Quantity } from "./quantities";
import { topicsWithin } from "./topics";

/**
 * 收到56件行政复议申请, 发布12件行政规范性文件, 开展120场普法宣传活动: the measure before the number,
 * what it counts after it. Read as the rules read the other order (收到行政复议申请56件): the noun is
 * moved to the end of the lead, and its topic word, if it has one, is the figure's topic. Only for a
 * figure no rule named as it stood, and only a noun that runs on from the unit to the end of its
 * clause without another measure (…件,其中…; …件的…; …件进行审查 keep their own reading).
 */
// a noun phrase that ends on a counted thing, the clause's last words
const NOUN = /^[\u4e00-\u9fff“”()]{0,14}(?:申请|案件|纠纷|矛盾|文件|活动|信息|人员|队员|建议|提案|议案|案卷|卷宗|事项|决策|合同|协议|讲座|调委会|委员会|调解组织|调解员|律师|顾问)$/;
// a measure or a change inside it is a second claim (调解矛盾纠纷4276件成功化解4113件 without its comma);
// 办结2件行政复议案件时: a time the text speaks of is stopped by the ending above
// (5人被聘为专职法律顾问: what they became, one kind of them, not a noun)
const NOT_A_NOUN =
  /^(?:的|中|以上|左右|其中|余|为)|成功|化解|受理|审结|办结|结案|收到|调处|排查|报送|备案|审查|审核|制发|制定|出台|发布|印发|办理|回应|全年|累计|同比|较|增长|下降|进行|开展|涉及|占|被|聘为|担任|作为/;

export function withNounMovedBefore(q: Quantity): Quantity | null {
  const noun = q.trail;
  if (!NOUN.test(noun) || NOT_A_NOUN.test(noun)) return null;
  const nounStart = q.unitEnd;
  const nounTopics = topicsWithin(q.mentions, nounStart, nounStart + noun.length);
  const ownTopic = q.mentions.find((m) => m.start >= nounStart && m.end <= nounStart + noun.length)?.topic;
  return {
    ...q,
    lead: q.lead + noun,
    trail: "",
    topic: ownTopic ?? q.topic,
    leadTopics: new Set([...q.leadTopics, ...nounTopics]),
  };
}
