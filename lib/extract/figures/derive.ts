import type { Scope } from "../../indicators";
import type { ResolvedValue } from "./resolve";

/**
 * mediation.success_rate from its own counts when the report gives the counts but no rate:
 * resolved / disputes × 100, rounded to 2 decimals and flagged `derived`. The evidence spans both
 * counts when they stand in one sentence, else it is the resolved count's clause.
 */
const round2 = (x: number) => Math.round(x * 100) / 100;

export function deriveSuccessRates(values: readonly ResolvedValue[]): ResolvedValue[] {
  const out: ResolvedValue[] = [];
  const scopes: Scope[] = ["area", "own"];
  for (const scope of scopes) {
    const find = (key: string) => values.find((v) => v.key === key && v.scope === scope);
    const disputes = find("mediation.disputes");
    const resolved = find("mediation.resolved");
    if (!disputes || !resolved || find("mediation.success_rate")) continue;
    if (disputes.value <= 0 || resolved.value > disputes.value) continue;
    const together = disputes.sentenceIndex === resolved.sentenceIndex && disputes.start < resolved.start;
    out.push({
      ...resolved,
      key: "mediation.success_rate",
      value: round2((resolved.value / disputes.value) * 100),
      unit: "%",
      approx: disputes.approx || resolved.approx,
      derived: true,
      start: together ? disputes.start : resolved.start,
      end: resolved.end,
    });
  }
  return out;
}
