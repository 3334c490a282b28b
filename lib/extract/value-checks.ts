import type { Scope } from "../indicators";
import type { ExtractedValue, ExtractionWarning } from "./types";

const find = (values: ExtractedValue[], key: string, scope: Scope) => values.find((v) => v.key === key && v.scope === scope);
const round2 = (x: number) => Math.round(x * 100) / 100;

/** The same figure found twice (a summary repeating the body) is one value. */
export function dropRepeats(values: ExtractedValue[]): ExtractedValue[] {
  const seen = new Set<string>();
  return values.filter((v) => {
    const id = `${v.key}|${v.scope}|${v.value}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

/**
 * A mediation success rate computed from its own counts when the report gives the counts but not
 * the rate; only from counts in one sentence, so both counts are about the same thing.
 */
export function deriveSuccessRates(values: ExtractedValue[], original: string): ExtractedValue[] {
  const derived: ExtractedValue[] = [];
  for (const scope of ["area", "own"] as const) {
    const disputes = find(values, "mediation.disputes", scope);
    const resolved = find(values, "mediation.resolved", scope);
    if (!disputes || !resolved || find(values, "mediation.success_rate", scope)) continue;
    if (disputes.value <= 0 || resolved.value > disputes.value) continue;
    const start = Math.min(disputes.start, resolved.start);
    const end = Math.max(disputes.end, resolved.end);
    if (/[。;!?\n]/.test(original.slice(start, end))) continue;
    derived.push({
      key: "mediation.success_rate",
      value: round2((resolved.value / disputes.value) * 100),
      unit: "%",
      scope,
      approx: disputes.approx || resolved.approx,
      derived: true,
      evidence: original.slice(start, end),
      start,
      end,
    });
  }
  return derived;
}

/** What a careful reader would check; the values stay, flagged, so a person decides. */
export function checkValues(values: ExtractedValue[]): ExtractionWarning[] {
  const warnings: ExtractionWarning[] = [];
  for (const v of values) {
    if (v.unit === "%" && v.value > 100) {
      warnings.push({ code: "rate_over_100", message: `比率超过100%:${v.key} = ${v.value}%。A rate over 100%.`, keys: [v.key] });
    }
  }
  const groups = new Map<string, ExtractedValue[]>();
  for (const v of values) groups.set(`${v.key}|${v.scope}`, [...(groups.get(`${v.key}|${v.scope}`) ?? []), v]);
  for (const [id, group] of groups) {
    if (group.length > 1) {
      const [key] = id.split("|");
      warnings.push({
        code: "conflicting_values",
        message: `同一指标出现不同数值:${key} = ${group.map((g) => g.value).join(" / ")}。Two different values for one indicator at one scope.`,
        keys: [key],
      });
    }
  }
  for (const scope of ["area", "own"] as const) {
    const accepted = find(values, "reconsideration.accepted", scope);
    const carried = find(values, "reconsideration.carried_over", scope);
    const concluded = find(values, "reconsideration.concluded", scope);
    if (accepted && concluded && concluded.value > accepted.value + (carried?.value ?? 0)) {
      warnings.push({
        code: "concluded_exceeds_caseload",
        message: `审结数(${concluded.value})多于受理数与结转数之和。More cases concluded than accepted plus carried over.`,
        keys: ["reconsideration.concluded", "reconsideration.accepted"],
      });
    }
    const rate = find(values, "mediation.success_rate", scope);
    const disputes = find(values, "mediation.disputes", scope);
    const resolved = find(values, "mediation.resolved", scope);
    if (rate && !rate.derived && disputes && resolved && disputes.value > 0) {
      const computed = (resolved.value / disputes.value) * 100;
      if (Math.abs(computed - rate.value) > 0.5 && !disputes.approx && !resolved.approx) {
        warnings.push({
          code: "rate_disagrees_with_counts",
          message: `调解成功率${rate.value}%与调解数计算结果${round2(computed)}%不符。The stated success rate disagrees with its own counts.`,
          keys: ["mediation.success_rate"],
        });
      }
    }
  }
  return warnings;
}
