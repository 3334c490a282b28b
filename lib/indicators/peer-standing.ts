/** Ranks and percentiles over fewer places than this mislead (DESIGN.md §10): N is shown, no rank. */
export const MIN_PEERS = 3;

export interface PeerStanding {
  /** places with a figure in the group, this one included */
  count: number;
  /** competition rank in the indicator's order (1 = highest, or lowest where lower is better); null below MIN_PEERS */
  rank: number | null;
  /** where the figure sits from low (0) to high (100): the share of the other places with a smaller figure, ties counted half; null below MIN_PEERS */
  percentile: number | null;
  /** the years the group's figures are from */
  fromYear: number | null;
  toYear: number | null;
}

/**
 * A figure's standing from the counts of its group's figures above and below it (this figure
 * itself counted in `count`, neither above nor below).
 */
export function peerStanding(counts: { count: number; above: number; below: number; fromYear: number | null; toYear: number | null }, lowerIsBetter: boolean): PeerStanding {
  const { count, above, below, fromYear, toYear } = counts;
  if (count < MIN_PEERS) return { count, rank: null, percentile: null, fromYear, toYear };
  const equalOthers = count - above - below - 1;
  return {
    count,
    rank: (lowerIsBetter ? below : above) + 1,
    percentile: Math.round((100 * (below + equalOthers / 2)) / (count - 1)),
    fromYear,
    toYear,
  };
}
