import { describe, expect, it } from "vitest";
import { average, interviewPercent, sharePercent } from "./metric-figures";

describe("metric figures", () => {
  it("shares round to whole percent and are null when nobody counts", () => {
    expect([sharePercent(0, 3), sharePercent(1, 3), sharePercent(2, 3), sharePercent(3, 3), sharePercent(0, 0)]).toEqual([0, 33, 67, 100, null]);
  });

  it("credits interviews up to the target per member", () => {
    // Three members, target 2: counts 0, 1 and 3 credit 0 + 1 + 2 = 3 of 6.
    expect(interviewPercent(3, 2, 3)).toBe(50);
    expect(interviewPercent(6, 2, 3)).toBe(100);
    expect([interviewPercent(1, null, 3), interviewPercent(1, 0, 3), interviewPercent(0, 2, 0)]).toEqual([null, null, null]);
  });

  it("averages to two decimals", () => {
    expect([average(4, 3), average(0, 2), average(1, 0)]).toEqual([1.33, 0, null]);
  });
});
