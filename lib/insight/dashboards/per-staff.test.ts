import { describe, expect, it } from "vitest";
import { perHundredStaff, perMember } from "./per-staff";

describe("perHundredStaff", () => {
  it("scales a count to 100 staff, to one decimal", () => {
    expect(perHundredStaff(45, 2054)).toBe(2.2);
    expect(perHundredStaff(3, 30)).toBe(10);
    expect(perHundredStaff(0, 30)).toBe(0);
  });

  it("has no rate where nobody counts", () => {
    expect(perHundredStaff(4, 0)).toBeNull();
    expect(perHundredStaff(4, null)).toBeNull();
  });
});

describe("perMember", () => {
  it("divides an amount among the staff, to one decimal, and has none where nobody counts", () => {
    expect(perMember(160533, 15000)).toBe(10.7);
    expect(perMember(7, 3)).toBe(2.3);
    expect(perMember(7, 0)).toBeNull();
  });
});
