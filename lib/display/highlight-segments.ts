export interface Span {
  id: number;
  start: number;
  end: number;
}

export interface Segment {
  text: string;
  /** ids of the values whose evidence covers this piece of text */
  covering: number[];
  /** ids of the values whose evidence starts here (anchor targets) */
  anchors: number[];
}

/**
 * Cuts a text at every evidence boundary so each piece knows which values cover it; evidence
 * spans may overlap (one sentence listing several figures).
 */
export function highlightSegments(text: string, spans: Span[]): Segment[] {
  const valid = spans.filter((s) => s.start >= 0 && s.end <= text.length && s.start < s.end);
  const cuts = [...new Set([0, text.length, ...valid.flatMap((s) => [s.start, s.end])])].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i < cuts.length - 1; i++) {
    const [from, to] = [cuts[i], cuts[i + 1]];
    segments.push({
      text: text.slice(from, to),
      covering: valid.filter((s) => s.start <= from && s.end >= to).map((s) => s.id),
      anchors: valid.filter((s) => s.start === from).map((s) => s.id),
    });
  }
  return segments;
}
