import { describeRange, getIndicator, isPlausibleValue } from "../../indicators";
import type { ResolvedValue } from "./resolve";
import type { ExtractionWarning } from "../types";

/**
 * A figure outside its key's plausible range (lib/indicators: rates 0–100, counts whole numbers
 * up to a ceiling a whole province stays far below) is a misreading: withheld, with a warning naming it,
 * rather than stored where one such number throws a whole chart's scale and its medians.
 */
export function withholdImplausibleValues(values: readonly ResolvedValue[]): { kept: ResolvedValue[]; warnings: ExtractionWarning[] } {
  const warnings: ExtractionWarning[] = [];
  const kept = values.filter((x) => {
    if (isPlausibleValue(x.key, x.value)) return true;
    const def = getIndicator(x.key);
    const range = def ? describeRange(def) : { zh: "?", en: "?" };
    warnings.push({
      code: "implausible_value",
      message: `${x.key} 为 ${x.value}${x.unit},不在合理范围(${range.zh})内,未采用。A value outside the plausible range (${range.en}) was left out.`,
      keys: [x.key],
    });
    return false;
  });
  return { kept, warnings };
}
