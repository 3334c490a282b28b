/**
 * Every match of a global pattern, as String.prototype.matchAll gives them. matchAll copies the
 * pattern on each call, which on the extractor's hot path (a few patterns over every clause of
 * every report) cost more than the matching; this runs the pattern itself and leaves its
 * lastIndex at 0, so callers may nest it over different patterns.
 */
export function matchesOf(pattern: RegExp, text: string): RegExpExecArray[] {
  if (!pattern.global) throw new TypeError(`matchesOf needs a global pattern: ${pattern}`);
  const out: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    out.push(m);
    // an empty match would match again where it stands
    if (m[0].length === 0) pattern.lastIndex = m.index + (pattern.unicode && (text.codePointAt(m.index) ?? 0) > 0xffff ? 2 : 1);
  }
  pattern.lastIndex = 0;
  return out;
}
