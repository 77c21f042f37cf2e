import { describe, expect, it } from "vitest";
import { parseTeamViewParams, teamHref } from "./view-params";

describe("team view params", () => {
  it("reads a unit and a page, dropping what does not parse", () => {
    expect(parseTeamViewParams({ unit: "12", page: "3" })).toEqual({ unitId: 12, page: 3 });
    expect(parseTeamViewParams({ unit: "x", page: "-1" })).toEqual({ unitId: null, page: 1 });
    expect(parseTeamViewParams({ unit: ["1", "2"] })).toEqual({ unitId: null, page: 1 });
    expect(parseTeamViewParams({ unit: "99999999999" })).toEqual({ unitId: null, page: 1 });
  });

  it("builds links without empty values", () => {
    expect(teamHref("/team", { unit: 5, sort: "name", page: null }, "members")).toBe("/team?unit=5&sort=name#members");
    expect(teamHref("/team/ojt", {})).toBe("/team/ojt");
  });
});
