import { describe, expect, it } from "vitest";
import { isSmallGroup, withheldRows } from "./small-groups";

const rowsOf = (headcounts: number[]) => {
  const { rows, total } = withheldRows(headcounts);
  return { rows: [...rows].sort((a, b) => a - b), total };
};

describe("small-group suppression", () => {
  it("shows every bureau of three or more, and empty ones as 0", () => {
    expect(rowsOf([3, 10, 0])).toEqual({ rows: [], total: false });
  });

  it("withholds a bureau of one or two and the smallest other so the total cannot give it away", () => {
    expect(rowsOf([2, 10, 5, 0])).toEqual({ rows: [0, 2], total: false });
    expect(rowsOf([1, 1, 50])).toEqual({ rows: [0, 1, 2], total: false });
  });

  it("stops once the withheld bureaus hold three people between them", () => {
    expect(rowsOf([1, 2, 40, 60])).toEqual({ rows: [0, 1], total: false });
  });

  it("withholds the total when the whole group is one or two people", () => {
    expect(rowsOf([2, 0])).toEqual({ rows: [0], total: true });
    expect(isSmallGroup(2)).toBe(true);
    expect(isSmallGroup(0)).toBe(false);
    expect(isSmallGroup(3)).toBe(false);
  });
});
