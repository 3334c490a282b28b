import { getIndicator, type Scope } from "../../indicators";
import { matchingRules, type RuleMatch } from "./match";
import type { NumberToken } from "./numbers";
import { quantitiesOf, unitOf, type Quantity } from "./quantities";
import { rejectReason, type RejectReason } from "./reject";
import { RULE_UNITS, RULES, type Rule } from "./rules";
import { statedScope, type ScopeContext } from "./scope";
import type { Sentence } from "./sentences";
import { HeadingTracker, withHeadingTopic } from "./headings";
import { findTopicMentions, type TopicId } from "./topics";

/**
 * Every figure a rule recognised, accepted or not. A rejected one keeps its reason so a reviewer
 * can see what was left out and why; only accepted ones become indicator values.
 */
export type CandidateRejection = RejectReason | "parent_area" | "forward_looking" | "ambiguous_measure";

export interface Candidate {
  key: string;
  value: number;
  unit: string;
  scope: Scope;
  /** the scope was named (全市, 本级, 区政府…) in its sentence or earlier in its paragraph; false when it is the catalogue's default */
  scopeNamed: boolean;
  approx: boolean;
  /** span in the normalised text */
  start: number;
  end: number;
  sentenceIndex: number;
  rejected: CandidateRejection | null;
}

export interface CandidateContext {
  text: string;
  sentences: readonly Sentence[];
  tokens: readonly NumberToken[];
  forwardLooking: readonly boolean[];
  year: number | null;
  /** the year the text was published, when it says (去年 in it may be the year reported on) */
  publishedYear?: number | null;
  scope: ScopeContext;
}

const family = (key: string) => key.slice(0, key.indexOf("."));

function unitFor(rule: Rule): string {
  return getIndicator(rule.key)?.unit ?? (rule.kind === "rate" ? "%" : "件");
}

// a clause in running text without punctuation can be the whole document: evidence stays short
const EVIDENCE_BEFORE_CAP = 80;

/**
 * The clause up to the figure's unit (and a bracketed unit after it: 580余场(次)), or to the end
 * of the noun when the noun follows the number.
 */
function evidenceSpan(q: Quantity, match: RuleMatch, text: string): { start: number; end: number } {
  let end = match.usesTrail ? q.trailEnd : Math.max(q.unitEnd, q.token.end);
  const bracket = /^\([^()]{1,3}\)/.exec(text.slice(end, end + 5));
  if (bracket && !match.usesTrail) end += bracket[0].length;
  return { start: Math.max(q.clause.start, q.token.start - EVIDENCE_BEFORE_CAP), end };
}

interface ScopeDecision {
  mark: Scope | "parent";
  /** named in the figure's own sentence */
  stated: boolean;
  /** named there or earlier in the paragraph (not the default) */
  named: boolean;
}

// which rule family a sentence topic speaks of
const FAMILY_OF_TOPIC: Partial<Record<TopicId, string>> = {
  reconsideration: "reconsideration",
  litigation: "litigation",
  mediation: "mediation",
  normative: "normative_docs",
  legal_education: "legal_education",
  transparency: "transparency",
};

/**
 * The scope a text gives a family where it first names whose figures they are: a notice that
 * opens on 全省各级行政复议机关共收到… speaks of the whole area in its later, unnamed figures too
 * (the catalogue's default is for texts that never say). A breakdown (其中市政府收到…) names a
 * part, not the text's subject.
 */
function noteDocumentScope(q: Quantity, ctx: CandidateContext, documentScope: Map<string, Scope>): void {
  // the clause names the topic in its own words (全市各级行政复议机关…), not a topic left from
  // before or a heading's
  const named = q.mentions.some((m) => m.end > m.start && m.start >= q.clause.start && m.end <= q.token.start && m.topic === q.topic);
  const family = q.topic && named ? FAMILY_OF_TOPIC[q.topic] : undefined;
  if (!family || documentScope.has(family) || /其中|分别/.test(q.clausePrefix)) return;
  // the sentence's first figure: a later clause's subject is one part of what came before
  if (/\d[\d.,]*[余多]?(?:件|宗|起|个|名|人|条|场|次|%)/.test(ctx.text.slice(q.sentence.start, q.clause.start))) return;
  const mark = statedScope(q.clausePrefix, ctx.scope);
  if (mark === "area" || mark === "own") documentScope.set(family, mark);
}

const LEGAL_OFFICE_ACTS = /^(?:reconsideration|litigation\.cases|legality_review|normative_docs\.filed)/;
const LEGAL_OFFICE = /司法局|司法厅|法制办|法制局/;

// 组织全市各级行政复议与应诉机构…进行了统计分析: a sentence may say whose figures follow without
// stating one
const AREA_SUBJECT = /全[省市区县州旗盟]各级|各级各类/;

/** the families a sentence gives the whole area as their subject */
function noteDocumentSubject(text: string, sentence: { start: number; end: number }, documentScope: Map<string, Scope>): void {
  const words = text.slice(sentence.start, sentence.end);
  const at = AREA_SUBJECT.exec(words);
  if (!at) return;
  for (const m of findTopicMentions(text, sentence.start + at.index, Math.min(sentence.end, sentence.start + at.index + 20))) {
    const family = FAMILY_OF_TOPIC[m.topic];
    if (family && !documentScope.has(family)) documentScope.set(family, "area");
  }
}

