import type { Scope } from "../../indicators";
import type { ResolvedValue } from "./resolve";
import type { ExtractionWarning } from "../types";

/**
 * The report checked against itself: counts against rates, concluded against caseload, accepted
 * against received, win and loss rates together. A warning never changes a value; it tells the
 * reviewer where the report (or the extraction) does not add up.
 */
type Lookup = (key: string) => ResolvedValue | undefined;

function checksFor(scope: Scope, get: Lookup): ExtractionWarning[] {
  const out: ExtractionWarning[] = [];
  const v = (key: string) => get(key)?.value;
  const warn = (code: string, message: string, keys: string[]) => out.push({ code, message: `(${scope}) ${message}`, keys });

  const disputes = v("mediation.disputes");
  const resolved = v("mediation.resolved");
  const rate = get("mediation.success_rate");
  if (disputes !== undefined && resolved !== undefined) {
    if (resolved > disputes) {
      warn("resolved_exceeds_disputes", `调解成功数 ${resolved} 大于纠纷数 ${disputes}。More disputes resolved than handled.`, ["mediation.resolved", "mediation.disputes"]);
    } else if (rate && !rate.derived && disputes > 0 && Math.abs((resolved / disputes) * 100 - rate.value) > 0.5) {
      const computed = Math.round((resolved / disputes) * 10000) / 100;
      warn("rate_disagrees_with_counts", `所述调解成功率 ${rate.value}% 与 ${resolved}/${disputes}=${computed}% 不符。The stated success rate disagrees with its own counts.`, ["mediation.success_rate", "mediation.resolved", "mediation.disputes"]);
    }
  }

  const accepted = v("reconsideration.accepted");
  const received = v("reconsideration.received");
  const concluded = v("reconsideration.concluded");
  const carried = v("reconsideration.carried_over");
  if (accepted !== undefined && received !== undefined && accepted > received) {
    warn("accepted_exceeds_received", `受理 ${accepted} 件多于收到 ${received} 件。More cases accepted than applications received.`, ["reconsideration.accepted", "reconsideration.received"]);
  }
  const caseload = accepted ?? received;
  if (concluded !== undefined && caseload !== undefined && carried !== undefined && concluded > caseload + carried) {
    warn("concluded_exceeds_caseload", `审结 ${concluded} 件多于受理与结转之和 ${caseload + carried} 件。More cases concluded than accepted plus carried over.`, ["reconsideration.concluded", "reconsideration.accepted", "reconsideration.carried_over"]);
  }

  const win = v("litigation.win_rate");
  const loss = v("litigation.loss_rate");
  if (win !== undefined && loss !== undefined && win + loss > 100.05) {
    warn("win_and_loss_exceed_100", `胜诉率 ${win}% 与败诉率 ${loss}% 之和超过100%。Win and loss rates add up to more than 100%.`, ["litigation.win_rate", "litigation.loss_rate"]);
  }
  return out;
}

export function consistencyWarnings(values: readonly ResolvedValue[]): ExtractionWarning[] {
  const scopes: Scope[] = ["area", "own"];
  return scopes.flatMap((scope) => checksFor(scope, (key) => values.find((x) => x.key === key && x.scope === scope)));
}

/** A rate over 100% cannot be a rate: dropped, with a warning saying so. */
export function dropImpossibleRates(values: readonly ResolvedValue[]): { kept: ResolvedValue[]; warnings: ExtractionWarning[] } {
  const warnings: ExtractionWarning[] = [];
  const kept = values.filter((x) => {
    if (x.unit !== "%" || x.value <= 100) return true;
    warnings.push({ code: "rate_over_100", message: `${x.key} 为 ${x.value}%,超过100%,未采用。A rate over 100% was left out.`, keys: [x.key] });
    return false;
  });
  return { kept, warnings };
}
