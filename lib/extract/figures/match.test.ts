import { describe, expect, it } from "vitest";
import { extractBody } from "../testing";

// A rate's name, then only the words saying how it stands, then the number.
describe("words between a rate's name and its number", () => {
  it.each([
    ["实现", "行政机关负责人出庭应诉率实现100%。", 100],
    ["已达", "行政机关负责人出庭应诉率已达98%。", 98],
    ["继续保持", "行政机关负责人出庭应诉率继续保持100%。", 100],
    ["始终保持", "行政机关负责人出庭应诉率始终保持100%。", 100],
  ])("%s", (_name, body, value) => {
    expect(extractBody(body)).toEqual({ "litigation.head_appearance_rate@area": value });
  });

  it("a target stays a target whatever the link (力争…实现100%)", () => {
    expect(extractBody("力争行政机关负责人出庭应诉率实现100%。")).toEqual({});
  });
});
