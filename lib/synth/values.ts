import type { DivisionLevel } from "../gazetteer";
import type { Scope } from "../indicators";
import { Rng } from "./random";

/**
 * The true figures of one place in one year. Each key has a typical size per level (a province
 * reports far more disputes than a county), the place a lasting size of its own, each figure a
 * trend over the years and some yearly noise; linked figures are derived from each other
 * (accepted ≤ received, resolved = disputes × success rate, …) so a report is self-consistent.
 */
export type Figures = Map<string, Partial<Record<Scope, number>>>;

const LEVEL_INDEX: Record<DivisionLevel, number> = { province: 0, city: 1, district: 2, county: 3 };

// typical counts per level: province, city, district, county
const BASE: Record<string, [number, number, number, number]> = {
  "reconsideration.received": [1500, 380, 70, 55],
  "litigation.cases": [3200, 850, 130, 95],
  "mediation.disputes": [160000, 26000, 5200, 4100],
  "mediation.committees": [24000, 2400, 230, 290],
  "normative_docs.issued": [36, 12, 6, 6],
  "legality_review.items": [700, 280, 120, 95],
  "legal_advisors.count": [14, 8, 5, 4],
  "public_lawyers.count": [2600, 260, 38, 32],
  "enforcement.case_files_reviewed": [18000, 2400, 420, 350],
  "enforcement.officers_trained": [52000, 6200, 950, 820],
  "legal_education.events": [28000, 3100, 420, 360],
  "transparency.disclosures": [210000, 32000, 8600, 6100],
  "transparency.requests": [5200, 1150, 210, 120],
  "supervision.npc_proposals": [880, 410, 150, 118],
  "supervision.cppcc_proposals": [960, 450, 185, 150],
};

/** yearly growth around which a place's own trend varies */
const GROWTH: Record<string, number> = {
  "public_lawyers.count": 0.14,
  "reconsideration.received": 0.05,
  "litigation.cases": 0.04,
  "transparency.disclosures": 0.03,
  "legal_education.events": 0.02,
};

const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;
const clampRate = (x: number) => Math.min(100, Math.max(0, x));

/** A rate with one or two decimals, as reports write them (98.35, 96.5). */
function rate(rng: Rng, x: number): number {
  return round(clampRate(x), rng.chance(0.5) ? 1 : 2);
}

function count(rng: Rng, seed: string, code: string, level: DivisionLevel, key: string, year: number, size: number): number {
  const placeRng = new Rng(seed, "place", code, key);
  const base = BASE[key][LEVEL_INDEX[level]];
  const own = Math.exp(0.35 * placeRng.normal());
  const growth = (GROWTH[key] ?? 0.01) + 0.05 * placeRng.normal();
  const noise = Math.exp(0.12 * rng.normal());
  return Math.max(1, Math.round(base * size * own * (1 + growth) ** (year - 2020) * noise));
}

export function figuresFor(seed: string, code: string, level: DivisionLevel, year: number): Figures {
  const rng = new Rng(seed, "figures", code, year);
  const place = new Rng(seed, "place", code);
  const size = Math.exp(0.4 * place.normal());
  const n = (key: string) => count(rng, seed, code, level, key, year, size);
  const f: Figures = new Map();
  const set = (key: string, scope: Scope, value: number) => f.set(key, { ...f.get(key), [scope]: value });
  const bigLevel = level === "province" || level === "city";

  // reconsideration: the government's own body; a province or city also reports all bodies within it
  const received = n("reconsideration.received");
  const accepted = Math.max(1, Math.round(received * rng.uniform(0.78, 0.96)));
  const carriedIn = Math.round(accepted * rng.uniform(0.02, 0.12));
  const concluded = Math.min(accepted + carriedIn, Math.round((accepted + carriedIn) * rng.uniform(0.84, 0.99)));
  set("reconsideration.received", "own", received);
  set("reconsideration.accepted", "own", accepted);
  set("reconsideration.concluded", "own", concluded);
  // 上年结转 (brought in) or 结转下年 (carried out): a report states one of them, never a nil one
  if (accepted + carriedIn - concluded > 0) set("reconsideration.carried_over", "own", accepted + carriedIn - concluded);
  if (carriedIn > 0) set("reconsideration.carried_in", "own", carriedIn);
  set("reconsideration.conclusion_rate", "own", rate(rng, (concluded / (accepted + carriedIn)) * 100));
  set("reconsideration.correction_rate", "own", rate(rng, rng.uniform(4, 22)));
  if (bigLevel) {
    const areaReceived = Math.round(received * rng.uniform(2.2, 4.5));
    set("reconsideration.received", "area", areaReceived);
    set("reconsideration.accepted", "area", Math.round(areaReceived * rng.uniform(0.8, 0.95)));
  }

  // litigation: all agencies of the area; the government itself as defendant is a small part
  const cases = n("litigation.cases");
  set("litigation.cases", "area", cases);
  set("litigation.cases", "own", Math.max(1, Math.round(cases * rng.uniform(0.08, 0.3))));
  // heads appearing in court: rare before the 2016-2020 rules, near universal since
  const rising = Math.min(100, 30 + place.uniform(0, 30) + (year - 2015) * place.uniform(9, 16));
  set("litigation.head_appearance_rate", "area", rising >= 97 || rng.chance(rising / 250) ? 100 : rate(rng, rising * rng.uniform(0.93, 1)));
  set("litigation.win_rate", "area", rng.chance(0.25) ? 100 : rate(rng, rng.uniform(84, 99.5)));
  set("litigation.loss_rate", "area", rate(rng, rng.uniform(1, 13)));
  set("litigation.judgment_fulfillment_rate", "area", rng.chance(0.9) ? 100 : rate(rng, rng.uniform(95, 99.9)));

  // mediation: the stated rate is the counts' own ratio
  const disputes = n("mediation.disputes");
  const resolved = Math.round(disputes * rng.uniform(0.945, 0.997));
  set("mediation.disputes", "area", disputes);
  set("mediation.resolved", "area", resolved);
  set("mediation.success_rate", "area", round((resolved / disputes) * 100, rng.chance(0.5) ? 1 : 2));
  const committees = n("mediation.committees");
  set("mediation.committees", "area", committees);
  set("mediation.mediators", "area", Math.round(committees * place.uniform(3.5, 8) * rng.uniform(0.95, 1.08)));

  // normative documents and legality review: the government's own, and all bodies of the area
  const issued = n("normative_docs.issued");
  set("normative_docs.issued", "own", issued);
  set("normative_docs.issued", "area", issued + Math.round(issued * rng.uniform(1.5, 6)));
  set("normative_docs.filed", "own", rng.chance(0.7) ? issued : Math.max(1, issued - rng.int(0, Math.min(3, issued - 1))));
  const reviews = n("legality_review.items");
  set("legality_review.items", "own", reviews);
  set("legality_review.items", "area", reviews + Math.round(reviews * rng.uniform(2, 7)));
  set("legal_advisors.count", "own", n("legal_advisors.count"));

  for (const key of [
    "public_lawyers.count",
    "enforcement.case_files_reviewed",
    "enforcement.officers_trained",
    "legal_education.events",
    "transparency.disclosures",
    "transparency.requests",
  ]) {
    set(key, "area", n(key));
  }
  set("supervision.npc_proposals", "own", n("supervision.npc_proposals"));
  set("supervision.cppcc_proposals", "own", n("supervision.cppcc_proposals"));
  return f;
}
