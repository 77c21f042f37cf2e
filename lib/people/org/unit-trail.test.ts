import { describe, expect, it } from "vitest";
import { sharedBureau, shownTrail, trailText } from "./unit-trail";

const unit = ["消防局", "総務部", "企画課", "庶務係"];
const ward = ["青葉区", "青葉消防署", "八幡出張所", "第一係"];

describe("a unit's trail as a page shows it", () => {
  it("keeps the bureau in a city-wide view", () => {
    expect(shownTrail(unit)).toEqual(unit);
    expect(shownTrail(unit, null)).toEqual(unit);
    expect(trailText(unit)).toBe("消防局 › 総務部 › 企画課 › 庶務係");
  });

  it("leaves out the bureau the page is already inside", () => {
    expect(shownTrail(unit, "消防局")).toEqual(["総務部", "企画課", "庶務係"]);
    expect(trailText(unit, "消防局")).toBe("総務部 › 企画課 › 庶務係");
  });

  it("keeps another bureau's name: the page is not inside that one", () => {
    expect(shownTrail(ward, "消防局")).toEqual(ward);
  });

  it("never leaves a bureau itself without its name", () => {
    expect(shownTrail(["消防局"], "消防局")).toEqual(["消防局"]);
  });

  it("finds the bureau every row of a list shares, and none when they differ", () => {
    expect(sharedBureau([unit, ["消防局", "警防部"]])).toBe("消防局");
    expect(sharedBureau([unit, ward])).toBeNull();
    expect(sharedBureau([])).toBeNull();
    expect(sharedBureau([[]])).toBeNull();
  });
});