function decideScope(q: Quantity, match: RuleMatch, ctx: CandidateContext, carried: Map<string, Scope>, documentScope: Map<string, Scope>): ScopeDecision {
  const { rule } = match;
  const inClause = statedScope(q.clausePrefix, ctx.scope);
  if (inClause) return { mark: inClause, stated: true, named: true };
  // a clause that names nothing of its own continues the sentence's subject (受理20件 after
  // 区政府收到…); one that names its own object (发展公职律师87名) does not
  if (!match.namedInClause && q.clauseIndex > 0) {
    const before = ctx.text.slice(Math.max(q.sentence.start, q.clause.start - 200), q.clause.start);
    const inSentence = statedScope(before, ctx.scope);
    if (inSentence) return { mark: inSentence, stated: true, named: true };
  }
  // the 司法局 (法制办) hears reconsideration, answers suits, reviews legality and files documents
  // for the government: what it does there is the government's own (该县司法局办理行政应诉案件42件)
  // (not carried on: the organs' rates in the same paragraph are still the whole area's)
  if (LEGAL_OFFICE_ACTS.test(rule.key) && LEGAL_OFFICE.test(q.sentencePrefix)) return { mark: "own", stated: false, named: true };
  const fromParagraph = carried.get(family(rule.key));
  if (fromParagraph) return { mark: fromParagraph, stated: false, named: true };
  const fromDocument = documentScope.get(family(rule.key));
  if (fromDocument) return { mark: fromDocument, stated: false, named: true };
  return { mark: rule.defaultScope ?? getIndicator(rule.key)?.defaultScope ?? "area", stated: false, named: false };
}

export function findCandidates(ctx: CandidateContext): Candidate[] {
  const out: Candidate[] = [];
  let tokenIndex = 0;
  let paragraph = -1;
  let carried = new Map<string, Scope>();
  const documentScope = new Map<string, Scope>();
  const headings = new HeadingTracker(ctx.text, ctx.sentences);
  let previous: { sentenceIndex: number; paragraph: number; topic: TopicId | null } | null = null;
  ctx.sentences.forEach((sentence, sentenceIndex) => {
    const firstInParagraph = sentence.paragraph !== paragraph;
    if (firstInParagraph) {
      paragraph = sentence.paragraph;
      carried = new Map();
    }
    const heading = headings.visit(sentence, firstInParagraph);
    while (tokenIndex < ctx.tokens.length && ctx.tokens[tokenIndex].start < sentence.start) tokenIndex++;
    const tokens: NumberToken[] = [];
    for (let k = tokenIndex; k < ctx.tokens.length && ctx.tokens[k].start < sentence.end; k++) tokens.push(ctx.tokens[k]);
    // most numbers are no rule's (一 in 进一步, a year, 3个方面): a sentence without a figure in a
    // rule's unit has no candidate, and its topic words need not be read
    noteDocumentSubject(ctx.text, sentence, documentScope);
    if (!tokens.some((t) => RULE_UNITS.has(unitOf(ctx.text, t).unit))) return;
    // a sentence that goes on with figures right after one with figures (…收到申请1113件。受理1033件,
    // 纠错率24.2%) speaks of the same topic; a heading in between, or another paragraph under a
    // heading of its own, says otherwise
    const continued = previous && previous.sentenceIndex === sentenceIndex - 1 ? previous.topic : null;
    const inForce = previous?.paragraph === sentence.paragraph ? (continued ?? heading) : (heading ?? continued);
    const mentions = withHeadingTopic(findTopicMentions(ctx.text, sentence.start, sentence.end), inForce, sentence.start, tokens[0].start);
    const quantities = quantitiesOf(ctx.text, sentence, tokens, mentions, (unit) => RULE_UNITS.has(unit));
    const opensOnBreakdown = /^\s*其中/.test(ctx.text.slice(sentence.start, sentence.start + 4));
    previous = { sentenceIndex, paragraph: sentence.paragraph, topic: quantities.at(-1)?.topic ?? null };
    for (const q of quantities) {
      noteDocumentScope(q, ctx, documentScope);
      const matches = matchingRules(q, RULES);
      if (matches.length === 0) continue;
      const ambiguous = matches.filter((m) => m.rule.kind === "count").length > 1;
      for (const match of matches) {
        const { rule } = match;
        const allowsPreviousYear = rule.kind === "count" && rule.allowsPreviousYear === true;
        const scope = decideScope(q, match, ctx, carried, documentScope);
        let rejected: CandidateRejection | null = ctx.forwardLooking[sentenceIndex]
          ? "forward_looking"
          : ambiguous && rule.kind === "count"
            ? "ambiguous_measure"
            : rejectReason(
                q,
                ctx.text,
                // 其中 within a sentence makes a part of a total of the same key only (调委会215个,其中
                // 村调委会163个); 收到申请56件,其中受理52件 and 律师9923人,其中公职律师802人 are other keys'
                // totals. A sentence that opens on 其中 breaks down what came before it, whatever it was.
                {
                  year: ctx.year,
                  publishedYear: ctx.publishedYear,
                  key: rule.key,
                  totalBefore: opensOnBreakdown || out.some((c) => c.key === rule.key && c.sentenceIndex >= sentenceIndex - 1),
                },
                allowsPreviousYear,
              );
        if (!rejected && scope.mark === "parent") rejected = "parent_area";
        const finalScope: Scope = scope.mark === "parent" ? "area" : scope.mark;
        if (!rejected && scope.stated) carried.set(family(rule.key), finalScope);
        const span = evidenceSpan(q, match, ctx.text);
        out.push({
          key: rule.key,
          value: q.token.value,
          unit: unitFor(rule),
          scope: finalScope,
          scopeNamed: scope.named,
          approx: q.approx || (q.atLeast && !q.token.percent),
          start: span.start,
          end: span.end,
          sentenceIndex,
          rejected,
        });
      }
    }
  });
  return out;
}
