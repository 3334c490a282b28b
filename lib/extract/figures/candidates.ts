import { getIndicator, type Scope } from "../../indicators";
import { matchingRules, type RuleMatch } from "./match";
import type { NumberToken } from "./numbers";
import { quantitiesOf, unitOf, type Quantity } from "./quantities";
import { periodOpening, rejectReason, type RejectReason } from "./reject";
import { RULE_UNITS, RULES, type Rule } from "./rules";
import type { ScopeContext } from "./scope";
import { decideScope, family, noteDocumentScope, noteDocumentSubject } from "./scope-decision";
import type { Sentence } from "./sentences";
import { HeadingTracker, withHeadingTopic } from "./headings";
import { alignListedSeparately } from "./separately";
import { withNounMovedBefore } from "./noun-after";
import { findTopicMentions, type TopicId } from "./topics";

/**
 * Every figure a rule recognised, accepted or not. A rejected one keeps its reason so a reviewer
 * can see what was left out and why; only accepted ones become indicator values.
 */
export type CandidateRejection = RejectReason | "parent_area" | "place_inside" | "forward_looking" | "ambiguous_measure";

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
  /** the text looks back on its whole year (./reject: 今年以来 is the year there, the year so far elsewhere) */
  looksBackOnYear?: boolean;
  /** the text is a 政府信息公开 report, whose statistics cover its year by law (./reject: 累计 there is the year's) */
  yearsStatistics?: boolean;
  /** a news item or notice written the year after its year (./reject: 今年 there is another year) */
  writtenTheYearAfter?: boolean;
  scope: ScopeContext;
}


/**
 * A figure read from the text's shape rather than from a sentence's rules (a disclosure report's table
 * row, a count stated as none in words): exact, kept unless the report's kind turns it down.
 */
export function readCandidate(key: string, value: number, unit: string, scope: Scope, start: number, end: number, scopeNamed = false): Candidate {
  return { key, value, unit, scope, scopeNamed, approx: false, start, end, sentenceIndex: -1, rejected: null };
}

function unitFor(rule: Rule): string {
  return getIndicator(rule.key)?.unit ?? (rule.kind === "rate" ? "%" : "件");
}

// 其中,全县12个驻所调解室…, 其中,涉及征地拆迁的…: a sentence that opens on 其中 and names what it
// breaks down is a part; one that goes straight on to the next measure (…纠纷5000件。其中,调解成功4900件;
// …申请120件。其中,依法受理110件) states that measure's own total, as 其中 inside a sentence does
const BREAKDOWN_OPENING = /^\s*其中(?![,:]?\s*(?:依法|已|共)?(?:受理|立案|审结|办结|结案|收到|新收|调解成功|调处成功|化解成功|成功调解|成功调处|成功化解|成功率|调解成功率))/;

// 二、…, (三)…: a numbered heading starts another part of the text
const NUMBERED_HEADING = /^\s*(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十\d]+[)）])/;

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

export function findCandidates(ctx: CandidateContext): Candidate[] {
  const out: Candidate[] = [];
  let tokenIndex = 0;
  let paragraph = -1;
  let carried = new Map<string, Scope>();
  // a part of the year an earlier sentence of the paragraph opened on (./reject: periodOpening)
  let partOfYearInForce = false;
  const documentScope = new Map<string, Scope>();
  // the last sentence each key had a figure in (a 其中 after it breaks that figure down)
  const lastSentenceOfKey = new Map<string, number>();
  const headings = new HeadingTracker(ctx.text, ctx.sentences);
  let previous: { sentenceIndex: number; paragraph: number; topic: TopicId | null } | null = null;
  ctx.sentences.forEach((sentence, sentenceIndex) => {
    const firstInParagraph = sentence.paragraph !== paragraph;
    if (firstInParagraph) {
      paragraph = sentence.paragraph;
      carried = new Map();
      partOfYearInForce = false;
    }
    const heading = headings.visit(sentence, firstInParagraph);
    while (tokenIndex < ctx.tokens.length && ctx.tokens[tokenIndex].start < sentence.start) tokenIndex++;
    const tokens: NumberToken[] = [];
    for (let k = tokenIndex; k < ctx.tokens.length && ctx.tokens[k].start < sentence.end; k++) tokens.push(ctx.tokens[k]);
    // a part of the year set by a sentence that states figures in it (上半年,县政府召开常务会议… sets nothing), until the
    // paragraph, a numbered heading or a sentence opening on the year ends it
    const opening = ctx.text.slice(sentence.start, Math.min(sentence.end, sentence.start + 300));
    const period = periodOpening(opening);
    if (period === "year" || NUMBERED_HEADING.test(opening)) partOfYearInForce = false;
    const paragraphInPartOfYear = partOfYearInForce;
    // most numbers are no rule's (一 in 进一步, a year, 3个方面): a sentence without a figure in a
    // rule's unit has no candidate, and its topic words need not be read
    const statesFigures = tokens.some((t) => RULE_UNITS.has(unitOf(ctx.text, t).unit));
    if (period === "part" && statesFigures) partOfYearInForce = true;
    noteDocumentSubject(ctx.text, sentence, documentScope);
    if (!statesFigures) return;
    // a sentence that goes on with figures right after one with figures (…收到申请1113件。受理1033件,
    // 纠错率24.2%) speaks of the same topic; a heading in between, or another paragraph under a
    // heading of its own, says otherwise
    const continued = previous && previous.sentenceIndex === sentenceIndex - 1 ? previous.topic : null;
    const inForce = previous?.paragraph === sentence.paragraph ? (continued ?? heading) : (heading ?? continued);
    const mentions = withHeadingTopic(findTopicMentions(ctx.text, sentence.start, sentence.end), inForce, sentence.start, tokens[0].start);
    const quantities = quantitiesOf(ctx.text, sentence, tokens, mentions, (unit) => RULE_UNITS.has(unit));
    const opensOnBreakdown = BREAKDOWN_OPENING.test(ctx.text.slice(sentence.start, sentence.start + 12));
    previous = { sentenceIndex, paragraph: sentence.paragraph, topic: quantities.at(-1)?.topic ?? null };
    for (const stated of alignListedSeparately(quantities)) {
      let q = stated;
      let matches = matchingRules(q, RULES);
      if (matches.length === 0) {
        // 收到56件行政复议申请: the noun after the number, read as if it stood before it
        const moved = withNounMovedBefore(q);
        if (moved) {
          q = moved;
          matches = matchingRules(q, RULES);
        }
      }
      noteDocumentScope(q, ctx, documentScope);
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
                  looksBackOnYear: ctx.looksBackOnYear,
                  yearsStatistics: ctx.yearsStatistics,
                  writtenTheYearAfter: ctx.writtenTheYearAfter,
                  paragraphInPartOfYear,
                  key: rule.key,
                  totalBefore: opensOnBreakdown || (lastSentenceOfKey.get(rule.key) ?? -2) >= sentenceIndex - 1,
                },
                allowsPreviousYear,
              );
        if (!rejected && scope.mark === "parent") rejected = "parent_area";
        if (!rejected && scope.mark === "inside") rejected = "place_inside";
        const finalScope: Scope = scope.mark === "parent" || scope.mark === "inside" ? "area" : scope.mark;
        if (!rejected && scope.stated) carried.set(family(rule.key), finalScope);
        const span = evidenceSpan(q, match, ctx.text);
        lastSentenceOfKey.set(rule.key, sentenceIndex);
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
