import type { DivisionLevel } from "../gazetteer";
import type { Rng } from "./random";
import type { Figures } from "./values";

/**
 * Which figures a report states: groups of figures are reported or not (a report may say nothing
 * of mediation), and within a group some figures are left out. Returns key@scope pairs.
 */
const GROUPS: { p: number; keys: [string, "area" | "own", number][] }[] = [
  { p: 0.8, keys: [["reconsideration.received", "own", 0.8], ["reconsideration.accepted", "own", 0.75], ["reconsideration.concluded", "own", 0.75], ["reconsideration.carried_over", "own", 0.3], ["reconsideration.conclusion_rate", "own", 0.25], ["reconsideration.correction_rate", "own", 0.35], ["reconsideration.received", "area", 0.35], ["reconsideration.accepted", "area", 0.25]] },
  { p: 0.8, keys: [["litigation.cases", "area", 0.85], ["litigation.cases", "own", 0.15], ["litigation.head_appearance_rate", "area", 0.85], ["litigation.win_rate", "area", 0.3], ["litigation.loss_rate", "area", 0.2], ["litigation.judgment_fulfillment_rate", "area", 0.4]] },
  { p: 0.75, keys: [["mediation.disputes", "area", 0.9], ["mediation.resolved", "area", 0.6], ["mediation.success_rate", "area", 0.75], ["mediation.committees", "area", 0.35], ["mediation.mediators", "area", 0.3]] },
  { p: 0.75, keys: [["normative_docs.issued", "own", 0.7], ["normative_docs.issued", "area", 0.3], ["normative_docs.filed", "own", 0.45], ["legality_review.items", "own", 0.7], ["legality_review.items", "area", 0.15], ["legal_advisors.count", "own", 0.45], ["public_lawyers.count", "area", 0.5]] },
  { p: 0.65, keys: [["enforcement.case_files_reviewed", "area", 0.7], ["enforcement.officers_trained", "area", 0.6]] },
  { p: 0.65, keys: [["legal_education.events", "area", 1]] },
  { p: 0.5, keys: [["transparency.disclosures", "area", 0.8], ["transparency.requests", "area", 0.6]] },
  { p: 0.45, keys: [["supervision.npc_proposals", "own", 0.95], ["supervision.cppcc_proposals", "own", 0.9]] },
];

export function chooseFigures(rng: Rng, figures: Figures, level: DivisionLevel): Set<string> {
  const out = new Set<string>();
  for (const group of GROUPS) {
    if (!rng.chance(group.p)) continue;
    for (const [key, scope, p] of group.keys) {
      // before the 2016 rules few places counted public lawyers; a county's 全县 reconsideration is its own
      if (key === "public_lawyers.count" && level !== "province" && rng.chance(0.3)) continue;
      if (figures.get(key)?.[scope] !== undefined && rng.chance(p)) out.add(`${key}@${scope}`);
    }
  }
  return out;
}
