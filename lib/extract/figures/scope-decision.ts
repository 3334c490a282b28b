import { getIndicator, type Scope } from "../../indicators";
import type { CandidateContext } from "./candidates";
import { LEGAL_OFFICE_NAME, legalOfficeActsFor } from "./legal-office";
import type { RuleMatch } from "./match";
import type { Quantity } from "./quantities";
import { statedScope, type ScopeMark } from "./scope";
import { findTopicMentions, type TopicId } from "./topics";

/**
 * Whose figure a candidate is: the words of its clause or sentence (全市, 本级, 区政府…), then what
 * its paragraph said of the same family, then what the text first said of it (全省各级…), else
 * the catalogue's default. `named` tells a department's text which figures it states for the
 * place or its government.
 */
export const family = (key: string) => key.slice(0, key.indexOf("."));

export interface ScopeDecision {
  mark: ScopeMark;
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
export function noteDocumentScope(q: Quantity, ctx: CandidateContext, documentScope: Map<string, Scope>): void {
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


// 组织全市各级行政复议与应诉机构…进行了统计分析: a sentence may say whose figures follow without
// stating one
const AREA_SUBJECT = /全[省市区县州旗盟]各级|各级各类/;
// 区政府, 本级人民政府: the government itself, as one body (各级政府 are the area's)
const ONE_GOVERNMENT = "(?<!各级|各)(?:[省市区县州旗盟]|本级)(?:人民)?政府";
// 区政府规范性文件, 市人民政府行政规范性文件
const GOVERNMENTS_DOCUMENTS = new RegExp(`${ONE_GOVERNMENT}(?:行政)?规范性文件`);
// 向区政府提出的政府信息公开申请, 向省政府和省政府办公厅提出的申请
const PUT_TO_GOVERNMENT = new RegExp(`向${ONE_GOVERNMENT}(?:(?:和|及)[^。,]{0,12})?提出的[^。]{0,12}申请`);
const REQUESTS_LOOK_BACK = 160;

/** the paragraph's words before a figure, no further back than a sentence or two */
function paragraphBefore(text: string, at: number): string {
  const from = Math.max(0, at - REQUESTS_LOOK_BACK);
  const window = text.slice(from, at);
  return window.slice(window.lastIndexOf("\n") + 1);
}

// 以市政府为被告, 区政府作为被告的: the government as one body in court
const GOVERNMENT_AS_DEFENDANT = new RegExp(`${ONE_GOVERNMENT}(?:作)?为被告`);

/** the families a sentence gives the whole area as their subject */
export function noteDocumentSubject(text: string, sentence: { start: number; end: number }, documentScope: Map<string, Scope>): void {
  const words = text.slice(sentence.start, sentence.end);
  const at = AREA_SUBJECT.exec(words);
  if (!at) return;
  for (const m of findTopicMentions(text, sentence.start + at.index, Math.min(sentence.end, sentence.start + at.index + 20))) {
    const family = FAMILY_OF_TOPIC[m.topic];
    if (family && !documentScope.has(family)) documentScope.set(family, "area");
  }
}

export function decideScope(q: Quantity, match: RuleMatch, ctx: CandidateContext, carried: Map<string, Scope>, documentScope: Map<string, Scope>): ScopeDecision {
  const { rule } = match;
  // 光明区共印发区政府规范性文件11份: the documents named as the government's own, whoever the clause's subject is
  if (rule.key === "normative_docs.issued" && GOVERNMENTS_DOCUMENTS.test(q.lead)) return { mark: "own", stated: true, named: true };
  const inClause = statedScope(q.clausePrefix, ctx.scope);
  if (inClause) return { mark: inClause, stated: true, named: true };
  // 区政府为被告的案件共开庭审理26件,…出庭应诉率100%: the suits against the government itself, whatever the clause names
  if (rule.key.startsWith("litigation.") && GOVERNMENT_AS_DEFENDANT.test(ctx.text.slice(q.sentence.start, q.token.start)))
    return { mark: "own", stated: true, named: true };
  // 依法依规答复公众向区政府提出的政府信息公开申请。2022年,新受理政府信息公开申请6件: the requests put to the government,
  // said just before (an office's report states them for its government: docs/indicators.md)
  if (rule.key === "transparency.requests" && PUT_TO_GOVERNMENT.test(paragraphBefore(ctx.text, q.token.start)))
    return { mark: "own", stated: true, named: true };
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
  if (legalOfficeActsFor(rule.key) && LEGAL_OFFICE_NAME.test(q.sentencePrefix)) return { mark: "own", stated: false, named: true };
  const fromParagraph = carried.get(family(rule.key));
  if (fromParagraph) return { mark: fromParagraph, stated: false, named: true };
  const fromDocument = documentScope.get(family(rule.key));
  if (fromDocument) return { mark: fromDocument, stated: false, named: true };
  if (ctx.scope.issuerScope) return { mark: ctx.scope.issuerScope, stated: false, named: false };
  return { mark: match.defaultScope ?? rule.defaultScope ?? getIndicator(rule.key)?.defaultScope ?? "area", stated: false, named: false };
}

