import { documentRules } from "./documents";
import { enforcementRules } from "./enforcement";
import { litigationRules } from "./litigation";
import { mediationRules } from "./mediation";
import { outreachRules } from "./outreach";
import { peopleRules } from "./people";
import { reconsiderationRules } from "./reconsideration";
import type { Rule } from "./types";

export type { CountForm, CountRule, RateRule, Rule } from "./types";

/** Every catalogue key's rule, in catalogue order. */
export const RULES: readonly Rule[] = [
  ...reconsiderationRules,
  ...litigationRules,
  ...mediationRules,
  ...documentRules,
  ...peopleRules,
  ...enforcementRules,
  ...outreachRules,
];

/** Every unit a count rule takes; with "%" for the rates, what a figure needs for any rule to name it. */
export const RULE_UNITS: ReadonlySet<string> = new Set(["%", ...RULES.flatMap((r) => (r.kind === "count" ? r.units : []))]);
