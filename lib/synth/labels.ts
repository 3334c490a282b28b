import { getIndicator } from "../indicators";
/** as in lib/extract/types (not imported: the generator stays independent of the extractor) */
export type ReportKind = "annual_report" | "work_plan" | "other";
import type { Fact } from "./context";
import type { Place } from "./place";

/**
 * The expected values of a generated report, in the shape of data/samples/*.json (read by
 * lib/eval/labels.ts): one value per key in `indicators` (the catalogue's default scope first),
 * the same key at the other scope in `other_scope`.
 */
export interface LabelFile {
  source_url: null;
  generator: string;
  jurisdiction: { name: string; official_name?: string; level: Place["division"]["level"]; parents: string[]; code: string };
  year: number;
  kind: ReportKind;
  published: string;
  truncated: false;
  indicators: Record<string, LabelEntry>;
  other_scope: Record<string, LabelEntry>;
  ambiguous: Record<string, never>;
}

interface LabelEntry {
  value: number;
  evidence: string;
  scope: "area" | "own";
  approx?: true;
}

const round2 = (x: number) => Math.round(x * 100) / 100;

/** the catalogue's rule: a success rate from the counts when the report gives counts but no rate */
export function withDerivedRates(facts: Fact[]): Fact[] {
  const out = [...facts];
  for (const scope of ["area", "own"] as const) {
    const find = (key: string) => facts.find((f) => f.key === key && f.scope === scope);
    const disputes = find("mediation.disputes");
    const resolved = find("mediation.resolved");
    if (!disputes || !resolved || find("mediation.success_rate") || disputes.value <= 0 || resolved.value > disputes.value) continue;
    out.push({ key: "mediation.success_rate", scope, value: round2((resolved.value / disputes.value) * 100), approx: disputes.approx || resolved.approx, evidence: resolved.evidence });
  }
  return out;
}

export function labelFile(args: { place: Place; writtenName: string; year: number; kind: ReportKind; published: string; facts: Fact[]; generator: string }): LabelFile {
  const { place } = args;
  const indicators: Record<string, LabelEntry> = {};
  const otherScope: Record<string, LabelEntry> = {};
  const entry = (f: Fact): LabelEntry => ({ value: f.value, evidence: f.evidence, scope: f.scope, ...(f.approx ? { approx: true as const } : {}) });
  const facts = [...args.facts].sort((a, b) => Number(b.scope === getIndicator(b.key)?.defaultScope) - Number(a.scope === getIndicator(a.key)?.defaultScope));
  for (const f of facts) {
    if (!indicators[f.key]) indicators[f.key] = entry(f);
    else if (indicators[f.key].scope !== f.scope && !otherScope[f.key]) otherScope[f.key] = entry(f);
    else throw new Error(`two values for ${f.key}@${f.scope} in one report`);
  }
  return {
    source_url: null,
    generator: args.generator,
    jurisdiction: {
      name: args.writtenName,
      ...(args.writtenName !== place.name ? { official_name: place.name } : {}),
      level: place.division.level,
      parents: place.parents.map((p) => p.name),
      code: place.code,
    },
    year: args.year,
    kind: args.kind,
    published: args.published,
    truncated: false,
    indicators,
    other_scope: otherScope,
    ambiguous: {},
  };
}
