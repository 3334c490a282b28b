import type { Scope } from "../indicators";

// the government as one body: 市政府本级, 以区政府名义, 区政府常务会议, 区政府收到…
const OWN = /本级|以[^,]{0,6}政府名义|政府常务会|(市|区|县|州|盟|旗|省)(人民)?政府(?!各|部门|工作部门|组成部门|办公)|市委市政府|政府(共|全年)?(办理|收到|受理)/g;
// the whole territory: 全市, 各级, 市县(区)
const AREA = /全(市|区|县|州|盟|旗|省|域)|各级|市县|县区|县\(区\)|全自治|[省市州县区]{2}两级|两级政府/g;

function lastIndex(re: RegExp, text: string): number {
  let last = -1;
  for (const m of text.matchAll(re)) last = m.index ?? last;
  return last;
}

/** The marker nearest to the figure in the text before it, or null when there is none. */
export function scopeMarker(text: string): Scope | null {
  const own = lastIndex(OWN, text);
  const area = lastIndex(AREA, text);
  if (own < 0 && area < 0) return null;
  return own > area ? "own" : "area";
}

// a title in 《》 (《红寺堡区人民政府行政应诉工作规则》) names a document, not who acted
const withoutTitles = (text: string) => text.replace(/《[^》]{0,60}》/g, "《》");

/**
 * Scope of a figure: what its clause says, else its sentence, else the government named as the
 * subject of the sentence just before (政府共办理…89件。…胜诉率100%), else the catalogue's default.
 */
export function scopeOfClaim(layers: { clause: string; sentence: string; previous: string }, fallback: Scope, clauseOnly: boolean): Scope {
  const fromClause = scopeMarker(withoutTitles(layers.clause));
  if (fromClause || clauseOnly) return fromClause ?? fallback;
  const fromSentence = scopeMarker(withoutTitles(layers.sentence));
  if (fromSentence) return fromSentence;
  return scopeMarker(withoutTitles(layers.previous)) === "own" ? "own" : fallback;
}
