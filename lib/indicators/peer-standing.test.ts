import { describe, expect, it } from "vitest";
import { MIN_PEERS, peerStanding } from "./peer-standing";

const years = { fromYear: 2020, toYear: 2024 };

describe("peerStanding", () => {
  it.each([
    // count, above, below -> rank (higher first), percentile
    [5, 0, 4, 1, 100],
    [5, 4, 0, 5, 0],
    [5, 2, 2, 3, 50],
    [4, 1, 1, 2, 50], // one other equal: counted half
    [3, 0, 0, 1, 50], // all three equal
    [12, 2, 9, 3, 82],
  ])("N=%i with %i above and %i below: rank %i, percentile %i", (count, above, below, rank, percentile) => {
    expect(peerStanding({ count, above, below, ...years }, false)).toEqual({ count, rank, percentile, ...years });
  });

  it("ranks from the lowest where lower is better; the percentile stays low to high", () => {
    expect(peerStanding({ count: 5, above: 0, below: 4, ...years }, true)).toMatchObject({ rank: 5, percentile: 100 });
    expect(peerStanding({ count: 5, above: 4, below: 0, ...years }, true)).toMatchObject({ rank: 1, percentile: 0 });
  });

  it(`gives N but no rank or percentile below ${MIN_PEERS} places`, () => {
    expect(peerStanding({ count: 2, above: 1, below: 0, ...years }, false)).toEqual({ count: 2, rank: null, percentile: null, ...years });
    expect(peerStanding({ count: 1, above: 0, below: 0, fromYear: 2023, toYear: 2023 }, false)).toMatchObject({ count: 1, rank: null });
  });
});
