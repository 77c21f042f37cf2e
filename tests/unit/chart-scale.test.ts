import { describe, expect, it } from "vitest";
import { heatStep, linearScale, niceMax, spread, ticks } from "@/components/charts/scale";

describe("chart scaling", () => {
  it("rounds an axis maximum up to 1, 2 or 5 × 10ⁿ", () => {
    expect([0, 0.3, 1, 7, 12, 100, 101, 430].map(niceMax)).toEqual([1, 0.5, 1, 10, 20, 100, 200, 500]);
  });

  it("scales linearly and clamps outliers", () => {
    const x = linearScale(100, 300);
    expect([x(0), x(50), x(100), x(150), x(-5)]).toEqual([0, 150, 300, 300, 0]);
    expect(linearScale(0, 300)(5)).toBe(0);
  });

  it("spaces ticks evenly", () => {
    expect(ticks(100)).toEqual([0, 25, 50, 75, 100]);
  });

  it("keeps zero empty and one commitment visible on the heat map", () => {
    expect([0, 1, 5, 10, 20].map((value) => heatStep(value, 20, 4))).toEqual([0, 1, 1, 2, 4]);
    expect(heatStep(3, 0, 4)).toBe(0);
  });

  it("spreads line points across the width", () => {
    expect([0, 1, 2].map((i) => spread(i, 3, 200))).toEqual([0, 100, 200]);
    expect(spread(0, 1, 200)).toBe(100);
  });
});
