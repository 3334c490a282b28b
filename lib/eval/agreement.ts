import { valuesAgree } from "./score";
import type { ReportLabels } from "./labels";

/**
 * How two people's labels of the same real text agree: place, year, kind, and the values each
 * took (key, scope and value). A value one took and the other marked ambiguous is a disagreement
 * of its own kind ("ambiguous"), softer than two different figures.
 */
export interface LabelAgreement {
  jurisdiction: boolean;
  year: boolean;
  kind: boolean;
  firstValues: number;
  secondValues: number;
  agreeingValues: number;
  disagreements: string[];
}

type Jurisdiction = NonNullable<ReportLabels["jurisdiction"]>;

// a name as written (金平县) and the official one (金平苗族瑶族傣族自治县) name the same place
function samePlace(a: Jurisdiction | null, b: Jurisdiction | null): boolean {
  if (!a || !b) return a === b;
  const names = new Set([a.name, a.officialName ?? a.name]);
  if (names.has(b.name) || names.has(b.officialName ?? b.name)) return true;
  return a.level === b.level && a.name.slice(0, 2) === b.name.slice(0, 2) && a.parents.join("/") === b.parents.join("/");
}

export function compareLabels(first: ReportLabels, second: ReportLabels): LabelAgreement {
  const disagreements: string[] = [];
  const jurisdiction = samePlace(first.jurisdiction, second.jurisdiction);
  if (!jurisdiction) disagreements.push(`jurisdiction ${first.jurisdiction?.name ?? "—"} / ${second.jurisdiction?.name ?? "—"}`);
  const year = first.year === second.year;
  if (!year) disagreements.push(`year ${first.year ?? "—"} / ${second.year ?? "—"}`);
  const kind = first.kind === second.kind;
  if (!kind) disagreements.push(`kind ${first.kind} / ${second.kind}`);

  let agreeingValues = 0;
  const matched = new Set<number>();
  for (const a of first.values) {
    const i = second.values.findIndex((b, j) => !matched.has(j) && b.key === a.key && b.scope === a.scope && valuesAgree(a.key, a.value, b.value));
    if (i >= 0) {
      matched.add(i);
      agreeingValues++;
      continue;
    }
    const softly = second.ambiguous.some((b) => b.key === a.key && valuesAgree(a.key, a.value, b.value));
    disagreements.push(`${a.key}@${a.scope} ${a.value} / ${softly ? "ambiguous" : "—"}`);
  }
  second.values.forEach((b, j) => {
    if (matched.has(j)) return;
    const softly = first.ambiguous.some((a) => a.key === b.key && valuesAgree(b.key, a.value, b.value));
    disagreements.push(`${b.key}@${b.scope} ${softly ? "ambiguous" : "—"} / ${b.value}`);
  });
  return { jurisdiction, year, kind, firstValues: first.values.length, secondValues: second.values.length, agreeingValues, disagreements };
}
