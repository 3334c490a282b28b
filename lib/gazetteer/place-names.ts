import { allForms, type NameEntry } from "./gazetteer";
import type { NameFormKind } from "./names";

export interface PlaceNameMatch {
  start: number;
  end: number;
  /** text.slice(start, end) */
  text: string;
  /** the most formal way this surface names a division: official > alias > stem */
  kind: NameFormKind;
  /** every division written this way (鼓楼区: four), of any form kind */
  entries: readonly NameEntry[];
}

interface TrieNode {
  next: Map<string, TrieNode>;
  entries?: readonly NameEntry[];
  kind?: NameFormKind;
}

const RANK: Record<NameFormKind, number> = { official: 0, alias: 1, stem: 2 };

let root: TrieNode | undefined;

function buildTrie(): TrieNode {
  const top: TrieNode = { next: new Map() };
  for (const [form, entries] of allForms()) {
    let node = top;
    for (const ch of form) {
      let child = node.next.get(ch);
      if (!child) {
        child = { next: new Map() };
        node.next.set(ch, child);
      }
      node = child;
    }
    node.entries = entries;
    node.kind = entries.reduce<NameFormKind>((best, e) => (RANK[e.kind] < RANK[best] ? e.kind : best), "stem");
  }
  return top;
}

/**
 * Names of divisions in `text`, leftmost-longest, in one pass (a trie walk from each position, at
 * most the length of the longest name). Bare stems (庆阳, 和平) are only reported with `stems: true`.
 */
export function findPlaceNames(
  text: string,
  options: { stems?: boolean; from?: number; to?: number } = {},
): PlaceNameMatch[] {
  root ??= buildTrie();
  const to = Math.min(options.to ?? text.length, text.length);
  const out: PlaceNameMatch[] = [];
  let i = Math.max(0, options.from ?? 0);
  while (i < to) {
    let node: TrieNode | undefined = root;
    let best: { end: number; node: TrieNode } | undefined;
    for (let j = i; j < to; j++) {
      node = node.next.get(text[j]);
      if (!node) break;
      if (node.entries && (options.stems || node.kind !== "stem")) best = { end: j + 1, node };
    }
    if (best) {
      out.push({ start: i, end: best.end, text: text.slice(i, best.end), kind: best.node.kind!, entries: best.node.entries! });
      i = best.end;
    } else {
      i++;
    }
  }
  return out;
}
