import { describe, expect, it } from "vitest";
import { MAX_ID, parseId } from "./parse-id";

describe("parseId", () => {
  it.each([
    ["1", 1],
    ["17", 17],
    [String(MAX_ID), MAX_ID],
  ])("reads %s as %d", (raw, id) => {
    expect(parseId(raw)).toBe(id);
  });

  it.each(["0", "-1", "+1", "01", "0x10", "1e3", "1.0", "1.5", " 1", "1 ", "", "١٢", "１", "2147483648", "99999999999", "NaN", "Infinity"])(
    "names no row with %j",
    (raw) => {
      expect(parseId(raw)).toBeNull();
    },
  );

  it("names no row when there is nothing", () => {
    expect(parseId(undefined)).toBeNull();
    expect(parseId(null)).toBeNull();
  });
});
